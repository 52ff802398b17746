package dev.podlint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.finding.Finding;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples of the schema rules: the bad one raises exactly its rule, the good one nothing. */
class SchemaRuleExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"schema", "unknown-kind", "removed-api"})
    void examplesAreRight(String id) {
        RuleDefinition rule = RuleCatalog.builtIn().get(id);
        assertThat(rule.check()).isEqualTo("java:schema");
        assertThat(SchemaLint.lint(rule.badExample()))
                .extracting(Finding::ruleId)
                .containsExactly(id);
        assertThat(SchemaLint.lint(rule.goodExample())).isEmpty();
    }
}
