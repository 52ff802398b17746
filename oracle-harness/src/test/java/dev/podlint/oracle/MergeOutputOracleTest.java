package dev.podlint.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.config.LintOptions;
import dev.podlint.oracle.mutate.CorpusGenerator;
import dev.podlint.preset.MergeOutcome;
import dev.podlint.preset.MergeRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code podlint merge --templates} prints, read back by the Kubernetes oracle (kubectl's reader
 * and the API server's decoding): over testdata/, a mutated corpus and ../shared/corpus, kubectl
 * reads every printed object with no error its input does not have, and an object
 * no preset changed reaches the API server exactly as its input does (the body kubectl sends).
 * Skipped without go (see {@link Oracle}).
 */
class MergeOutputOracleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    /** Stages of reading: kubectl's YAML and kind lookup, the API server's decoding (see oracle/README.md). */
    private static final Set<String> READING = Set.of("yaml", "unknown-kind", "decode", "strict");

    private static final int MUTATED_DOCUMENTS = 4000;

    /** One printed object: the file it was printed from and whether a preset changed it. */
    private record Printed(Path input, boolean changed) {}

    @Test
    void kubectlReadsEveryPrintedObjectAsTheInputMeantIt() throws Exception {
        Path repo = OracleDifferentialTest.repoRoot();
        Oracle oracle = Oracle.locate(repo);
        Path work = repo.resolve("oracle-harness/target/merge-output");
        delete(work);
        Path mutated = work.resolve("mutated-corpus");
        CorpusGenerator.bundled().write(mutated, MUTATED_DOCUMENTS, CorpusGenerator.DEFAULT_SEED);
        List<Path> roots = new ArrayList<>(List.of(repo.resolve("testdata"), mutated));
        Path shared = repo.resolve("../shared/corpus").normalize();
        if (Files.isDirectory(shared)) {
            roots.add(shared);
        }

        Map<Path, List<Printed>> printed = new LinkedHashMap<>();
        Path out = work.resolve("printed");
        for (Path root : roots) {
            printed.putAll(printMerged(root, out));
        }
        List<Path> oracleInputs = new ArrayList<>(roots);
        oracleInputs.add(out);
        Map<Path, List<JsonNode>> verdicts = byFile(oracle.start(
                        List.of("--body"), oracleInputs, work.resolve("oracle.jsonl"), work.resolve("oracle.stderr"))
                .lines());

        List<String> problems = new ArrayList<>();
        int objects = 0;
        int unchanged = 0;
        for (Map.Entry<Path, List<Printed>> file : printed.entrySet()) {
            List<JsonNode> read = verdicts.getOrDefault(file.getKey(), List.of());
            if (read.size() != file.getValue().size()) {
                problems.add(file.getKey() + ": " + file.getValue().size() + " objects printed, kubectl reads "
                        + read.size());
                continue;
            }
            Map<String, Deque<JsonNode>> inputs =
                    byObject(verdicts.getOrDefault(file.getValue().get(0).input(), List.of()));
            for (int i = 0; i < read.size(); i++) {
                objects++;
                JsonNode back = read.get(i);
                JsonNode input =
                        inputs.getOrDefault(key(back), new ArrayDeque<>()).poll();
                String where = file.getKey().getFileName() + " object " + i + " (" + key(back) + ", from "
                        + file.getValue().get(i).input() + ")";
                if (input == null) {
                    problems.add(where + ": no such object in the input");
                    continue;
                }
                Set<String> newErrors = errors(back, READING);
                newErrors.removeAll(errors(input, READING));
                if (!newErrors.isEmpty()) {
                    problems.add(where + ": kubectl or the API server reads it with errors the input does not have: "
                            + newErrors);
                    continue;
                }
                if (!file.getValue().get(i).changed() && input.has("body")) {
                    unchanged++;
                    if (!body(back).equals(body(input))) {
                        problems.add(where + ": kubectl sends another object than for the input\n  input:   "
                                + body(input) + "\n  printed: " + body(back));
                    }
                }
            }
        }
        System.out.printf(
                "merge output read back by the oracle: %d objects in %d files (%d unchanged compared "
                        + "body for body), %d problems%n",
                objects, printed.size(), unchanged, problems.size());
        assertThat(unchanged).as("objects compared body for body").isGreaterThan(1000);
        assertThat(problems.subList(0, Math.min(20, problems.size())))
                .as("podlint merge output that kubectl reads differently (first 20 of %d)", problems.size())
                .isEmpty();
    }

    /** Merges every file under {@code root} (pods and pod templates) and prints each file's objects to its own file. */
    private static Map<Path, List<Printed>> printMerged(Path root, Path out) throws IOException {
        LintOptions options = LintOptions.builder()
                .workingDirectory(root)
                .presetTemplates(true)
                .build();
        MergeRun.Result result = new MergeRun(options).run(List.of(root.toString()), InputStream.nullInputStream());
        Map<String, List<MergeOutcome>> byFile = new LinkedHashMap<>();
        for (MergeOutcome outcome : result.outcomes()) {
            byFile.computeIfAbsent(outcome.target().document().source().displayPath(), k -> new ArrayList<>())
                    .add(outcome);
        }
        Map<Path, List<Printed>> printed = new LinkedHashMap<>();
        for (Map.Entry<String, List<MergeOutcome>> file : byFile.entrySet()) {
            if (result.errors().stream().anyMatch(e -> e.startsWith(file.getKey() + ":"))) {
                continue; // a file podlint cannot read is printed nowhere
            }
            Path input = root.resolve(file.getKey()).toAbsolutePath().normalize();
            Path target = out.resolve(root.getFileName() + "-" + printed.size() + ".yaml")
                    .toAbsolutePath()
                    .normalize();
            Files.createDirectories(out);
            Files.writeString(target, new MergeRun.Result(file.getValue(), List.of(), List.of(), List.of()).yaml());
            printed.put(
                    target,
                    file.getValue().stream()
                            .map(o -> new Printed(input, o.applied()))
                            .toList());
        }
        return printed;
    }

    private static Map<Path, List<JsonNode>> byFile(List<String> lines) {
        Map<Path, List<JsonNode>> byFile = new HashMap<>();
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            byFile.computeIfAbsent(
                            Path.of(node.path("file").asString())
                                    .toAbsolutePath()
                                    .normalize(),
                            k -> new ArrayList<>())
                    .add(node);
        }
        return byFile;
    }

    private static Map<String, Deque<JsonNode>> byObject(List<JsonNode> verdicts) {
        Map<String, Deque<JsonNode>> byObject = new HashMap<>();
        verdicts.forEach(
                v -> byObject.computeIfAbsent(key(v), k -> new ArrayDeque<>()).add(v));
        return byObject;
    }

    private static String key(JsonNode verdict) {
        return verdict.path("kind").asString() + " " + verdict.path("namespace").asString() + "/"
                + verdict.path("name").asString();
    }

    private static Set<String> errors(JsonNode verdict, Set<String> stages) {
        Set<String> errors = new TreeSet<>();
        for (JsonNode e : verdict.path("errors")) {
            if (stages.contains(e.path("stage").asString())) {
                errors.add(e.path("stage").asString() + " " + e.path("field").asString() + ": "
                        + e.path("detail").asString());
            }
        }
        return errors;
    }

    /** The body kubectl sends, without the annotation it derives from the body itself. */
    private static JsonNode body(JsonNode verdict) {
        JsonNode body = verdict.path("body").deepCopy();
        if (body.path("metadata").path("annotations") instanceof ObjectNode annotations) {
            annotations.remove(LAST_APPLIED);
            if (annotations.isEmpty()) {
                ((ObjectNode) body.path("metadata")).remove("annotations");
            }
        }
        return body;
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
