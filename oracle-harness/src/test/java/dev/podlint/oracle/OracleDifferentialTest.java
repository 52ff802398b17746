package dev.podlint.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.oracle.Comparison.Compared;
import dev.podlint.oracle.mutate.CorpusGenerator;
import dev.podlint.oracle.mutate.CorpusGenerator.Generated;
import dev.podlint.report.Report;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The differential harness: podlint (in process) and the Kubernetes oracle (oracle/, Go) over the
 * mutated corpus, testdata/ and ../shared/corpus, compared document by document and field by field.
 * Writes target/oracle-report/ and holds two lines: document-verdict agreement on the mutated corpus
 * at least agreement-ratchet.properties says, and no podlint error on a document the oracle accepts
 * beyond known-false-alarms.txt. Skipped without go (see {@link Oracle}).
 */
class OracleDifferentialTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();

    static Path repoRoot() {
        String configured = System.getProperty("podlint.repoRoot");
        return (configured != null ? Path.of(configured) : MODULE.resolve(".."))
                .toAbsolutePath()
                .normalize();
    }

    @Test
    void podlintAgreesWithTheKubernetesOracle() throws Exception {
        Path repo = repoRoot();
        Map<String, String> timings = new LinkedHashMap<>();
        long start = System.nanoTime();
        Oracle oracle = Oracle.locate(repo);
        long mark = lap(timings, "oracle located or built", start);

        Path target = repo.resolve("oracle-harness").resolve("target");
        Path corpus = target.resolve("mutated-corpus");
        List<Generated> generated =
                CorpusGenerator.bundled().write(corpus, CorpusGenerator.DEFAULT_COUNT, CorpusGenerator.DEFAULT_SEED);
        Map<String, Generated> mutations =
                generated.stream().collect(Collectors.toMap(Generated::file, Function.identity()));
        mark = lap(timings, "mutated corpus generated (" + generated.size() + " files)", mark);

        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put(ReportWriter.MUTATED, corpus);
        inputs.put("testdata", repo.resolve("testdata"));
        Path shared = repo.resolve("../shared/corpus").normalize();
        if (Files.isDirectory(shared)) {
            inputs.put("shared-corpus", shared);
        }
        Path report = target.resolve("oracle-report");
        Files.createDirectories(report);
        Oracle.Run run = oracle.start(
                List.copyOf(inputs.values()), report.resolve("oracle.jsonl"), report.resolve("oracle.stderr"));

        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            Path root = input.getValue();
            Linter linter =
                    Linter.create(LintOptions.builder().workingDirectory(root).build());
            Report folder = linter.lint(List.of(root.toString()), new ByteArrayInputStream(new byte[0]));
            // The oracle applies every file, as `kubectl apply -f FILE` does; a file the folder walk
            // leaves out (not Kubernetes, a Helm chart source, ...) is linted as a named file is.
            List<String> skipped = folder.summary().skippedFiles().stream()
                    .map(f -> root.resolve(f.path()).toString())
                    .toList();
            List<Finding> all = new ArrayList<>(folder.findings());
            if (!skipped.isEmpty()) {
                all.addAll(linter.lint(skipped, new ByteArrayInputStream(new byte[0]))
                        .findings());
            }
            findings.put(input.getKey(), all);
        }
        mark = lap(timings, "podlint over all inputs (in process, the oracle running alongside)", mark);
        List<OracleObject> objects = run.objects();
        mark = lap(timings, "oracle finished (" + objects.size() + " objects)", mark);

        List<Compared> compared = new ArrayList<>();
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            Path root = input.getValue().toAbsolutePath().normalize();
            compared.addAll(Comparison.compare(
                    input.getKey(),
                    root,
                    objects,
                    findings.get(input.getKey()),
                    input.getKey().equals(ReportWriter.MUTATED) ? mutations : Map.of()));
        }
        KnownFalseAlarms known = KnownFalseAlarms.read(MODULE.resolve("known-false-alarms.txt"));
        List<String> falseAlarms = KnownFalseAlarms.of(compared);
        List<String> unlisted = known.unlisted(falseAlarms);
        List<String> gone = known.gone(falseAlarms, inputs.keySet());
        Tally mutated = new Tally();
        compared.stream().filter(c -> c.input().equals(ReportWriter.MUTATED)).forEach(mutated::add);
        mark = lap(timings, "comparison", mark);
        timings.put("total", seconds(start, System.nanoTime()));

        Map<String, String> inputLabels = new LinkedHashMap<>();
        inputs.forEach(
                (k, v) -> inputLabels.put(k, k.equals(ReportWriter.MUTATED) ? "mutated corpus" : k + " (" + v + ")"));
        String corpusLine = String.format(
                Locale.ROOT,
                "Mutated corpus: %d documents from %d seeds (generator seed %d); oracle: %s.",
                generated.size(),
                generated.stream().map(Generated::seed).distinct().count(),
                CorpusGenerator.DEFAULT_SEED,
                oracle.binary());
        new ReportWriter(report).write(compared, inputLabels, timings, corpusLine, unlisted, gone);

        Ratchet ratchet = Ratchet.read(MODULE.resolve("agreement-ratchet.properties"));
        System.out.printf(
                Locale.ROOT,
                "oracle harness: agreement on the mutated corpus %s (ratchet %.1f%%, measured %s), "
                        + "%d false alarms (%d unlisted), report in %s, %s s%n",
                mutated.agreementText(),
                ratchet.agreementPercent(),
                Ratchet.roundedDown(mutated.agreement()),
                falseAlarms.size(),
                unlisted.size(),
                report,
                timings.get("total"));

        assertThat(unlisted)
                .as(
                        "podlint errors on documents the oracle accepts (false alarms) that "
                                + "known-false-alarms.txt does not list; fix the rule, or list them there with a reason "
                                + "(see %s)",
                        report.resolve("disagreements.md"))
                .isEmpty();
        assertThat(gone)
                .as("known-false-alarms.txt lists false alarms that no longer occur: delete these lines")
                .isEmpty();
        assertThat(mutated.agreement() * 100)
                .as(
                        "document-verdict agreement on the mutated corpus (%s) fell below the "
                                + "ratchet in agreement-ratchet.properties; see %s",
                        mutated.agreementText(), report.resolve("summary.md"))
                .isGreaterThanOrEqualTo(ratchet.agreementPercent());
    }

    private static long lap(Map<String, String> timings, String step, long since) {
        long now = System.nanoTime();
        timings.put(step, seconds(since, now));
        return now;
    }

    private static String seconds(long from, long to) {
        return String.format(Locale.ROOT, "%.1f", (to - from) / 1e9);
    }
}
