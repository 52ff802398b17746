package dev.podlint.cli;

import dev.podlint.config.KindFilter;
import dev.podlint.config.LintOptions;
import dev.podlint.config.SchemaLocationArgument;
import dev.podlint.config.UsageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * kubeconform's flags, where they mean something offline: {@code --skip-kinds} and {@code --reject-kinds}
 * (also spelt {@code -skip}, {@code -reject}), and kubeconform's single-dash spellings of what podlint
 * already does. A kubeconform flag that would fetch something is refused with what to do instead.
 */
final class KubeconformOptions {

    /** kubeconform's -output values and podlint's format for each (null: refused). */
    private static final Map<String, String> OUTPUTS =
            Map.of("text", "text", "pretty", "text", "json", "json", "junit", "junit");

    List<String> skipKinds = new ArrayList<>();

    List<String> rejectKinds = new ArrayList<>();

    boolean ignoreMissingSchemas;

    @Nullable
    String kubernetesVersion;

    List<String> schemaLocations = new ArrayList<>();

    boolean strict;

    boolean summary;

    @Nullable
    String outputFormat;

    @Nullable
    Integer workers;

    boolean verbose;

    List<String> refused = new ArrayList<>();

    /** Declares the flags on {@code podlint lint}'s model, in the order its help lists them. */
    void addTo(CommandSpec spec) {
        spec.addOption(CodeOptions.list(
                        String.class,
                        skipKinds,
                        "KINDS",
                        "Kinds to skip, comma-separated and repeatable: Kind or apiVersion/Kind (Secret,"
                                + " apps/v1/Deployment); their objects get no schema or rule finding (kubeconform's -skip).",
                        "--skip-kinds",
                        "-skip",
                        "--skip")
                .build());
        spec.addOption(CodeOptions.list(
                        String.class,
                        rejectKinds,
                        "KINDS",
                        "Kinds to reject, as --skip-kinds: each of their objects gets one kind-rejected error and "
                                + "nothing else is checked in it (kubeconform's -reject).",
                        "--reject-kinds",
                        "-reject",
                        "--reject")
                .build());
        spec.addOption(CodeOptions.flag(
                        () -> ignoreMissingSchemas,
                        v -> ignoreMissingSchemas = v,
                        "A kind without a schema is not reported (kubeconform's flag; turns off unknown-kind).",
                        "--ignore-missing-schemas",
                        "-ignore-missing-schemas")
                .build());
        spec.addOption(CodeOptions.value(
                        String.class,
                        () -> kubernetesVersion,
                        v -> kubernetesVersion = v,
                        "X.Y.Z",
                        "kubeconform's spelling of --kubernetes-version; master means the newest bundled version.",
                        "-kubernetes-version")
                .hidden(true)
                .build());
        spec.addOption(CodeOptions.list(
                        String.class,
                        schemaLocations,
                        "LOCATION",
                        "kubeconform's spelling of --schema-location: default (the bundled schemas), a folder, or a"
                                + " local template podlint's folder search covers; URLs are refused.",
                        "-schema-location")
                .hidden(true)
                .build());
        spec.addOption(CodeOptions.flag(
                        () -> strict,
                        v -> strict = v,
                        "kubeconform's -strict: podlint is always strict (unknown fields and duplicate keys are"
                                + " errors).",
                        "-strict")
                .hidden(true)
                .build());
        spec.addOption(CodeOptions.flag(
                        () -> summary,
                        v -> summary = v,
                        "kubeconform's -summary: podlint's text report always ends with its summary line.",
                        "-summary")
                .hidden(true)
                .build());
        spec.addOption(CodeOptions.value(
                        String.class,
                        () -> outputFormat,
                        v -> outputFormat = v,
                        "FORMAT",
                        "kubeconform's -output: text, pretty (podlint's text), json or junit (podlint's own reports).",
                        "-output")
                .hidden(true)
                .build());
        spec.addOption(CodeOptions.value(
                        Integer.class,
                        () -> workers,
                        v -> workers = v,
                        "N",
                        "kubeconform's worker count: accepted; podlint uses a thread per core.",
                        "-n")
                .hidden(true)
                .build());
        spec.addOption(
                CodeOptions.flag(() -> verbose, v -> verbose = v, "kubeconform's spelling of --verbose.", "-verbose")
                        .hidden(true)
                        .build());
        spec.addOption(CodeOptions.list(
                        String.class,
                        refused,
                        "VALUE",
                        "kubeconform flags podlint refuses, saying what to use instead.",
                        "-cache",
                        "-insecure-skip-tls-verify",
                        "-exit-on-error",
                        "-ignore-filename-pattern")
                .arity("0..1")
                .hidden(true)
                .build());
    }

    /**
     * Adds these flags' settings to the run's options.
     *
     * @param podlintVersion the value of podlint's own --kubernetes-version, or null
     * @param strictKinds whether --strict-kinds is given
     */
    void applyTo(LintOptions.Builder options, @Nullable String podlintVersion, boolean strictKinds) {
        if (!refused.isEmpty()) {
            throw new UsageException("kubeconform's -cache, -insecure-skip-tls-verify, -exit-on-error and"
                    + " -ignore-filename-pattern have no podlint equivalent: podlint never downloads (no cache, no"
                    + " TLS), lints every file, and chooses a folder's files by the config file's include/exclude"
                    + " globs");
        }
        for (String csv : skipKinds) {
            KindFilter.entries(csv).forEach(options::skipKind);
        }
        for (String csv : rejectKinds) {
            KindFilter.entries(csv).forEach(options::rejectKind);
        }
        if (ignoreMissingSchemas) {
            if (strictKinds) {
                throw new UsageException("--ignore-missing-schemas and --strict-kinds contradict each other: give one");
            }
            options.disable("unknown-kind");
        }
        if (kubernetesVersion != null) {
            if (podlintVersion != null && !podlintVersion.equals(kubernetesVersion)) {
                throw new UsageException("--kubernetes-version " + podlintVersion + " and -kubernetes-version "
                        + kubernetesVersion + " disagree: give one");
            }
            if (!kubernetesVersion.equals("master")) {
                options.kubernetesVersion(kubernetesVersion);
            }
        }
        for (String location : schemaLocations) {
            SchemaLocationArgument.folder(location, "-schema-location")
                    .ifPresent(folder -> options.schemaLocation(Path.of(folder)));
        }
        if (workers != null && workers < 1) {
            throw new UsageException("-n must be a positive number of workers, not " + workers);
        }
    }

    /** The --format values, with -output's format added. */
    List<String> formats(List<String> formats, @Nullable Path output) {
        if (output != null
                && (OUTPUTS.containsKey(output.toString()) || output.toString().equals("tap"))) {
            throw new UsageException("--output " + output + " names the report's file; kubeconform's -output FORMAT"
                    + " is podlint's --format FORMAT (or -output FORMAT, with one dash)");
        }
        if (outputFormat == null) {
            return formats;
        }
        String format = OUTPUTS.get(outputFormat);
        if (format == null) {
            throw new UsageException(
                    "-output " + outputFormat + ": podlint writes text, json or junit for kubeconform's"
                            + " -output (and sarif, github, checkstyle and codequality with --format); it has no "
                            + outputFormat + " output");
        }
        if (!formats.isEmpty()) {
            throw new UsageException("-output and --format both choose the report's format: give one");
        }
        return List.of(format);
    }

    boolean verbose() {
        return verbose;
    }
}
