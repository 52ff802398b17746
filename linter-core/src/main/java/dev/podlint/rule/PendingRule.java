package dev.podlint.rule;

import dev.podlint.rule.select.Selector;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A declarative rule whose kinds and selectors are known and whose expressions are compiled when the
 * first document it can reach needs them: once, by whichever thread comes first (the others wait and
 * share it). A run over documents no rule reaches never starts the expression engine.
 */
final class PendingRule {

    private final Set<String> kinds;
    private final List<Selector> selectors;
    private final Supplier<CompiledRule> compiler;
    private volatile @Nullable Ready ready;

    /** A compiled rule with the expressions {@link SimpleExpression} evaluates in place of JEXL. */
    record Ready(CompiledRule rule, java.util.Map<Object, Object> shortcuts) {}

    PendingRule(Set<String> kinds, List<Selector> selectors, Supplier<CompiledRule> compiler) {
        this.kinds = kinds;
        this.selectors = selectors;
        this.compiler = compiler;
    }

    static PendingRule of(CompiledRule rule) {
        PendingRule pending = new PendingRule(rule.kinds(), rule.selectors(), () -> rule);
        pending.ready();
        return pending;
    }

    /** Whether the rule can select anything in a document of this kind (nothing compiled to know it). */
    boolean appliesTo(String kind) {
        return CompiledRule.appliesTo(kinds, selectors, kind);
    }

    Ready ready() {
        Ready result = ready;
        if (result == null) {
            synchronized (this) {
                result = ready;
                if (result == null) {
                    CompiledRule rule = compiler.get();
                    result = new Ready(rule, RuleCheck.shortcuts(rule));
                    ready = result;
                }
            }
        }
        return result;
    }
}
