package dev.podlint.rule;

import dev.podlint.rule.select.SelectorRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Builds the declarative rule check of a run: the enabled rules, compiled once. */
public final class RuleChecks {

    private RuleChecks() {}

    /**
     * @param disabled rules switched off by name
     * @param enabled  rules switched on by name (opt-in rules, {@code enabled: false}, run only then)
     */
    public static RuleCheck compile(RuleCatalog catalog, Set<String> enabled, Set<String> disabled) {
        return compile(catalog.all().stream()
                .filter(rule ->
                        enabled.contains(rule.id()) || (rule.enabledByDefault() && !disabled.contains(rule.id())))
                .toList());
    }

    /** The declarative ones of {@code rules} (those with {@code check: java:NAME} are built elsewhere), compiled. */
    public static RuleCheck compile(Collection<RuleDefinition> rules) {
        RuleCompiler compiler = new RuleCompiler(RuleExpressions.create(), SelectorRegistry.defaults());
        List<CompiledRule> compiled = new ArrayList<>();
        for (RuleDefinition rule : rules) {
            RuleSpec spec = new RuleSpecReader(SelectorRegistry.defaults()).read(rule.file(), rule.definition());
            if (!spec.isJava()) {
                compiled.add(compiler.compile(rule));
            }
        }
        return new RuleCheck(compiled);
    }
}
