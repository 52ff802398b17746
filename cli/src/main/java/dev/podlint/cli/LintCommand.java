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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code podlint lint}: lint files and folders, print a report, exit 0/1/2. Its options are declared
 * in code ({@link #spec()}, {@link CodeOptions}): the command a cold start runs most is built without
 * reading annotations.
 */
final class LintCommand implements Callable<Integer> {

    static final String NAME = "lint";

    private final PodlintCommand.Streams streams;

    List<String> paths = new ArrayList<>();
    List<String> formats = new ArrayList<>();

    @Nullable
    Path output;

    @Nullable
    String failOn;

    List<String> enable = new ArrayList<>();
    List<String> disable = new ArrayList<>();

    @Nullable
    Path baseline;

    List<String> presets = new ArrayList<>();
    String namespace = "default";
    boolean templates;
    PresetFeatureGatesOption presetFeatureGates = new PresetFeatureGatesOption();

    @Nullable
    String kubernetesVersion;

    List<String> schemaLocations = new ArrayList<>();
    List<String> crds = new ArrayList<>();
    boolean strictKinds;
    KubeconformOptions kubeconform = new KubeconformOptions();
    ConfigOptions configOptions = new ConfigOptions();

    @Nullable
    String ruleDocs;

    boolean noColor;
    boolean verbose;
    boolean staged;
    ForceExcludeOption forceExclude = new ForceExcludeOption();
    FixOption fixOption = new FixOption();

    LintCommand(PodlintCommand.Streams streams) {
        this.streams = streams;
    }

    /** The command's model, bound to this object, options in the order help lists them. */
    CommandSpec spec() {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
        spec.name(NAME);
        spec.usageMessage()
                .sortOptions(false)
                .description(
                        "Lint Kubernetes manifests (files, folders recursively: *.yaml, *.yml, *.json; '-' = stdin).")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(exitCodes());
        spec.addPositional(CodeOptions.positionals(
                        paths,
                        "PATH",
                        "Files or folders to lint; '-' reads stdin. With --staged: git pathspecs that narrow the staged"
                                + " files.")
                .arity("0..*")
                .build());
        spec.addOption(CodeOptions.list(
                        String.class,
                        formats,
                        "FORMAT[=FILE]",
                        "Output format: text, json, sarif, github, junit, checkstyle or codequality (default: text); "
                                + "repeatable: FORMAT=FILE writes that report to FILE, one FORMAT alone goes to stdout or"
                                + " --output.",
                        "-f",
                        "--format")
                .build());
        spec.addOption(CodeOptions.value(
                        Path.class,
                        () -> output,
                        v -> output = v,
                        "FILE",
                        "Write the report of the --format given without =FILE to FILE instead of stdout.",
                        "-o",
                        "--output")
                .build());
        spec.addOption(CodeOptions.value(
                        String.class,
                        () -> failOn,
                        v -> failOn = v,
                        "LEVEL",
                        "Least severity that makes the exit code 1: error, warning, info or none (default: the config"
                                + " file's failOn, else error).",
                        "--fail-on")
                .build());
        spec.addOption(CodeOptions.list(String.class, enable, "RULE", "Enable a rule (repeatable).", "--enable")
                .build());
        spec.addOption(CodeOptions.list(String.class, disable, "RULE", "Disable a rule (repeatable).", "--disable")
                .build());
        spec.addOption(CodeOptions.value(
                        Path.class,
                        () -> baseline,
                        v -> baseline = v,
                        "FILE",
                        "A SARIF or JSON report of an earlier run: its findings are reported as suppressed and do not"
                                + " fail the run.",
                        "--baseline")
                .build());
        spec.addOption(CodeOptions.list(
                        String.class,
                        presets,
                        "PATH",
                        "PodPresets to apply that are not among the linted files: a file or folder (repeatable); "
                                + "only preset findings are reported in it.",
                        "--preset")
                .build());
        spec.addOption(CodeOptions.value(
                        String.class,
                        () -> namespace,
                        v -> namespace = v,
                        "NS",
                        "Namespace of documents that name none (default: ${DEFAULT-VALUE}).",
                        "--namespace")
                .defaultValue("default")
                .build());
        spec.addOption(CodeOptions.flag(
                        () -> templates,
                        v -> templates = v,
                        "Also apply PodPresets to workload pod templates (beyond upstream, which only changed Pods).",
                        "--templates")
                .build());
        presetFeatureGates.addTo(spec);
        spec.addOption(CodeOptions.value(
                        String.class,
                        () -> kubernetesVersion,
                        v -> kubernetesVersion = v,
                        "X.Y",
                        "Kubernetes version to validate for (default: the newest bundled one).",
                        "--kubernetes-version")
                .build());
        spec.addOption(CodeOptions.list(
                        String.class,
                        schemaLocations,
                        "DIR",
                        "Folder of extra JSON schemas (custom resources), in kubeconform's layout (repeatable); "
                                + "'default' is the bundled schemas, always used; URLs are refused (podlint never"
                                + " fetches).",
                        "--schema-location")
                .build());
        spec.addOption(CodeOptions.list(
                        String.class,
                        crds,
                        "PATH",
                        "CustomResourceDefinition file or folder (other objects in it are ignored): its custom"
                                + " resources are validated against the CRD's schema (repeatable).",
                        "--crd")
                .build());
        spec.addOption(CodeOptions.flag(
                        () -> strictKinds,
                        v -> strictKinds = v,
                        "A kind without a schema is an error, not a warning.",
                        "--strict-kinds")
                .build());
        kubeconform.addTo(spec);
        configOptions.addTo(spec);
        spec.addOption(CodeOptions.value(
                        String.class,
                        () -> ruleDocs,
                        v -> ruleDocs = v,
                        "URI",
                        "Absolute URI of the rules/ folder of a published copy of podlint's repository "
                                + "(e.g. https://github.com/ORG/podlint/blob/TAG/rules/): SARIF links each built-in rule"
                                + " to its ID.md there. Without it, built-in rules have no helpUri.",
                        "--rule-docs")
                .build());
        spec.addOption(CodeOptions.flag(
                        () -> noColor,
                        v -> noColor = v,
                        "No ANSI colours (also off with NO_COLOR set or when not a terminal).",
                        "--no-color")
                .build());
        spec.addOption(CodeOptions.flag(
                        () -> verbose,
                        v -> verbose = v,
                        "The text report also lists the files a folder walk left out, and its summary line names "
                                + "the config file in force.",
                        "--verbose")
                .build());
        // git hook: lint what the commit will hold, not the working files.
        spec.addOption(CodeOptions.flag(
                        () -> staged,
                        v -> staged = v,
                        "Lint the staged content (git's index, not the working files) of the "
                                + "staged *.yaml, *.yml and *.json files, outside hidden folders and as the config"
                                + " file's include/exclude select; for git pre-commit hooks.",
                        "--staged")
                .build());
        forceExclude.addTo(spec);
        fixOption.addTo(spec);
        CodeOptions.addStandardHelpOptions(spec);
        return spec;
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "nothing at or above the --fail-on threshold");
        codes.put("1", "findings at or above the threshold");
        codes.put("2", "usage, configuration or internal error");
        return codes;
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
        List<ReportTargets.Target> targets = ReportTargets.of(kubeconform.formats(formats, output), output);
        options.sourceExcerpts(targets.stream().anyMatch(target -> target.format() == ReportFormat.TEXT));
        LintOptions built = options.build();
        List<String> inputs = new ArrayList<>(paths);
        inputs.addAll(presets);
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
