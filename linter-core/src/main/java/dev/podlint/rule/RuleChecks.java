package dev.podlint.rule;

import dev.podlint.rule.select.SelectorRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the declarative rule check of a run: the enabled rules of the catalog, compiled once. */
public final class RuleChecks {

    private RuleChecks() {
    }

    /**
     * @param disabled rules switched off by name
     * @param enabled  rules switched on by name (opt-in rules, {@code enabled: false}, run only then)
     */
    public static RuleCheck compile(RuleCatalog catalog, Set<String> enabled, Set<String> disabled) {
        RuleCompiler compiler = new RuleCompiler(RuleExpressions.create(), SelectorRegistry.defaults());
        List<CompiledRule> compiled = new ArrayList<>();
        for (RuleDefinition rule : catalog.all()) {
            RuleSpec spec = new RuleSpecReader(SelectorRegistry.defaults()).read(rule.file(), rule.definition());
            if (spec.isJava()) {
                continue; // built by JavaChecks
            }
            if (enabled(rule, enabled, disabled)) {
                compiled.add(compiler.compile(rule));
            }
        }
        return new RuleCheck(compiled);
    }

    /** Whether a rule runs: enabled by name, or on by default and not disabled. */
    public static boolean enabled(RuleDefinition rule, Set<String> enabled, Set<String> disabled) {
        return enabled.contains(rule.id()) || (rule.enabledByDefault() && !disabled.contains(rule.id()));
    }
}
