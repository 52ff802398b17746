package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile rule files: what an assertion may not do, a message or pointAt template may not do either. */
class RuleSandboxTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
                note: hello
            spec:
              containers:
                - name: app
                  image: nginx
            """;

    private static String rule(String field, String template) {
        return """
                id: test-rule
                severity: warning
                category: test
                summary: a test rule
                select: containers
                assert: "false"
                """ + field + ": '" + template.replace("'", "''") + "'\n";
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${(() -> { while (true) {} })()}",
                "${(() -> 1)()}",
                "${container.name.length()}",
                "${container.toString()}",
                "${new('java.lang.String', 'x')}",
                "${x = 1}",
                "${var s = 'a'; s}",
                "${for (c : container) { }}",
                "#{(x) -> x}",
                "text ${container.name} ${container.image.getBytes()} more",
                "${container.name",
                "${}",
                "${`${(() -> 1)()}`}",
                "${`${container.name.length()}`}",
            })
    void templatesAreHeldToTheAssertionSandboxWhenTheRuleFileIsRead(String template) {
        for (String field : new String[] {"message", "pointAt"}) {
            assertTimeoutPreemptively(
                    HANG_GUARD,
                    () -> assertThatThrownBy(() -> RuleTesting.run(rule(field, template), POD))
                            .isInstanceOf(RuleFileException.class)
                            .hasMessageStartingWith("test-rule.yaml:7: field '" + field + "'"));
        }
    }

    @Test
    void templatesStillRenderPlaceholdersAndEscapes() {
        assertThat(RuleTesting.run(
                        rule(
                                "message",
                                "c ${container.name} is ${containerType == 'init' ? 'init' : 'main'}, \\${literal} {braces} #{'x' + '}'}"),
                        POD))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("c app is main, ${literal} {braces} x}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"getClass()", "hashCode()", "toString()", "wait()", "notify()", "equals(kind)"})
    void namespacesExposeOnlyTheFunctionsTheyDeclare(String call) {
        for (String namespace : RuleExpressions.namespaces().keySet()) {
            assertThatThrownBy(() -> RuleTesting.run("""
                    id: test-rule
                    severity: warning
                    category: test
                    summary: a test rule
                    select: objects
                    assert: "%s:%s != null"
                    """.formatted(namespace, call), POD))
                    .as(namespace + ":" + call)
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void aDocumentedFunctionStillRuns() {
        assertThat(RuleTesting.run("""
                id: test-rule
                severity: warning
                category: test
                summary: a test rule
                select: objects
                assert: "base64:valid('aGVsbG8=') && labels:dns1123Label('web')"
                """, POD)).isEmpty();
    }
}
