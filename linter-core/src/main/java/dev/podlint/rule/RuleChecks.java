package dev.podlint.rule;

import dev.podlint.rule.select.SelectorRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.jexl3.JexlEngine;
import org.jspecify.annotations.Nullable;

/** Builds the declarative rule check of a run: the enabled rules, compiled once. */
public final class RuleChecks {

    private RuleChecks() {}

    /**
     * The check of the catalog's rules that are enabled.
     *
     * @param disabled rules switched off by name
     * @param enabled  rules switched on by name (opt-in rules, {@code enabled: false}, run only then)
     */
    public static RuleCheck compile(RuleCatalog catalog, Set<String> enabled, Set<String> disabled) {
        return compile(catalog.all().stream()
                .filter(rule ->
                        enabled.contains(rule.id()) || (rule.enabledByDefault() && !disabled.contains(rule.id())))
                .toList());
    }

    /**
     * The declarative ones of {@code rules} (those with {@code check: java:NAME} are built elsewhere). A
     * user's rule is compiled now, so that a mistake in it is reported before any file is linted; a
     * built-in rule (tests compile every one) when the first document it can reach appears, so that
     * start-up does not grow with the catalog and JEXL is not even started when no rule is needed.
     */
    public static RuleCheck compile(Collection<RuleDefinition> rules) {
        RuleCompiler compiler = new RuleCompiler(new Engine(), SelectorRegistry.defaults());
        List<PendingRule> pending = new ArrayList<>();
        for (RuleDefinition rule : rules) {
            if (rule.builtIn()) {
                PendingRule planned = compiler.pending(rule);
                if (planned != null) {
                    pending.add(planned);
                }
            } else {
                CompiledRule compiled = compiler.compile(rule);
                if (compiled != null) {
                    pending.add(PendingRule.of(compiled));
                }
            }
        }
        return new RuleCheck(pending);
    }

    /**
     * Each declarative rule compiled and checked now, as a user's rule is when it loads (a built-in one
     * otherwise waits for a document it reaches): for the build and {@code podlint rules test}.
     *
     * @return the problem of each rule that has one, by rule id
     */
    public static Map<String, RuleFileException> verify(Collection<RuleDefinition> rules) {
        RuleCompiler compiler = new RuleCompiler(new Engine(), SelectorRegistry.defaults());
        Map<String, RuleFileException> problems = new LinkedHashMap<>();
        for (RuleDefinition rule : rules) {
            try {
                compiler.compile(rule);
            } catch (RuleFileException e) {
                problems.put(rule.id(), e);
            }
        }
        return problems;
    }

    /** The sandboxed engine of a run, made when the first expression is compiled. */
    private static final class Engine implements Supplier<JexlEngine> {
        private @Nullable JexlEngine engine;

        @Override
        public synchronized JexlEngine get() {
            JexlEngine made = engine;
            if (made == null) {
                made = RuleExpressions.create();
                engine = made;
            }
            return made;
        }
    }
}
