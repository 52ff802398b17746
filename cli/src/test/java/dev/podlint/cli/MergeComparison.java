package dev.podlint.cli;

import dev.podlint.config.LintOptions;
import dev.podlint.config.PresetFeatureGates;
import dev.podlint.preset.MergeOutcome;
import dev.podlint.preset.MergeRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * {@code podlint merge} against the 1.19 admission plugin over one folder, Pod by Pod. The oracle
 * admits the folder's Pods; podlint's merged YAML goes through the same decoding and v1 defaulting
 * (the oracle with {@code --skip-admission}), so both sides compare as the API server holds them.
 * Compared: the annotations, the pod's volumes, env, envFrom and volumeMounts of every container, and
 * whether a conflict stopped the merge or a broken selector rejected the pod.
 */
final class MergeComparison {

    /** One field of one Pod where podlint and the plugin differ. */
    record Disagreement(String pod, String label, String field, String oracle, String podlint) {

        @Override
        public String toString() {
            return label + " | " + pod + " | " + field + "\n  1.19 plugin: " + oracle + "\n  podlint:     " + podlint;
        }
    }

    record Result(int pods, List<Disagreement> disagreements, long podlintMillis, long oracleMillis) {}

    private static final List<String> CONTAINER_LISTS = List.of("initContainers", "containers", "ephemeralContainers");
    private static final List<String> CONTAINER_FIELDS = List.of("env", "envFrom", "volumeMounts");

    private MergeComparison() {}

    /**
     * @param labelOf      what a pod's case is about, from its namespace
     * @param featureGates the API server's feature gates, for both sides (e.g. EphemeralContainers=true), or null
     */
    static Result compare(
            PodPresetOracle oracle,
            Path inputs,
            Path work,
            String name,
            Function<String, String> labelOf,
            String featureGates)
            throws IOException, InterruptedException {
        Files.createDirectories(work);
        long start = System.nanoTime();
        List<String> mergeArgs = new ArrayList<>(List.of("merge", inputs.toString()));
        LintOptions.Builder options =
                LintOptions.builder().workingDirectory(Path.of("").toAbsolutePath());
        List<String> oracleArgs = new ArrayList<>();
        if (featureGates != null) {
            mergeArgs.addAll(List.of("--preset-feature-gates", featureGates));
            options.presetFeatureGates(PresetFeatureGates.parse(featureGates));
            oracleArgs.addAll(List.of("--feature-gates", featureGates));
        }
        CliRun merge = CliRun.of(mergeArgs.toArray(String[]::new));
        if (merge.exitCode() > 1) {
            throw new IllegalStateException(
                    "podlint merge " + inputs + " exit code " + merge.exitCode() + ": " + merge.err());
        }
        Map<String, Deque<MergeOutcome>> outcomes = new HashMap<>();
        for (MergeOutcome outcome : new MergeRun(options.build())
                .run(List.of(inputs.toString()), InputStream.nullInputStream())
                .outcomes()) {
            outcomes.computeIfAbsent(
                            outcome.target().namespace() + "/"
                                    + outcome.target().document().name(),
                            k -> new ArrayDeque<>())
                    .add(outcome);
        }
        long podlintMillis = (System.nanoTime() - start) / 1_000_000;
        Path merged = work.resolve(name + "-podlint-merged.yaml");
        Files.writeString(merged, merge.out());
        Files.writeString(work.resolve(name + "-podlint-merge.stderr"), merge.err());

        start = System.nanoTime();
        List<String> args = new ArrayList<>(oracleArgs);
        args.add(inputs.toString());
        List<JsonNode> admitted = oracle.run(name + "-oracle", args);
        List<JsonNode> podlintSide =
                oracle.run(name + "-podlint-decoded", List.of("--skip-admission", merged.toString()));
        long oracleMillis = (System.nanoTime() - start) / 1_000_000;

        Map<String, Deque<JsonNode>> podlintPods = new HashMap<>();
        for (JsonNode line : podlintSide) {
            podlintPods.computeIfAbsent(key(line), k -> new ArrayDeque<>()).add(line);
        }
        List<Disagreement> out = new ArrayList<>();
        for (JsonNode line : admitted) {
            String key = key(line);
            String label = labelOf.apply(line.path("namespace").asString());
            Deque<JsonNode> candidates = podlintPods.get(key);
            Deque<MergeOutcome> outcome = outcomes.get(key);
            if (candidates == null || candidates.isEmpty() || outcome == null || outcome.isEmpty()) {
                out.add(new Disagreement(key, label, "pod", "present", "missing from podlint merge"));
                continue;
            }
            new PodDiff(key, label, line, candidates.poll(), outcome.poll(), out).run();
        }
        podlintPods.values().stream()
                .flatMap(Deque::stream)
                .forEach(extra -> out.add(new Disagreement(
                        key(extra),
                        labelOf.apply(extra.path("namespace").asString()),
                        "pod",
                        "missing",
                        "printed by podlint merge")));
        return new Result(admitted.size(), out, podlintMillis, oracleMillis);
    }

