package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.rule.select.SelectorRegistry;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.YamlNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Built-in rules are compiled when a document they reach first appears, users' rules at once: every
 * built-in rule must therefore compile here, where the build sees it.
 */
class PendingRuleTest {

    /** A rule whose assertion does not parse, reaching ConfigMaps only. */
    private static final String BROKEN = """
            id: broken-expression
            severity: error
            category: test
            summary: never compiles
            kinds: [ConfigMap]
            select: objects
            assert: object.data ==
            """;

    private static final String CONFIG_MAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            """;

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              ports:
                - port: 80
            """;

    @Test
    void everyBuiltInRuleCompiles() {
        RuleCompiler compiler = new RuleCompiler(RuleExpressions.create(), SelectorRegistry.defaults());
        List<RuleDefinition> declarative = RuleCatalog.builtIn().all().stream()
                .filter(r -> r.check().isEmpty())
                .toList();
        assertThat(declarative).isNotEmpty();
        for (RuleDefinition rule : declarative) {
            assertThat(compiler.compile(rule)).as(rule.id()).isNotNull();
        }
    }

    /** What a user's rule is checked for when it loads (variables, fields, templates), every built-in rule passes. */
    @Test
    void everyBuiltInRulePassesTheChecksOfAUsersRule() {
        assertThat(RuleChecks.verify(RuleCatalog.builtIn().all()))
                .extractingFromEntries(e -> e.getKey() + ": " + e.getValue().getMessage())
                .isEmpty();
    }

    @Test
    void aBuiltInRuleIsCompiledWhenADocumentItReachesAppears() {
        YamlNode tree = new ManifestLoader()
                .loadText("rules/broken-expression.yaml", BROKEN)
                .documents()
                .get(0)
                .root();
        RuleDefinition rule = new RuleFileReader().readBuiltIn("rules/broken-expression.yaml", BROKEN, tree);
        RuleCheck check = RuleChecks.compile(List.of(rule));

        assertThat(RuleTesting.run(check, SERVICE, rule)).isEmpty();
        assertThatThrownBy(() -> RuleTesting.run(check, CONFIG_MAP, rule))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("not a valid rule expression");
    }

    @Test
    void aUsersRuleIsCompiledAtOnce() {
        RuleDefinition rule = RuleTesting.rule(BROKEN);

        assertThatThrownBy(() -> RuleChecks.compile(List.of(rule)))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("not a valid rule expression");
    }
}
