package dev.podlint.cli;

import dev.podlint.config.LintOptions;
import dev.podlint.preset.MergeRun;
import dev.podlint.report.Report;
import dev.podlint.report.Visible;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code podlint merge}: print the Pods that result from applying PodPresets, as YAML. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Print every Pod of the manifests (changed or not, in input order) as multi-document YAML, after "
                    + "applying the PodPresets of its namespace as the Kubernetes 1.19 admission plugin did: "
                    + "presets merged in name order, any conflict means none applies, "
                    + "annotation podpreset.admission.kubernetes.io/podpreset-<name> on success.",
            "Conflicts and other problems go to stderr."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every selected pod merged",
            "1:a conflict stopped a merge (that pod is printed as written), or a preset selector would make the "
                    + "pod create fail",
            "2:usage error, or a file that could not be read or parsed (nothing is printed)"
        })
final class MergeCommand implements Callable<Integer> {

    private final PodlintCommand.Streams streams;

    @Parameters(
            paramLabel = "PATH",
            arity = "1..*",
            description =
                    "Manifests: files or folders (*.yaml, *.yml, *.json); '-' reads stdin. Their PodPresets apply too.")
    List<String> paths = new ArrayList<>();

    @Option(
            names = "--preset",
            paramLabel = "PATH",
            description = "More PodPresets: a file or folder (repeatable); its other objects are ignored.")
    List<String> presets = new ArrayList<>();

    @Option(
            names = "--namespace",
            paramLabel = "NS",
            defaultValue = "default",
            description = "Namespace of documents that name none (default: ${DEFAULT-VALUE}).")
    String namespace;

    @Option(
            names = "--templates",
            description = "Also apply presets to the pod templates of workloads (Deployment, StatefulSet, DaemonSet, "
                    + "ReplicaSet, ReplicationController, Job, CronJob) and print those. Beyond upstream: "
                    + "Kubernetes only ever changed Pods.")
    boolean templates;

    @Mixin
    PresetFeatureGatesOption presetFeatureGates = new PresetFeatureGatesOption();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the YAML to FILE instead of stdout.")
    Path output;

    // the config file: its presets apply, its include/exclude globs pick the files as for lint
    @Mixin
    ConfigFileOption configFile = new ConfigFileOption();

    @Mixin
    ForceExcludeOption forceExclude = new ForceExcludeOption();

    MergeCommand(PodlintCommand.Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        Path workingDirectory = Path.of("").toAbsolutePath();
        LintOptions.Builder options = LintOptions.builder()
                .workingDirectory(workingDirectory)
                .config(configFile.load(workingDirectory))
                .defaultNamespace(namespace)
                .presetTemplates(templates);
        presetFeatureGates.applyTo(options);
        forceExclude.applyTo(options);
        presets.forEach(options::preset);
        List<String> inputs = new ArrayList<>(paths);
        inputs.addAll(presets);
        LintOptions built = options.build();
        OutputFile.refuseInputs(output, built, inputs);
        MergeRun.Result result = new MergeRun(built).run(paths, streams.stdin());
        result.errors().forEach(e -> streams.err().println("podlint: " + Visible.of(e)));
        result.notes().forEach(n -> streams.err().println(Visible.of(n)));
        if (!result.errors().isEmpty()) {
            return Report.EXIT_ERROR;
        }
        String yaml = result.yaml();
        if (output == null) {
            streams.out().print(yaml);
            streams.out().flush();
        } else {
            OutputFile.write(output, out -> out.write(yaml));
        }
        return result.stopped() ? 1 : 0;
    }
}
