package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.finding.Finding;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code config-data-too-large} on manifests at and around the 1 MiB limit, built in memory (a
 * fixture that size would not belong in the repository). All declarative rules run, so each test
 * also shows which other rules speak.
 */
class ConfigDataTooLargeTest {

    private static final int LIMIT = 1024 * 1024;
    private static final RuleCatalog CATALOG = RuleCatalog.builtIn();
    private static final RuleDefinition[] DECLARATIVE =
            CATALOG.all().stream().filter(r -> r.check().isEmpty()).toArray(RuleDefinition[]::new);
    private static final RuleCheck ALL = RuleChecks.compile(
            CATALOG,
            Set.of(java.util.Arrays.stream(DECLARATIVE).map(RuleDefinition::id).toArray(String[]::new)),
            Set.of());

    /** {@code bytes} random bytes, base64 in a literal block of 76-character lines (line breaks are ignored). */
    private static String base64Block(int bytes, String indent) {
        byte[] raw = new byte[bytes];
        new Random(bytes).nextBytes(raw);
        String encoded = Base64.getMimeEncoder().encodeToString(raw);
        return "|\n" + indent + encoded.replace("\r\n", "\n" + indent) + "\n";
    }

    private static List<Finding> lint(String manifest) {
        return RuleTesting.run(ALL, manifest, DECLARATIVE);
    }

    private static String secretWithData(int decodedBytes) {
        return """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: bundle
                data:
                  small: YWJj
                  bundle.bin: %s""".formatted(base64Block(decodedBytes - 3, "    "));
    }

    @Test
    void aSecretOfExactlyOneMebibyteIsAccepted() {
        assertThat(lint(secretWithData(LIMIT))).isEmpty();
    }

    @Test
    void oneByteMoreIsReportedOnDataWithTheTotalAndTheLimit() {
        List<Finding> findings = lint(secretWithData(LIMIT + 1));
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.ruleId()).isEqualTo("config-data-too-large");
        assertThat(f.path()).isEqualTo("/data");
        assertThat(f.span().line()).isEqualTo(6);
        assertThat(f.message())
                .contains("total 1048577 bytes", "limit of 1048576 bytes")
                .doesNotContain("YWJj");
    }

    @Test
    void secretStringDataCountsItsUtf8BytesAndWinsOverData() {
        // 349526 three-byte characters (1048578 bytes): over the limit as UTF-8, though under it in characters
        String wide = "€".repeat(LIMIT / 3 + 1);
        String onlyStringData = """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: wide
                stringData:
                  text: "%s"
                """.formatted(wide);
        List<Finding> findings = lint(onlyStringData);
        assertThat(findings).extracting(Finding::ruleId).containsExactly("config-data-too-large");
        assertThat(findings.get(0).path()).isEqualTo("/stringData");
        assertThat(findings.get(0).message()).contains("total 1048578 bytes").doesNotContain("€");

        // the big data value is replaced by the small stringData one of the same key
        String replaced = secretWithData(LIMIT + 100) + "stringData:\n  bundle.bin: small\n";
        assertThat(lint(replaced)).isEmpty();
    }

    @Test
    void aSecretThatDoesNotDecodeIsLeftToTheBase64Rule() {
        String manifest = secretWithData(LIMIT + 100).replace("small: YWJj", "small: YWJ");
        assertThat(lint(manifest)).extracting(Finding::ruleId).containsExactly("secret-data-base64");
    }

    @Test
    void aConfigMapAddsDataAndBinaryData() {
        String data = "x".repeat(LIMIT / 2);
        String both = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: assets
                data:
                  page.html: %s
                binaryData:
                  logo.png: %s""".formatted(data, base64Block(LIMIT / 2, "    "));
        assertThat(lint(both)).isEmpty();

        List<Finding> over = lint(both.replace("page.html: x", "page.html: xy"));
        assertThat(over).hasSize(1);
        assertThat(over.get(0).ruleId()).isEqualTo("config-data-too-large");
        // both maps contribute: the finding points at the object's kind
        assertThat(over.get(0).path()).isEqualTo("/kind");
        assertThat(over.get(0).span().line()).isEqualTo(2);
        assertThat(over.get(0).message()).contains("ConfigMap's values total 1048577 bytes");
    }

    @Test
    void aConfigMapWithDataOnlyIsReportedOnData() {
        String manifest = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: assets
                data:
                  a: %s
                  b: %s
                """.formatted("x".repeat(LIMIT / 2), "y".repeat(LIMIT / 2 + 1));
        List<Finding> findings = lint(manifest);
        assertThat(findings).extracting(Finding::path).containsExactly("/data");
        assertThat(findings.get(0).span().line()).isEqualTo(6);
    }

    @Test
    void yamlAliasesCountOnceForEachUse() {
        StringBuilder manifest = new StringBuilder("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: aliased
                data:
                  k0: &chunk %s
                """.formatted("z".repeat(1024)));
        for (int i = 1; i < 1024; i++) {
            manifest.append("  k").append(i).append(": *chunk\n");
        }
        assertThat(lint(manifest.toString())).isEmpty();
        manifest.append("  one-more: *chunk\n");
        assertThat(lint(manifest.toString())).extracting(Finding::ruleId).containsExactly("config-data-too-large");
    }
}
