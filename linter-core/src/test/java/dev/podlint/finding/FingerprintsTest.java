package dev.podlint.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.source.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintsTest {

    private static final String MANIFEST = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              namespace: apps
            data:
              mode: fast
              mode: slow
            """;

    @TempDir
    Path dir;

    private List<Finding> lint(String folder, String text) throws IOException {
        Path root = Files.createDirectories(dir.resolve(folder));
        Files.writeString(root.resolve("app.yaml"), text);
        return Linter.create(LintOptions.builder().workingDirectory(root).build())
                .lint(List.of("app.yaml"), new ByteArrayInputStream(new byte[0]))
                .findings();
    }

    @Test
    void aFindingMovedThreeLinesDownKeepsItsFingerprint() throws IOException {
        List<Finding> before = lint("before", MANIFEST);
        List<Finding> after = lint("after", "# a comment\n# added above\n\n" + MANIFEST);
        assertThat(before).hasSize(1);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).span().line()).isEqualTo(before.get(0).span().line() + 3);
        assertThat(after.get(0).message()).isNotEqualTo(before.get(0).message()); // it cites the moved first key
        assertThat(Fingerprints.of(after)).isEqualTo(Fingerprints.of(before));
    }

    @Test
    void aFindingMovedIntoAnotherDocumentPositionKeepsItsFingerprint() throws IOException {
        List<Finding> before = lint("before", MANIFEST);
        List<Finding> after =
                lint("after", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n---\n" + MANIFEST);
        assertThat(after.get(0).document()).isEqualTo(1);
        assertThat(Fingerprints.of(after)).isEqualTo(Fingerprints.of(before));
    }

    @Test
    void anotherNodeObjectFileOrRuleChangesIt() throws IOException {
        Finding base = lint("base", MANIFEST).get(0);
        String fingerprint = Fingerprints.of(List.of(base)).get(0);
        Finding otherKey = lint("key", MANIFEST.replace("mode", "tier")).get(0);
        Finding otherObject = lint("object", MANIFEST.replace("name: settings", "name: flags"))
                .get(0);
        Finding otherNamespace = lint("namespace", MANIFEST.replace("namespace: apps", "namespace: ops"))
                .get(0);
        assertThat(otherKey.path()).isNotEqualTo(base.path());
        for (Finding other : List.of(
                otherKey,
                otherObject,
                otherNamespace,
                withFile(base, "elsewhere.yaml"),
                withRule(base, "yaml-syntax"))) {
            assertThat(Fingerprints.of(List.of(other)).get(0))
                    .as(other.toString())
                    .isNotEqualTo(fingerprint);
        }
    }

    @Test
    void repeatedFindingsAreNumberedInReportOrder() {
        Finding first = finding("/data/a", 3);
        Finding again = finding("/data/a", 9);
        List<String> ids = Fingerprints.of(List.of(first, again, finding("/data/b", 12)));
        assertThat(ids.get(0)).endsWith(":1");
        assertThat(ids.get(1))
                .endsWith(":2")
                .startsWith(ids.get(0).substring(0, ids.get(0).length() - 1));
        assertThat(ids.get(2)).endsWith(":1").isNotEqualTo(ids.get(0));
    }

    @Test
    void lineAndColumnNumbersInMessagesAreMaskedOtherNumbersKept() {
        assertThat(Fingerprints.withoutPositions("first defined at line 12 (started at line 3, column 7)"))
                .isEqualTo("first defined at line # (started at line #, column #)");
        assertThat(Fingerprints.withoutPositions("conflicts with presets/a.yaml:14:5"))
                .isEqualTo("conflicts with presets/a.yaml:#");
        assertThat(Fingerprints.withoutPositions("replicas 3 exceeds 2; image nginx:1.27"))
                .isEqualTo("replicas 3 exceeds 2; image nginx:1.27");
    }

    private static Finding finding(String path, int line) {
        return new Finding(
                "duplicate-key",
                Severity.ERROR,
                "duplicate key",
                "a.yaml",
                0,
                "ConfigMap",
                "c",
                null,
                path,
                Span.point(line, 3),
                List.of(),
                null);
    }

    private static Finding withFile(Finding f, String file) {
        return new Finding(
                f.ruleId(),
                f.severity(),
                f.message(),
                file,
                f.document(),
                f.kind(),
                f.name(),
                f.namespace(),
                f.path(),
                f.span(),
                f.related(),
                f.suppression());
    }

    private static Finding withRule(Finding f, String rule) {
        return new Finding(
                rule,
                f.severity(),
                f.message(),
                f.file(),
                f.document(),
                f.kind(),
                f.name(),
                f.namespace(),
                f.path(),
                f.span(),
                f.related(),
                f.suppression());
    }
}
