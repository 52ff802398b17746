package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.rule.select.SelectorRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.jexl3.JexlEngine;
import org.junit.jupiter.api.Test;

/**
 * A rule that names a variable its selectors do not provide, or a field its variable's Kubernetes
 * type has in no version, is a usage error when it loads, naming file, line and column.
 */
class RuleVariableCheckTest {

    private static String rule(String body) {
        return """
                id: test-rule
                severity: warning
                category: test
                summary: a test rule
                select: containers
                """ + body;
    }

    private static void compile(String yaml) {
        RuleChecks.compile(List.of(RuleTesting.rule(yaml)));
    }

    @Test
    void anUnknownVariableInAnExpressionNamesLineColumnTheOfferedVariablesAndTheClosest() {
        assertThatThrownBy(() -> compile(rule("assert: containerType == 'init' || contaner.image != null\n")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("test-rule.yaml:6:36: field 'assert': unknown variable 'contaner'")
                .hasMessageContaining("(did you mean 'container'?)")
                .hasMessageContaining(
                        "the selectors [containers] provide: apiVersion, container, containerType, kind,");
    }

    @Test
    void anUnknownVariableInAMessagePlaceholderIsFoundWhereItIsWritten() {
        assertThatThrownBy(
                        () -> compile(
                                rule(
                                        "assert: container.image != null\nmessage: \"container '${podSpec.hostname}' of ${workloadKnd}\"\n")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("test-rule.yaml:7:48: field 'message': unknown variable 'workloadKnd'")
                .hasMessageContaining("(did you mean 'workloadKind'?)");
    }

    @Test
    void aFieldTheVariablesTypeLacksInEveryVersionIsAnError() {
        assertThatThrownBy(() -> compile(rule("assert: container.nme != null\n")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("test-rule.yaml:6:19: field 'assert': 'container.nme': no bundled Kubernetes"
                        + " version has a field 'nme' there (container is a Container or EphemeralContainer)"
                        + " (did you mean 'name'?); the fields there: args, command,");
        assertThatThrownBy(() -> compile(rule("""
                assert: >-
                  container.image != null
                  && container.resources.limit != null
                """)))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("test-rule.yaml:8:26: field 'assert': 'container.resources.limit':")
                .hasMessageContaining("(did you mean 'limits'?); the fields there: claims, limits, requests");
    }

    @Test
    void mapsFieldsOfSomeVersionsBracketsAndUntypedVariablesAreNotChecked() {
        assertThatCode(() -> compile(rule("""
                assert: >-
                  metadata.labels.app != null && podMetadata.annotations.x != null
                  && container.resources.limits.memory != null && container.targetContainerName == null
                  && container['newField'] == null && container.ports.0 != null && object.spec.whatever == null
                  && container.restartPolicyRules == null
                message: "${container.securityContext.privileged} ${podSpec.hostUsers}"
                """))).doesNotThrowAnyException();
    }

    @Test
    void anUnquotedExpressionStartingWithAnExclamationMarkIsATagAndSaysSo() {
        assertThatThrownBy(() -> RuleTesting.rule(rule("assert: !container.privileged\n")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith(
                        "test-rule.yaml:6:9: field 'assert': starts with '!', which YAML reads as a tag")
                .hasMessageContaining("quote it");
        assertThatThrownBy(() -> RuleTesting.rule(rule("assertions:\n  - assert: !container.privileged\n")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("field 'assertions[0].assert': starts with '!'");
        assertThatCode(() -> RuleTesting.rule(rule("assert: \"!container.privileged\"\n")))
                .doesNotThrowAnyException();
        assertThatCode(() -> RuleTesting.rule(rule("assert: !!str container.privileged != true\n")))
                .doesNotThrowAnyException();
    }

    @Test
    void theReferencesFoundInTheParseTreeAreTheVariablesJexlReports() {
        JexlEngine jexl = RuleExpressions.create();
        List<String> texts = new ArrayList<>();
        for (RuleDefinition rule : RuleCatalog.builtIn().all()) {
            if (!rule.check().isEmpty()) {
                continue;
            }
            RuleSpec spec = new RuleSpecReader(SelectorRegistry.defaults()).read(rule.file(), rule.definition());
            for (RuleSpec.Assertion a : spec.assertions()) {
                for (RuleSpec.Expression e : new RuleSpec.Expression[] {a.when(), a.test(), spec.when()}) {
                    if (e != null) {
                        texts.add(e.text());
                    }
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(100);
        for (String text : texts) {
            Set<String> fromJexl = new HashSet<>();
            jexl.createScript(RuleExpressions.features(), null, text)
                    .getVariables()
                    .forEach(v -> fromJexl.add(v.get(0)));
            Set<String> fromTree = new HashSet<>();
            VariableReferences.of(text).forEach(r -> fromTree.add(r.path().get(0)));
            assertThat(fromTree).as(text).isEqualTo(fromJexl);
        }
    }
}
