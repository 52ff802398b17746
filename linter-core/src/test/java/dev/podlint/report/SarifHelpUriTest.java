package dev.podlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.fixtures.TestPaths;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.rule.RuleFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SARIF helpUri: a link only to a page that exists, never a made-up one. */
class SarifHelpUriTest {

    private static List<JsonNode> rules(String sarif) {
        return JsonMapper.builder()
                .build()
                .readTree(sarif)
                .path("runs")
                .path(0)
                .path("tool")
                .path("driver")
                .path("rules")
                .values()
                .stream()
                .toList();
    }

    @Test
    void builtInRulesHaveNoHelpUriUnlessTheDocumentationIsNamed() throws IOException {
        List<JsonNode> rules = rules(SarifSamples.sarif(SarifSamples.everyFeature(), TestPaths.repoRoot()));
        assertThat(rules).isNotEmpty();
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.has("helpUri")).isFalse();
            assertThat(rule.path("help").path("markdown").asString()).doesNotContain("](");
        });
    }

    @Test
    void builtInRulesPointAtTheirPageInTheNamedRulesFolder() throws IOException {
        List<JsonNode> rules = rules(SarifSamples.sarif(
                SarifSamples.everyFeature(), TestPaths.repoRoot(), "https://example.org/podlint/blob/v1/rules"));
        assertThat(rules).allSatisfy(rule -> {
            String id = rule.path("id").asString();
            assertThat(rule.path("helpUri").asString())
                    .isEqualTo("https://example.org/podlint/blob/v1/rules/" + id + ".md");
            assertThat(TestPaths.repoRoot().resolve("rules/" + id + ".md"))
                    .as("the page exists")
                    .isRegularFile();
        });
    }

    @Test
    void aUserRuleLinksOnlyToThePageItsFileNames() {
        String rule = """
                id: team-label
                severity: warning
                category: metadata
                summary: An object without a team label
                select: objects
                assert: metadata.labels.team != null
                message: "no team label"
                """;
        RuleDefinition without = new RuleFileReader()
                .read("policy/team-label.yaml", rule.getBytes(StandardCharsets.UTF_8), "policy/team-label.yaml");
        assertThat(without.helpUri("https://example.org/rules/")).isNull();
        assertThat(without.docsPage()).isNull();
        RuleDefinition with = new RuleFileReader()
                .read(
                        "policy/team-label.yaml",
                        (rule + "helpUri: https://wiki.example.org/k8s/team-label\n").getBytes(StandardCharsets.UTF_8),
                        "policy/team-label.yaml");
        assertThat(with.helpUri(null)).isEqualTo("https://wiki.example.org/k8s/team-label");
    }
}
