package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code podlint merge} compared with the Kubernetes 1.19 PodPreset admission plugin's own code (the
 * Go program in oracle/podpreset), over testdata/presets/ and generated pod/preset pairs. Needs
 * {@code go} on the PATH (skipped otherwise, unless PODLINT_REQUIRE_TOOLS=1). Reports go to
 * cli/target/podpreset-oracle/.
 */
class PodPresetOracleTest {

    private static final Path REPO = Path.of(System.getProperty("podlint.repoRoot", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Path WORK = Path.of("target/podpreset-oracle").toAbsolutePath();
    private static final long SEED = 20200826L;

    /**
     * The generated cases where podlint knowingly differs from the plugin (case label, and why). Each
     * must still differ: when podlint changes, this list changes with it.
     */
    private static final Map<String, String> KNOWN = Map.of();

    private static PodPresetOracle built;

    /** The oracle, built on first use; skips the test (or fails it, with PODLINT_REQUIRE_TOOLS=1) without go. */
    private static synchronized PodPresetOracle oracle() throws IOException, InterruptedException {
        if (built == null) {
            Optional<Path> go = PodPresetOracle.go();
            RequiredTools.presentOrSkip(
                    go.isPresent(),
                    "go is not on the PATH: podlint merge is not compared with the 1.19 PodPreset plugin");
            built = PodPresetOracle.build(go.get(), REPO, WORK);
        }
        return built;
    }

    @Test
    void testdataPresetsMergeAsThePluginMergesThem() throws IOException, InterruptedException {
        PodPresetOracle oracle = oracle();
        MergeComparison.Result result = MergeComparison.compare(
                oracle, REPO.resolve("testdata/presets"), WORK, "testdata", ns -> "testdata " + ns, null);
        report("testdata", result, Map.of());
        assertThat(result.pods()).isGreaterThanOrEqualTo(15);
        assertThat(result.disagreements()).isEmpty();
    }

    @Test
    void generatedPairsMergeAsThePluginMergesThem() throws IOException, InterruptedException {
        PodPresetOracle oracle = oracle();
        List<PresetCases.Case> cases = new PresetCases(SEED).generate(2000, 60);
        Path dir = freshDirectory("generated");
        Map<String, String> labels = write(cases, dir);
        Function<String, String> labelOf = ns -> labels.getOrDefault(ns, "unknown namespace " + ns);
        MergeComparison.Result result = MergeComparison.compare(oracle, dir, WORK, "generated", labelOf, null);
        report("generated", result, counts(cases));
        assertThat(result.pods()).isEqualTo(cases.size());

        // a known disagreement holds for every case of its label, any other label agrees on every case
        Map<String, List<MergeComparison.Disagreement>> byLabel = byLabel(result);
        Map<String, Integer> counts = counts(cases);
        List<String> wrong = new ArrayList<>();
        counts.forEach((label, count) -> {
            List<MergeComparison.Disagreement> ds = byLabel.getOrDefault(label, List.of());
            long disagreeing = ds.stream()
                    .map(MergeComparison.Disagreement::pod)
                    .distinct()
                    .count();
            long expected = KNOWN.containsKey(label) ? count : 0;
            if (disagreeing != expected) {
                wrong.add(label + ": " + disagreeing + " of " + count + " cases disagree, expected " + expected
                        + (ds.isEmpty() ? "" : "; first:\n" + ds.get(0)));
            }
        });
        assertThat(KNOWN.keySet())
                .as("known disagreements are labels of generated cases")
                .isSubsetOf(counts.keySet());
        assertThat(wrong)
                .as("podlint merge against the 1.19 plugin (every disagreement in %s)", WORK.resolve("generated.txt"))
                .isEmpty();
    }

    @Test
    void ephemeralContainersAgreeWithTheAlphaGateOn() throws IOException, InterruptedException {
        PodPresetOracle oracle = oracle();
        List<PresetCases.Case> cases = new PresetCases(SEED).generate("ephemeral", 20);
        Path dir = freshDirectory("ephemeral-gate");
        Map<String, String> labels = write(cases, dir);
        MergeComparison.Result result =
                MergeComparison.compare(oracle, dir, WORK, "ephemeral-gate", labels::get, "EphemeralContainers=true");
        report("ephemeral-gate", result, counts(cases));
        assertThat(result.pods()).isEqualTo(cases.size());
        assertThat(result.disagreements()).isEmpty();
    }

    private static Path freshDirectory(String name) throws IOException {
        Path dir = WORK.resolve(name);
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** Writes each case to DIR/NAMESPACE.yaml; the label of each namespace. */
    private static Map<String, String> write(List<PresetCases.Case> cases, Path dir) throws IOException {
        Map<String, String> labels = new TreeMap<>();
        for (PresetCases.Case c : cases) {
            Files.writeString(dir.resolve(c.namespace() + ".yaml"), c.yaml());
            labels.put(c.namespace(), c.label());
        }
        return labels;
    }

    private static Map<String, Integer> counts(List<PresetCases.Case> cases) {
        Map<String, Integer> counts = new TreeMap<>();
        cases.forEach(c -> counts.merge(c.label(), 1, Integer::sum));
        return counts;
    }

    private static Map<String, List<MergeComparison.Disagreement>> byLabel(MergeComparison.Result result) {
        return result.disagreements().stream()
                .collect(Collectors.groupingBy(MergeComparison.Disagreement::label, TreeMap::new, Collectors.toList()));
    }

    /** target/podpreset-oracle/NAME.txt: the numbers, then every disagreement by case label. */
    private static void report(String name, MergeComparison.Result result, Map<String, Integer> counts)
            throws IOException {
        Map<String, List<MergeComparison.Disagreement>> byLabel = byLabel(result);
        long pods = result.disagreements().stream()
                .map(MergeComparison.Disagreement::pod)
                .distinct()
                .count();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                "%d pods, %d disagree (%d fields); oracle build %d ms, podlint merge %d ms, oracle runs %d ms%n",
                result.pods(),
                pods,
                result.disagreements().size(),
                built.buildMillis(),
                result.podlintMillis(),
                result.oracleMillis()));
        for (String label : new TreeSet<>(counts.keySet())) {
            List<MergeComparison.Disagreement> ds = byLabel.getOrDefault(label, List.of());
            long disagreeing = ds.stream()
                    .map(MergeComparison.Disagreement::pod)
                    .distinct()
                    .count();
            sb.append(String.format(
                    "%5d cases, %5d disagree: %s%s%n",
                    counts.get(label),
                    disagreeing,
                    label,
                    disagreeing > 0 && KNOWN.containsKey(label) ? "  (known)" : ""));
        }
        counts.keySet().stream()
                .filter(KNOWN::containsKey)
                .map(KNOWN::get)
                .distinct()
                .sorted()
                .forEach(reason -> sb.append("known: ").append(reason).append('\n'));
        sb.append('\n');
        byLabel.forEach((label, ds) -> ds.forEach(d -> sb.append(d).append('\n')));
        Files.createDirectories(WORK);
        Files.writeString(WORK.resolve(name + ".txt"), sb);
        System.out.print(sb.substring(0, sb.indexOf("\n") + 1));
    }
}
