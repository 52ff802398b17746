package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.finding.Finding;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each built-in declarative rule's examples are tests: the bad one raises exactly that rule (and
 * no other declarative rule), the good one nothing.
 */
class BuiltInRuleExamplesTest {

    private static final RuleCatalog CATALOG = RuleCatalog.builtIn();
    private static final List<RuleDefinition> DECLARATIVE =
            CATALOG.all().stream().filter(r -> r.check().isEmpty()).toList();
    private static final RuleCheck ALL = RuleChecks.compile(
            CATALOG, Set.copyOf(DECLARATIVE.stream().map(RuleDefinition::id).toList()), Set.of());

    @org.junit.jupiter.api.Test
    void theMissionsRulesAreDeclarative() {
        assertThat(DECLARATIVE)
                .extracting(RuleDefinition::id)
                .contains(
                        "secret-data-base64",
                        "config-key-invalid",
                        "secret-type-keys",
                        "downward-api-field",
                        "workload-restart-policy",
                        "liveness-probe-missing",
                        "readiness-probe-missing",
                        "probe-invalid",
                        "probe-port-undeclared",
                        "volume-mount-missing",
                        "projected-volume-invalid",
                        "secret-env-var");
    }

    @TestFactory
    Stream<DynamicTest> badExampleRaisesExactlyItsRule() {
        return DECLARATIVE.stream()
                .map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
                    assertThat(rule.badExample())
                            .as("bad example of " + rule.id())
                            .isNotBlank();
                    List<Finding> findings =
                            RuleTesting.run(ALL, rule.badExample(), DECLARATIVE.toArray(RuleDefinition[]::new));
                    assertThat(findings)
                            .as("findings of the bad example of " + rule.id())
                            .isNotEmpty()
                            .allSatisfy(
                                    f -> assertThat(f.ruleId()).as(f.message()).isEqualTo(rule.id()));
                }));
    }

    @TestFactory
    Stream<DynamicTest> goodExampleRaisesNothing() {
        return DECLARATIVE.stream()
                .map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
                    assertThat(rule.goodExample())
                            .as("good example of " + rule.id())
                            .isNotBlank();
                    List<Finding> findings =
                            RuleTesting.run(ALL, rule.goodExample(), DECLARATIVE.toArray(RuleDefinition[]::new));
                    assertThat(findings)
                            .as("findings of the good example of " + rule.id())
                            .extracting(f -> f.ruleId() + ": " + f.message())
                            .isEmpty();
                }));
    }
}
