package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.config.LintOptions;
import dev.podlint.config.UsageException;
import dev.podlint.finding.Severity;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.MappingNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The {@code options} of a rule file's examples and tests: keys of {@code .podlint.yaml}. */
class RuleCaseOptionsTest {

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = RuleCaseOptionsTest.class.getResourceAsStream("/dev/podlint/schemas/podlint/" + name)) {
            return new ObjectMapper().readTree(Objects.requireNonNull(in, name));
        }
    }

    private static RuleDefinition rule(String options) {
        MappingNode root = (MappingNode) new ManifestLoader()
                .loadText("rules/x.yaml", "examples:\n  options:\n" + options.indent(4))
                .documents()
                .get(0)
                .root();
        return new RuleDefinition("x", Severity.ERROR, "c", "s", "", "", "", "", "rules/x.yaml", root);
    }

    @Test
    void theRuleFormatsOptionsAreConfigFileKeysAsTheConfigFormatDefinesThem() throws IOException {
        JsonNode rule = schema("rule.schema.json");
        JsonNode config = schema("config.schema.json");
        JsonNode options = rule.at("/definitions/caseOptions/properties");

        assertThat(options.propertyNames()).containsExactlyInAnyOrder("kubernetesVersion", "skipKinds", "rejectKinds");
        for (String key : options.propertyNames()) {
            assertThat(options.get(key)).as(key).isEqualTo(config.at("/properties/" + key));
        }
        assertThat(rule.at("/definitions/kind")).isEqualTo(config.at("/definitions/kind"));
        assertThat(rule.at("/properties/examples/properties/options/$ref").asString())
                .isEqualTo("#/definitions/caseOptions");
        assertThat(rule.at("/properties/tests/items/properties/options/$ref").asString())
                .isEqualTo("#/definitions/caseOptions");
    }

    @Test
    void kindRejectedsExamplesRejectWhatTheirOptionsSay() {
        RuleCaseOptions options = RuleCaseOptions.ofExamples(
                Objects.requireNonNull(RuleCatalog.builtIn().get("kind-rejected")));

        assertThat(options.yaml()).isEqualTo("rejectKinds: [v1/ReplicationController]\n");
        assertThat(options.applyTo(LintOptions.builder()).build().kinds().reject())
                .containsExactly("v1/ReplicationController");
    }

    @Test
    void theyAreReadAsTheConfigFileIsAndShownAsWritten() {
        RuleCaseOptions options = RuleCaseOptions.ofExamples(rule("""
                kubernetesVersion: "1.30"
                skipKinds: [Secret, "apps/v1/Deployment"]
                """));

        assertThat(options.yaml()).isEqualTo("kubernetesVersion: \"1.30\"\nskipKinds: [Secret, apps/v1/Deployment]\n");
        LintOptions built = options.applyTo(LintOptions.builder()).build();
        assertThat(built.schema().kubernetesVersion()).isEqualTo("1.30");
        assertThat(built.kinds().skip()).containsExactlyInAnyOrder("Secret", "apps/v1/Deployment");
    }

    @Test
    void noneOrAnEmptyMappingAddsNothing() {
        assertThat(RuleCaseOptions.ofExamples(rule("{}")).isEmpty()).isTrue();
        assertThat(RuleCaseOptions.NONE.yaml()).isEmpty();
        assertThat(RuleCaseOptions.ofExamples(
                                Objects.requireNonNull(RuleCatalog.builtIn().get("duplicate-key")))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void aMistakeNamesTheRuleFileAndLine() {
        assertThatThrownBy(() -> RuleCaseOptions.ofExamples(rule("rejectKinds: [\"a b\"]")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("rules/x.yaml:3:19: field 'rejectKinds[0]': must be one Kind");
    }
}
