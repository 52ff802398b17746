package dev.podlint.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.fix.FileFixer;
import dev.podlint.fix.Fix;
import dev.podlint.fix.FixOptions;
import dev.podlint.fix.FixedFile;
import dev.podlint.oracle.mutate.CorpusGenerator;
import dev.podlint.source.Document;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code --fix} against the Kubernetes oracle: the manifests of testdata/, a mutated corpus and the
 * shared corpus are fixed, and every fixed object that podlint then finds no error in must be one
 * the API server accepts.
 */
class FixOracleTest {

    private static final int MUTATED_DOCUMENTS = 2000;

    /** One object that fixes changed: where the fixed copy holds it. */
    private record FixedObject(Path file, String name, int line, int item) {}

    @Test
    void everyFixedObjectWithoutARemainingErrorIsAccepted() throws Exception {
        Path repo = OracleDifferentialTest.repoRoot();
        Oracle oracle = Oracle.locate(repo);
        Path work = repo.resolve("oracle-harness/target/fix-oracle");
        delete(work);
        Path mutated = work.resolve("mutated-corpus");
        CorpusGenerator.bundled().write(mutated, MUTATED_DOCUMENTS, CorpusGenerator.DEFAULT_SEED);
        Map<String, Path> roots = new LinkedHashMap<>();
        roots.put("testdata", repo.resolve("testdata"));
        roots.put("mutated", mutated);
        Path shared = repo.resolve("../shared/corpus").normalize();
        if (Files.isDirectory(shared)) {
            roots.put("shared", shared);
        }

        Path out = work.resolve("fixed");
        List<FixedObject> clean = new ArrayList<>();
        int files = 0;
        int fixes = 0;
        int objects = 0;
        for (Map.Entry<String, Path> root : roots.entrySet()) {
            Linter linter = Linter.create(
                    LintOptions.builder().workingDirectory(root.getValue()).build());
            FileFixer fixer = new FileFixer(linter, FixOptions.DEFAULT);
            for (Path file : manifests(root.getValue())) {
                String name = root.getValue().relativize(file).toString();
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (MalformedInputException e) {
                    continue;
                }
                FixedFile fixed = fixer.fix(name, text);
                if (!fixed.changed()) {
                    continue;
                }
                Path copy = out.resolve(root.getKey()).resolve(name);
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, fixed.fixed(), StandardCharsets.UTF_8);
                files++;
                fixes += fixed.applied().size();
                List<Document> changed = changedObjects(fixed);
                objects += changed.size();
                for (Document d : changed) {
                    if (noErrorLeft(fixed, d)) {
                        clean.add(new FixedObject(
                                copy.toAbsolutePath().normalize(),
                                root.getKey() + "/" + name + "#" + d.index() + d.pointerBase(),
                                d.root().span().line(),
                                d.pointerBase().isEmpty()
                                        ? -1
                                        : Integer.parseInt(d.pointerBase().substring(7))));
                    }
                }
            }
        }
        assertThat(clean).as("fixed objects without a remaining error").isNotEmpty();

        List<OracleObject> verdicts = oracle.start(
                        List.of(out), work.resolve("oracle.jsonl"), work.resolve("oracle.stderr"))
                .objects();
        List<String> rejected = new ArrayList<>();
        int accepted = 0;
        int unsupported = 0;
        for (FixedObject object : clean) {
            OracleObject verdict = verdicts.stream()
                    .filter(v -> v.file().equals(object.file()) && v.item() == object.item() && v.covers(object.line()))
                    .findFirst()
                    .orElse(null);
            if (verdict == null) {
                rejected.add(object.name() + ": the oracle read no such object");
            } else if (!verdict.supported()) {
                unsupported++;
            } else if (verdict.rejected()) {
                rejected.add(object.name() + ": "
                        + verdict.errors().stream()
                                .map(OracleObject.OracleError::describe)
                                .toList());
            } else {
                accepted++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "fix against the oracle: %d files fixed (%d fixes, %d objects changed); %d objects without a"
                        + " remaining error: %d accepted, %d rejected, %d of kinds the oracle does not serve%n",
                files,
                fixes,
                objects,
                clean.size(),
                accepted,
                rejected.size(),
                unsupported);
        assertThat(rejected)
                .as("fixed objects podlint finds no error in that the API server still rejects")
                .isEmpty();
    }

    /** The objects of the fixed text that a fix was made in. */
    private static List<Document> changedObjects(FixedFile fixed) {
        LoadedFile loaded = new ManifestLoader().loadText(fixed.displayPath(), fixed.fixed());
        List<Document> out = new ArrayList<>();
        for (Fix fix : fixed.applied()) {
            Document d = FileFixer.documentOf(loaded, fix.finding());
            if (d != null
                    && out.stream()
                            .noneMatch(o ->
                                    o.index() == d.index() && o.pointerBase().equals(d.pointerBase()))) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean noErrorLeft(FixedFile fixed, Document d) {
        for (Finding f : fixed.remaining()) {
            boolean inObject = f.document() == d.index()
                    && (d.pointerBase().isEmpty()
                            || f.path().equals(d.pointerBase())
                            || f.path().startsWith(d.pointerBase() + "/"));
            if (inObject && f.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> manifests(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
                    .sorted()
                    .toList();
        }
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
