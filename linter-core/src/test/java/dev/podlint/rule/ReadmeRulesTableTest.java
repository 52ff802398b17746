package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.fixtures.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README's rules table is generated from the rule files: this test fails when they disagree and
 * prints the table to paste; with {@code -Dpodlint.updateReadme=true} it rewrites the table itself.
 */
class ReadmeRulesTableTest {

    private static final String START =
            "<!-- rules-table:start (generated from rules/*.yaml by ReadmeRulesTableTest) -->";
    private static final String END = "<!-- rules-table:end -->";

    static String table(RuleCatalog catalog) {
        StringBuilder sb = new StringBuilder("| id | severity | what | how to fix |\n|---|---|---|---|\n");
        for (RuleDefinition rule : catalog.all()) {
            String fix = rule.fix().isEmpty() ? "see `podlint explain " + rule.id() + "`" : rule.fix();
            sb.append("| `")
                    .append(rule.id())
                    .append("` | ")
                    .append(rule.severity().label())
                    .append(rule.enabledByDefault() ? "" : " (opt-in)")
                    .append(" | ")
                    .append(cell(rule.summary()))
                    .append(" | ")
                    .append(cell(fix))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String text) {
        return text.strip().replace("|", "\\|").replace("\n", " ");
    }

    @Test
    void theReadmeTableMatchesTheRuleFiles() throws IOException {
        Path readme = TestPaths.repoRoot().resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("README.md has the marker " + START).isNotNegative();
        assertThat(end).as("README.md has the marker " + END).isGreaterThan(start);
        String expected = table(RuleCatalog.builtIn());
        String actual = text.substring(start + START.length(), end).strip() + "\n";
        if (!actual.equals(expected) && Boolean.getBoolean("podlint.updateReadme")) {
            Files.writeString(
                    readme,
                    text.substring(0, start + START.length()) + "\n" + expected + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual)
                .as("README.md's rules table (regenerate with -Dpodlint.updateReadme=true)")
                .isEqualTo(expected);
    }
}
