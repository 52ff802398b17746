package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.fixtures.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each built-in rule has its documentation page rules/ID.md (the help URI of reports and SARIF),
 * generated from its rule file; {@code -Dpodlint.updateDocs=true} rewrites the pages.
 */
class RuleDocsTest {

    static String page(RuleDefinition rule) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(rule.id()).append("\n\n");
        sb.append("<!-- generated from ").append(rule.id()).append(".yaml by RuleDocsTest; edit the rule file -->\n\n");
        sb.append("**Severity:** ")
                .append(rule.severity().label())
                .append(rule.enabledByDefault() ? "" : " (opt-in: enable it with `--enable " + rule.id() + "`)")
                .append(" · **Category:** ")
                .append(rule.category())
                .append("\n\n");
        sb.append(rule.summary().strip()).append(".\n\n");
        if (!rule.help().isBlank()) {
            sb.append(rule.help().strip()).append("\n\n");
        }
        if (!rule.fix().isEmpty()) {
            sb.append("**How to fix:** ").append(rule.fix()).append(".\n\n");
        }
        RuleCaseOptions options = RuleCaseOptions.ofExamples(rule);
        if (!options.isEmpty()) {
            sb.append("The examples are linted with these settings of `.podlint.yaml`:\n\n```yaml\n")
                    .append(options.yaml())
                    .append("```\n\n");
        }
        if (!rule.badExample().isBlank()) {
            sb.append("## Bad\n\n```yaml\n")
                    .append(rule.badExample().stripTrailing())
                    .append("\n```\n\n");
        }
        if (!rule.goodExample().isBlank()) {
            sb.append("## Good\n\n```yaml\n")
                    .append(rule.goodExample().stripTrailing())
                    .append("\n```\n\n");
        }
        sb.append("Silence it for one object with the annotation `podlint.dev/ignore: \"")
                .append(rule.id())
                .append(" # reason\"`, or everywhere with `--disable ")
                .append(rule.id())
                .append("`.\n");
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltInRuleHasItsPage() {
        return RuleCatalog.builtIn().all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
                    Path file = TestPaths.repoRoot().resolve("rules").resolve(rule.id() + ".md");
                    String expected = page(rule);
                    String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
                    if (!actual.equals(expected) && Boolean.getBoolean("podlint.updateDocs")) {
                        write(file, expected);
                        return;
                    }
                    assertThat(actual)
                            .as(file + " (regenerate with -Dpodlint.updateDocs=true)")
                            .isEqualTo(expected);
                }));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