    private static String key(JsonNode line) {
        return line.path("namespace").asString() + "/" + line.path("name").asString();
    }

    /** The comparison of one Pod. */
    private record PodDiff(
            String key, String label, JsonNode oracle, JsonNode podlint, MergeOutcome outcome, List<Disagreement> out) {

        void run() {
            for (JsonNode side : List.of(oracle, podlint)) {
                String error = side.path("error").asString("");
                if (error.startsWith("decode") || error.startsWith("convert") || error.startsWith("encode")) {
                    add(
                            "decoding",
                            oracle.path("error").asString(""),
                            podlint.path("error").asString(""));
                    return;
                }
            }
            String conflict = firstLine(oracle.path("conflict").asString(""));
            verdict(
                    "conflict stopped the merge",
                    !conflict.isEmpty(),
                    conflict,
                    !outcome.conflicts().isEmpty(),
                    outcome.conflicts().size() + " conflicts");
            String error = oracle.path("error").asString("");
            verdict(
                    "pod create rejected",
                    error.startsWith("filtering pod presets failed"),
                    error,
                    outcome.rejected(),
                    "selector cannot be converted");
            JsonNode a = oracle.path("pod");
            JsonNode b = podlint.path("pod");
            compare(
                    "metadata.annotations",
                    a.path("metadata").path("annotations"),
                    b.path("metadata").path("annotations"));
            compare(
                    "spec.volumes",
                    a.path("spec").path("volumes"),
                    b.path("spec").path("volumes"));
            for (String list : CONTAINER_LISTS) {
                JsonNode ca = a.path("spec").path(list);
                JsonNode cb = b.path("spec").path(list);
                int size = Math.max(ca.size(), cb.size());
                for (int i = 0; i < size; i++) {
                    for (String field : CONTAINER_FIELDS) {
                        compare(
                                "spec." + list + "[" + i + "]." + field,
                                ca.path(i).path(field),
                                cb.path(i).path(field));
                    }
                }
            }
        }

        private void compare(String field, JsonNode a, JsonNode b) {
            if (!normal(a).equals(normal(b))) {
                out.add(new Disagreement(key, label, field, text(a), text(b)));
            }
        }

        /** Absent, null and empty are the same (Go omits empty lists and maps). */
        private static JsonNode normal(JsonNode node) {
            return node == null || node.isNull() || ((node.isArray() || node.isObject()) && node.isEmpty())
                    ? MissingNode.getInstance()
                    : node;
        }

        /** The plugin's messages print whole structs (%#v): their first line names the entry. */
        private static String firstLine(String message) {
            int end = message.indexOf('\n');
            return end < 0 ? message : message.substring(0, end) + " ...";
        }

        private static String text(JsonNode node) {
            return normal(node).isMissingNode() ? "(none)" : node.toString();
        }

        private void add(String field, String a, String b) {
            out.add(new Disagreement(key, label, field, a, b));
        }

        private void verdict(String field, boolean a, String aDetail, boolean b, String bDetail) {
            if (a != b) {
                add(field, a ? "yes: " + aDetail : "no", b ? "yes: " + bDetail : "no");
            }
        }
    }
}
