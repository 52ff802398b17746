package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every operation of a rule expression is bounded: regular expressions, their subjects, ranges. */
class RegexBudgetTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static String rule(String assertion) {
        return """
                id: test-rule
                severity: warning
                category: test
                summary: a test rule
                select: objects
                assert: "%s"
                """.formatted(assertion);
    }

    private static String configMap(String name) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: '" + name + "'\n  annotations:\n    a: '"
                + "b".repeat(5000) + "'\n";
    }

    @Test
    void patternsThatConsumeNoCharactersCannotBacktrackForever() {
        String empties = "(?:|)".repeat(40) + "z";
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertThat(RuleTesting.run(rule("metadata.name =~ '" + empties + "'"), configMap("")))
                    .hasSize(1);
            assertThat(RuleTesting.run(rule("metadata.name =~ '" + empties + "'"), configMap("a".repeat(40))))
                    .hasSize(1);
        });
    }

    @Test
    void nestedRepetitionsOnALongValueFinish() {
        assertTimeoutPreemptively(
                HANG_GUARD,
                () -> assertThat(RuleTesting.run(
                                rule("metadata.name =~ '^(.*a){20}c$' || metadata.name =~ '(x+x+)+y'"),
                                configMap("a".repeat(60))))
                        .hasSize(1));
    }

    @Test
    void aPatternTooLargeOnceExpandedIsRefused() {
        assertTimeoutPreemptively(
                HANG_GUARD,
                () -> assertThatThrownBy(() ->
                                RuleTesting.run(rule("metadata.name =~ '((a{1000}){1000}){1000}'"), configMap("a")))
                        .isInstanceOf(RuleEvaluationException.class)
                        .hasMessageContaining("too large"));
    }

    @Test
    void quotedTextCannotHideARepetitionFromTheSizeBound() {
        for (String regex :
                new String[] {"(a{1000}\\Q)\\E){1000}", "(?:(?:a{30}){30}){30}", "[a]{1000}(b{100}){300}"}) {
            assertTimeoutPreemptively(
                    HANG_GUARD,
                    () -> assertThatThrownBy(() -> dev.podlint.source.BoundedRegex.compile(regex))
                            .as(regex)
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("too large"));
        }
        assertThat(dev.podlint.source.BoundedRegex.compile("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
                        .matches("web-1"))
                .isTrue();
    }

    @Test
    void aMapOrListIsNotMatchedAgainstAPattern() {
        assertThatThrownBy(() -> RuleTesting.run(rule("metadata.annotations =~ '.*(b|bb)*c'"), configMap("x")))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("matched against a string, not a map");
        assertThat(RuleTesting.run(rule("metadata.name =~ 'x' && 42 =~ '4[0-9]' && true =~ 'tr.e'"), configMap("x")))
                .isEmpty();
    }

    @Test
    void rangesAreBounded() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertThatThrownBy(() -> RuleTesting.run(rule("(1..9e18) =~ (1..9e18)"), configMap("x")))
                    .isInstanceOf(RuleEvaluationException.class)
                    .hasMessageContaining("more than");
            assertThatThrownBy(() -> RuleTesting.run(rule("size(0..9000000000000000000) > 0"), configMap("x")))
                    .isInstanceOf(RuleEvaluationException.class);
            assertThat(RuleTesting.run(rule("3 =~ (1..5)"), configMap("x"))).isEmpty();
        });
    }
}
