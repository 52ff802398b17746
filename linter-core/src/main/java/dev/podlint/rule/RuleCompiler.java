package dev.podlint.rule;

import dev.podlint.rule.select.Selector;
import dev.podlint.rule.select.SelectorRegistry;
import dev.podlint.rule.select.Variables;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.jspecify.annotations.Nullable;

/**
 * Compiles declarative rules once per run: parses every expression and template, and rejects a
 * variable that no selector of the rule provides (a typo would otherwise be silently null).
 */
public final class RuleCompiler {

    private final Supplier<JexlEngine> jexl;
    private final SelectorRegistry selectors;
    private final RuleSpecReader specs;

    public RuleCompiler(JexlEngine jexl, SelectorRegistry selectors) {
        this(() -> jexl, selectors);
    }

    /** @param jexl the engine, asked for when the first expression is compiled */
    RuleCompiler(Supplier<JexlEngine> jexl, SelectorRegistry selectors) {
        this.jexl = jexl;
        this.selectors = selectors;
        this.specs = new RuleSpecReader(selectors);
    }

    /** The rule compiled, or null for a Java rule. Throws {@link RuleFileException} on a broken expression. */
    @Nullable
    CompiledRule compile(RuleDefinition rule) {
        RuleSpec spec = specs.read(rule.file(), rule.definition());
        if (spec.isJava()) {
            return null;
        }
        return compile(rule, spec, selected(rule, spec), false);
    }

    /**
     * The rule with its selectors and kinds checked and its expressions compiled on first use (its
     * templates on first render), or null for a Java rule: for built-in rules, which the build compiles.
     * A broken expression throws {@link RuleFileException} when it is compiled.
     */
    @Nullable
    PendingRule pending(RuleDefinition rule) {
        RuleSpec spec = specs.read(rule.file(), rule.definition());
        if (spec.isJava()) {
            return null;
        }
        List<Selector> selected = selected(rule, spec);
        return new PendingRule(Set.copyOf(spec.kinds()), selected, () -> compile(rule, spec, selected, true));
    }

    private List<Selector> selected(RuleDefinition rule, RuleSpec spec) {
        List<Selector> selected = new ArrayList<>();
        for (String name : spec.selectors()) {
            selected.add(Objects.requireNonNull(selectors.get(name), "the reader accepts known selectors only"));
        }
        for (String kind : spec.kinds()) {
            if (selected.stream()
                    .noneMatch(s -> s.kinds().isEmpty() || s.kinds().contains(kind))) {
                throw new RuleFileException(
                        spec.file(),
                        Objects.requireNonNull(rule.definition().node("kinds"))
                                .span()
                                .line(),
                        "kinds",
                        "the selectors " + spec.selectors() + " select nothing in a " + kind + "; they reach: "
                                + String.join(
                                        ", ",
                                        new java.util.TreeSet<>(selected.get(0).kinds())));
            }
        }
        return List.copyOf(selected);
    }

    /**
     * @param deferTemplates compile {@code message} and {@code pointAt} on first render, and leave
     *                       the fields read from variables unchecked (built-in rules at run time, which
     *                       the build checks); false: everything compiled and checked now
     */
    private CompiledRule compile(RuleDefinition rule, RuleSpec spec, List<Selector> selected, boolean deferTemplates) {
        Set<String> known = new HashSet<>(Variables.COMMON);
        for (Selector selector : selected) {
            known.addAll(selector.variables());
        }
        VariableCheck check = new VariableCheck(rule, spec, known, !deferTemplates);
        List<CompiledRule.CompiledAssertion> assertions = new ArrayList<>();
        for (RuleSpec.Assertion a : spec.assertions()) {
            assertions.add(new CompiledRule.CompiledAssertion(
                    script(spec, a.when(), check, deferTemplates),
                    script(spec, a.test(), check, deferTemplates),
                    template(spec, a.pointAt(), check, deferTemplates),
                    template(spec, a.message(), check, deferTemplates)));
        }
        return new CompiledRule(
                rule,
                Set.copyOf(spec.kinds()),
                selected,
                script(spec, spec.when(), check, deferTemplates),
                List.copyOf(assertions));
    }

    /**
     * @param deferred a built-in rule's: JEXL parses it only when the direct evaluators cannot answer, and
     *                 its variables are not checked again (the build checks them, PendingRuleTest)
     */
    private @Nullable RuleScript script(
            RuleSpec spec, RuleSpec.@Nullable Expression expression, VariableCheck check, boolean deferred) {
        if (expression == null) {
            return null;
        }
        if (deferred) {
            return RuleScript.deferred(expression.text(), () -> parse(spec, expression));
        }
        JexlScript script = parse(spec, expression);
        check.check(expression, script, expression.text(), 0);
        return RuleScript.of(script);
    }

    private JexlScript parse(RuleSpec spec, RuleSpec.Expression expression) {
        try {
            return jexl.get().createScript(RuleExpressions.features(), info(spec, expression), expression.text());
        } catch (JexlException e) {
            throw new RuleFileException(spec.file(), expression.line(), expression.field(), describe(e));
        }
    }

    private @Nullable RuleTemplate template(
            RuleSpec spec, RuleSpec.@Nullable Expression expression, VariableCheck check, boolean deferred) {
        if (expression == null) {
            return null;
        }
        if (deferred) {
            return RuleTemplate.deferred(jexl, info(spec, expression), expression.text());
        }
        RuleTemplate template;
        try {
            template = RuleTemplate.compile(jexl.get(), info(spec, expression), expression.text());
        } catch (RuleTemplate.InvalidTemplate e) {
            throw new RuleFileException(
                    spec.file(), expression.line(), expression.field(), "not a valid rule template: " + e.getMessage());
        }
        for (RuleTemplate.Placeholder placeholder : template.placeholders()) {
            check.check(expression, placeholder.script(), placeholder.text(), placeholder.start());
        }
        return template;
    }

    private static JexlInfo info(RuleSpec spec, RuleSpec.Expression expression) {
        return new JexlInfo(spec.file(), expression.line(), 1);
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "not a valid rule expression: " + message.replaceAll("\\s+", " ");
    }
}
