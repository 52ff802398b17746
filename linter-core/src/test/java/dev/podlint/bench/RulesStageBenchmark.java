package dev.podlint.bench;

import dev.podlint.check.FindingSink;
import dev.podlint.finding.Finding;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleCheck;
import dev.podlint.rule.RuleChecks;
import dev.podlint.source.Document;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Measures, in one JVM, the declarative rules stage against parsing alone on a folder of
 * manifests (single thread, after warm-up rounds). Not a test: run it by hand, e.g.
 * <pre>
 * /work/shared/tools/gen-corpus.sh -n 10000 -o /tmp/synth10k-rules
 * mvn -q -o test-compile -pl linter-core
 * java -cp linter-core/target/test-classes:linter-core/target/classes:$(deps) dev.podlint.bench.RulesStageBenchmark /tmp/synth10k-rules
 * </pre>
 */
public final class RulesStageBenchmark {

    private RulesStageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/synth10k-rules");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> files;
        try (Stream<Path> list = Files.walk(folder)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<byte[]> contents = new ArrayList<>();
        for (Path file : files) {
            contents.add(Files.readAllBytes(file));
        }
        RuleCatalog catalog = RuleCatalog.builtIn();
        long compileStart = System.nanoTime();
        RuleCheck rules = RuleChecks.compile(catalog, Set.of(), Set.of());
        long compileNanos = System.nanoTime() - compileStart;
        ManifestLoader loader = new ManifestLoader();
        AtomicLong findings = new AtomicLong();
        FindingSink sink = new FindingSink() {
            @Override
            public void report(String ruleId, Document document, String relativePointer, Span span, String message) {
                findings.incrementAndGet();
            }

            @Override
            public void add(Finding finding) {
                findings.incrementAndGet();
            }
        };
        System.out.printf("%d files, %d rules compiled in %.1f ms%n", files.size(), rules.size(), compileNanos / 1e6);
        for (int round = 1; round <= rounds; round++) {
            long parseNanos = 0;
            long ruleNanos = 0;
            int documents = 0;
            findings.set(0);
            for (int i = 0; i < files.size(); i++) {
                long t0 = System.nanoTime();
                LoadedFile loaded = loader.load(files.get(i).toString(), contents.get(i));
                long t1 = System.nanoTime();
                for (Document document : loaded.documents()) {
                    rules.check(document, sink);
                }
                long t2 = System.nanoTime();
                parseNanos += t1 - t0;
                ruleNanos += t2 - t1;
                documents += loaded.documents().size();
            }
            System.out.printf("round %d: %d documents, parse %.0f ms, rules %.0f ms (%.0f%% of parse, %.1f us/document), "
                    + "%d findings%n", round, documents, parseNanos / 1e6, ruleNanos / 1e6,
                    100.0 * ruleNanos / parseNanos, ruleNanos / 1e3 / documents, findings.get());
        }
    }
}
