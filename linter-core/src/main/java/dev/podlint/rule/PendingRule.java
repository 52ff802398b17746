package dev.podlint.rule;

import dev.podlint.rule.select.Selector;
import dev.podlint.util.Once;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A declarative rule whose kinds and selectors are known and whose expressions are compiled when the
 * first document it can reach needs them: once, by whichever thread comes first (the others wait and
 * share it). A run over documents no rule reaches never starts the expression engine.
 */
final class PendingRule {

    private final Set<String> kinds;
    private final List<Selector> selectors;
    private final Once<Ready> ready;

    /** A compiled rule with the expressions {@link SimpleExpression} evaluates in place of JEXL. */
    record Ready(CompiledRule rule, java.util.Map<Object, Object> shortcuts) {}

    PendingRule(Set<String> kinds, List<Selector> selectors, Supplier<CompiledRule> compiler) {
        this.kinds = kinds;
        this.selectors = selectors;
        this.ready = new Once<>(() -> {
            CompiledRule rule = compiler.get();
            return new Ready(rule, RuleCheck.shortcuts(rule));
        });
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
        return ready.get();
    }
}
