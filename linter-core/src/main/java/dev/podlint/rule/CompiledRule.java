package dev.podlint.rule;

import dev.podlint.rule.select.Selector;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A declarative rule ready to run: its selectors, precondition and assertions compiled once.
 *
 * @param kinds the kinds it applies to; empty for every kind its selectors reach
 */
record CompiledRule(
        RuleDefinition definition,
        Set<String> kinds,
        List<Selector> selectors,
        @Nullable RuleScript when,
        List<CompiledAssertion> assertions) {

    /** One assertion: {@code pointAt} and {@code message} are templates, null when absent. */
    record CompiledAssertion(
            @Nullable RuleScript when,
            @Nullable RuleScript test,
            @Nullable RuleTemplate pointAt,
            @Nullable RuleTemplate message) {}

    boolean appliesTo(String kind) {
        return appliesTo(kinds, selectors, kind);
    }

    static boolean appliesTo(Set<String> kinds, List<Selector> selectors, String kind) {
        if (!kinds.isEmpty()) {
            return kinds.contains(kind);
        }
        for (Selector selector : selectors) {
            if (selector.kinds().isEmpty() || selector.kinds().contains(kind)) {
                return true;
            }
        }
        return false;
    }
}
