package dev.podlint.rule;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a declarative rule checks, as its file says: the kinds it applies to (empty: whatever its
 * selectors reach), the selectors, an optional precondition and its assertions. A rule with
 * {@code check: java:NAME} has no spec of this kind; {@code javaCheck} names its Java check.
 *
 * @param file where the rule file is, for error messages
 */
public record RuleSpec(
        String file,
        List<String> kinds,
        List<String> selectors,
        @Nullable Expression when,
        List<Assertion> assertions,
        @Nullable String javaCheck) {

    /**
     * A JEXL text with the line it is written on.
     *
     * @param span   the YAML scalar that holds it
     * @param offset where {@code text} starts in the scalar's value (blanks around it are dropped)
     */
    public record Expression(String text, int line, String field, dev.podlint.source.Span span, int offset) {}

    /**
     * One thing that must hold for every selected node: when {@code when} holds (or is absent),
     * {@code test} must hold, otherwise a finding at {@code pointAt} with {@code message}.
     */
    public record Assertion(
            @Nullable Expression when,
            @Nullable Expression test,
            @Nullable Expression pointAt,
            @Nullable Expression message) {}

    public boolean isJava() {
        return javaCheck != null;
    }
}
