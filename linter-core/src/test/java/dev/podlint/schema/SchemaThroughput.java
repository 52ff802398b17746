package dev.podlint.schema;

import dev.podlint.Linter;
import dev.podlint.check.FindingSink;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.source.Document;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures, in one JVM, the throughput of parsing alone, of the schema stage alone (tree conversion +
 * validation + messages) and of a whole lint, over a folder of manifests (e.g. 10,000 documents from
 * ../shared/tools/gen-corpus.sh). Not a test: run it by hand, see README "Schema checks".
 *
 * <pre>java -cp ... dev.podlint.schema.SchemaThroughput /tmp/synth10k [rounds]</pre>
 */
public final class SchemaThroughput {

    private SchemaThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/synth10k");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        }
        List<byte[]> contents = new ArrayList<>();
        for (Path file : files) {
            contents.add(Files.readAllBytes(file));
        }
        ManifestLoader loader = new ManifestLoader();
        SchemaCheck check = new SchemaCheck(KindSchemas.create(null, List.of()), false);
        FindingSink discard = new FindingSink() {
            @Override
            public void report(String ruleId, Document document, String pointer, Span span, String message) {
            }

            @Override
            public void add(Finding finding) {
            }
        };
        Linter linter = Linter.create(LintOptions.builder().workingDirectory(folder).build());
        for (int round = 0; round <= rounds; round++) {
            String label = round == 0 ? "warm-up " : "round " + round;
            long t0 = System.nanoTime();
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < contents.size(); i++) {
                LoadedFile loaded = loader.load(files.get(i).toString(), contents.get(i));
                documents.addAll(loaded.documents());
            }
            long t1 = System.nanoTime();
            for (Document document : documents) {
                check.check(document, discard);
            }
            long t2 = System.nanoTime();
            linter.lint(List.of(folder.toString()), new ByteArrayInputStream(new byte[0]));
            long t3 = System.nanoTime();
            System.out.printf("%s: %d documents; 1 thread: parse %.0f docs/s, schema stage %.0f docs/s"
                            + " (parse+schema = %.2fx parse); whole lint (parallel, %d cores) %.0f docs/s%n",
                    label, documents.size(), rate(documents.size(), t1 - t0), rate(documents.size(), t2 - t1),
                    (double) (t2 - t0) / (t1 - t0), Runtime.getRuntime().availableProcessors(),
                    rate(documents.size(), t3 - t2));
        }
    }

    private static double rate(int documents, long nanos) {
        return documents / (nanos / 1e9);
    }
}
