package dev.podlint.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.report.sarif.Sarif.Message;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** A rule's SARIF help shows the settings its examples are linted with, before the examples. */
class SarifRulesTest {

    private static Message help(String id) {
        RuleDefinition rule = Objects.requireNonNull(RuleCatalog.builtIn().get(id));
        return SarifRules.descriptor(rule, null).help();
    }

    @Test
    void theExamplesOptionsPrecedeTheExamples() {
        Message help = help("kind-rejected");
        assertThat(help.text())
                .contains("The examples are linted with these settings of .podlint.yaml:\n\n"
                        + "    rejectKinds: [v1/ReplicationController]\n\nBreaks the rule:");
        assertThat(help.markdown())
                .contains("The examples are linted with these settings of .podlint.yaml:\n\n"
                        + "```yaml\nrejectKinds: [v1/ReplicationController]\n```\n\n**Breaks the rule:**");
    }

    @Test
    void examplesWithoutOptionsSayNothingOfThem() {
        assertThat(help("duplicate-key").text()).doesNotContain(".podlint.yaml");
    }
}
