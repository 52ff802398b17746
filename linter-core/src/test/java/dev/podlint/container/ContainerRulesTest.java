package dev.podlint.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import org.junit.jupiter.api.Test;

/** The rule files of the container check name it, and it reports no rule without a file. */
class ContainerRulesTest {

    @Test
    void everyRuleOfTheCheckHasARuleFileNamingIt() {
        assertThat(RuleCatalog.builtIn().all().stream()
                        .filter(r -> r.check().equals("java:containers"))
                        .map(RuleDefinition::id))
                .containsExactlyInAnyOrderElementsOf(ContainerCheck.RULES);
    }

    @Test
    void findingsCarryTheRulesSeverityAndPointAtTheNode() {
        var findings = ContainerChecking.lint(36, """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      resources:
                        requests: {cpu: 6}
                        limits: {cpu: 5}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("resources-invalid");
            assertThat(f.severity().label()).isEqualTo("error");
            assertThat(f.path()).isEqualTo("/spec/containers/0/resources/requests/cpu");
            assertThat(f.span().line()).isEqualTo(10);
            assertThat(f.message())
                    .isEqualTo("spec.containers[0].resources.requests: Invalid value: 6: must be less"
                            + " than or equal to cpu limit of 5; lower the request or raise the limit");
        });
    }
}
