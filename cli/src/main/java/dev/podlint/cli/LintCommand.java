package dev.podlint.cli;

import dev.podlint.Linter;
import dev.podlint.ReportFormat;
import dev.podlint.config.LintOptions;
import dev.podlint.config.SchemaLocationArgument;
import dev.podlint.config.UsageException;
import dev.podlint.finding.FailThreshold;
import dev.podlint.finding.Notification;
import dev.podlint.report.Report;
import dev.podlint.report.Visible;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code podlint lint}: lint files and folders, print a report, exit 0/1/2. */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Lint Kubernetes manifests (files, folders recursively: *.yaml, *.yml, *.json; '-' = stdin).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the --fail-on threshold",
            "1:findings at or above the threshold",
            "2:usage, configuration or internal error"
        })
final class LintCommand implements Callable<Integer> {

    private final PodlintCommand.Streams streams;

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description =
                    "Files or folders to lint; '-' reads stdin. With --staged: git pathspecs that narrow the staged files.")
    List<String> paths = new ArrayList<>();

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT[=FILE]",
            description =
                    "Output format: text, json, sarif, github, junit, checkstyle or codequality (default: text); "
                            + "repeatable: FORMAT=FILE writes that report to FILE, one FORMAT alone goes to stdout or --output.")
    List<String> formats = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report of the --format given without =FILE to FILE instead of stdout.")
    Path output;

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            description =
                    "Least severity that makes the exit code 1: error, warning, info or none (default: the config file's failOn, else error).")
    String failOn;

    @Option(names = "--enable", paramLabel = "RULE", description = "Enable a rule (repeatable).")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", description = "Disable a rule (repeatable).")
    List<String> disable = new ArrayList<>();

    // CI reports: baseline
    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description =
                    "A SARIF or JSON report of an earlier run: its findings are reported as suppressed and do not fail the run.")
    Path baseline;

    @Option(
            names = "--preset",
            paramLabel = "PATH",
            description = "PodPresets to apply that are not among the linted files: a file or folder (repeatable); "
                    + "only preset findings are reported in it.")
    List<String> presets = new ArrayList<>();

    @Option(
            names = "--namespace",
            paramLabel = "NS",
            defaultValue = "default",
            description = "Namespace of documents that name none (default: ${DEFAULT-VALUE}).")
    String namespace;

    @Option(
            names = "--templates",
            description = "Also apply PodPresets to workload pod templates (beyond upstream, which only changed Pods).")
    boolean templates;

    @Mixin
    PresetFeatureGatesOption presetFeatureGates = new PresetFeatureGatesOption();

    // Schema checks
    @Option(
            names = "--kubernetes-version",
            paramLabel = "X.Y",
            description = "Kubernetes version to validate for (default: the newest bundled one).")
    String kubernetesVersion;

    @Option(
            names = "--schema-location",
            paramLabel = "DIR",
            description = "Folder of extra JSON schemas (custom resources), in kubeconform's layout (repeatable); "
                    + "'default' is the bundled schemas, always used; URLs are refused (podlint never fetches).")
    List<String> schemaLocations = new ArrayList<>();

    @Option(
            names = "--crd",
            paramLabel = "PATH",
            description =
                    "CustomResourceDefinition file or folder (other"
                            + " objects in it are ignored): its custom resources are validated against the CRD's schema (repeatable).")
    List<String> crds = new ArrayList<>();

    @Option(names = "--strict-kinds", description = "A kind without a schema is an error, not a warning.")
    boolean strictKinds;

    // kubeconform's flags: --skip-kinds, --reject-kinds, -ignore-missing-schemas, -output, ...
    @Mixin
    KubeconformOptions kubeconform = new KubeconformOptions();

    // rules and configuration: --config FILE, --rules DIR
    @picocli.CommandLine.Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Option(
            names = "--rule-docs",
            paramLabel = "URI",
            description = "Absolute URI of the rules/ folder of a published copy of podlint's repository "
                    + "(e.g. https://github.com/ORG/podlint/blob/TAG/rules/): SARIF links each built-in rule to its ID.md "
                    + "there. Without it, built-in rules have no helpUri.")
    String ruleDocs;

    @Option(names = "--no-color", description = "No ANSI colours (also off with NO_COLOR set or when not a terminal).")
    boolean noColor;

    @Option(
            names = "--verbose",
            description = "The text report also lists the files a folder walk left out, and its summary line names "
                    + "the config file in force.")
    boolean verbose;

    // git hook: lint what the commit will hold, not the working files.
    @Option(
            names = "--staged",
            description = "Lint the staged content (git's index, not the working files) of the "
                    + "staged *.yaml, *.yml and *.json files, outside hidden folders and as the config file's "
                    + "include/exclude select; for git pre-commit hooks.")
    boolean staged;

    // pre-commit: --force-exclude, shared with merge
    @picocli.CommandLine.Mixin
    ForceExcludeOption forceExclude = new ForceExcludeOption();

    // --fix, --diff, --fix-secret-data
    @picocli.CommandLine.Mixin
    FixOption fixOption = new FixOption();

    LintCommand(PodlintCommand.Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        requireInputs();
        verbose |= kubeconform.verbose();
        if (ruleDocs != null && !ruleDocs.matches("https?://\\S+")) {
            throw new UsageException("--rule-docs must be an absolute http or https URI, not '" + ruleDocs + "'");
        }
        LintOptions.Builder options = configOptions.options(Path.of("").toAbsolutePath());
        if (failOn != null) {
            options.failOn(parseFailOn(failOn));
        }
        enable.forEach(options::enable);
        disable.forEach(options::disable);
        if (baseline != null) {
            options.baseline(baseline); // the command line wins over the config file
        }
        presets.forEach(options::preset);
        options.defaultNamespace(namespace).presetTemplates(templates);
        presetFeatureGates.applyTo(options);
        if (kubernetesVersion != null) {
            options.kubernetesVersion(kubernetesVersion); // the command line wins over the config file
        }
        options.strictKinds(strictKinds);
        schemaLocations.forEach(location -> SchemaLocationArgument.folder(location, "--schema-location")
                .ifPresent(folder -> options.schemaLocation(Path.of(folder))));
        crds.forEach(options::crd);
        kubeconform.applyTo(options, kubernetesVersion, strictKinds);
        forceExclude.applyTo(options);
        LintOptions built = options.build();
        List<String> inputs = new ArrayList<>(paths);
        inputs.addAll(presets);
        List<ReportTargets.Target> targets = ReportTargets.of(kubeconform.formats(formats, output), output);
        for (ReportTargets.Target target : targets) {
            OutputFile.refuseInputs(target.file(), target.file() == output ? "--output" : "--format", built, inputs);
        }
        Linter linter = Linter.create(built);
        Report report =
                staged ? linter.lintContents(StagedManifests.read(built, paths)) : linter.lint(paths, streams.stdin());
        if (!staged) {
            fixOption.remember(linter, built);
        }
        if (fixOption.requested()) {
            if (staged) {
                throw new UsageException("--fix edits the working files; it cannot be combined with --staged");
            }
            report = fixOption.apply(linter, built, paths, report, streams.stdin(), streams);
            if (report == null) {
                return fixOption.diffExitCode();
            }
        }
        for (Notification n : report.notifications()) {
            // one line each, control characters written out: no file name can forge another line or,
            // with --format github, a workflow command (Actions reads stderr too)
            streams.err().println("podlint: " + Visible.of((n.file() == null ? "" : n.file() + ": ") + n.message()));
        }
        for (ReportTargets.Target target : targets) {
            writeReport(target, report, built.workingDirectory());
        }
        return report.exitCode(built.failOn());
    }

    private void writeReport(ReportTargets.Target target, Report report, Path workingDirectory) throws IOException {
        ReportFormat format = target.format();
        if (target.file() == null) {
            Writer out = streams.out();
            fixOption
                    .withFixes(format.reporter(useColor(), workingDirectory, verbose, ruleDocs), report)
                    .write(report, out);
            return;
        }
        OutputFile.write(
                target.file(),
                out -> fixOption
                        .withFixes(format.reporter(false, workingDirectory, verbose, ruleDocs), report)
                        .write(report, out));
    }

    // Java 17 (the release podlint targets) has no Console.isTerminal(): a null console is its answer.
    @SuppressWarnings("SystemConsoleNull")
    private boolean useColor() {
        String noColorEnv = System.getenv("NO_COLOR");
        return !noColor
                && (noColorEnv == null || noColorEnv.isEmpty())
                && System.console() != null
                && streams.rawOut() == System.out;
    }

    private void requireInputs() {
        if (!staged && paths.isEmpty()) {
            throw new UsageException(
                    "missing PATH: name the files or folders to lint ('-' for stdin), or use --staged");
        }
        if (staged && paths.contains("-")) {
            throw new UsageException("--staged reads git's index; it cannot be combined with '-' (stdin)");
        }
    }

    static FailThreshold parseFailOn(String value) {
        try {
            return FailThreshold.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on must be error, warning, info or none, not '" + value + "'");
        }
    }
}
