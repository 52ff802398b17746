package dev.podlint.rule;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the direct evaluators make of each expression text ({@link SimpleExpression}, else
 * {@link DirectExpression}, else nothing: JEXL's), parsed once per JVM. The parsed forms hold no run
 * state, so every run and every rule with the same text shares them.
 */
final class ExpressionShortcuts {

    private static final Object NONE = new Object();
    private static final Map<String, Object> PARSED = new ConcurrentHashMap<>();

    private ExpressionShortcuts() {}

    /** A {@link SimpleExpression}, a {@link DirectExpression}, or null when only JEXL can read the text. */
    static @Nullable Object of(String text) {
        Object parsed = PARSED.computeIfAbsent(text, ExpressionShortcuts::parse);
        return parsed == NONE ? null : parsed;
    }

    /** Parses the {@code when} and {@code assert} expressions of these rules now (Java rules have none). */
    static void prefetch(Collection<RuleDefinition> rules, RuleSpecReader specs) {
        for (RuleDefinition rule : rules) {
            RuleSpec spec = specs.read(rule.file(), rule.definition());
            if (spec.when() != null) {
                of(spec.when().text());
            }
            for (RuleSpec.Assertion assertion : spec.assertions()) {
                if (assertion.when() != null) {
                    of(assertion.when().text());
                }
                if (assertion.test() != null) {
                    of(assertion.test().text());
                }
            }
        }
    }

    private static Object parse(String text) {
        Object simple = SimpleExpression.of(text);
        if (simple != null) {
            return simple;
        }
        Object direct = DirectExpression.of(text);
        return direct != null ? direct : NONE;
    }
}
