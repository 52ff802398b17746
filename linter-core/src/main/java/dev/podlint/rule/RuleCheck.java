package dev.podlint.rule;

import dev.podlint.check.DocumentCheck;
import dev.podlint.check.FindingSink;
import dev.podlint.rule.select.Selection;
import dev.podlint.rule.select.SelectionCache;
import dev.podlint.rule.select.Selector;
import dev.podlint.source.Document;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs the declarative rules on each document: the rules for its kind, each selector once. A rule
 * that fails on a document does not stop the others; the failures are raised together at the end,
 * naming rule, document and node, and the linter reports them as an internal error.
 */
public final class RuleCheck implements DocumentCheck {

    /** Messages never see a Secret's value. */
    private static final Set<String> HIDDEN_FROM_MESSAGES = Set.of("value");

    private final List<PendingRule> rules;
    private final Map<String, List<PendingRule>> byKind = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param rules compiled now or when a document they reach first appears */
    RuleCheck(List<PendingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A check of rules compiled already. */
    static RuleCheck of(List<CompiledRule> rules) {
        return new RuleCheck(rules.stream().map(PendingRule::of).toList());
    }

    /** The templates of a rule that {@link SimpleExpression} renders; read-only once made. */
    static Map<Object, Object> shortcuts(CompiledRule rule) {
        @SuppressWarnings("IdentityHashMapUsage") // keyed by the template object
        Map<Object, Object> shortcuts = new IdentityHashMap<>();
        for (CompiledRule.CompiledAssertion assertion : rule.assertions()) {
            addShortcut(shortcuts, assertion.pointAt());
            addShortcut(shortcuts, assertion.message());
        }
        return shortcuts;
    }

    private static void addShortcut(Map<Object, Object> shortcuts, @Nullable RuleTemplate template) {
        SimpleExpression.Template simple = template == null ? null : SimpleExpression.template(template.source());
        if (simple != null) {
            shortcuts.put(template, simple);
        }
    }

    public int size() {
        return rules.size();
    }

    @Override
    public void check(Document document, FindingSink sink) {
        String kind = document.kind();
        if (kind == null || document.object() == null) {
            return;
        }
        List<PendingRule> applicable = byKind.computeIfAbsent(
                kind, k -> rules.stream().filter(r -> r.appliesTo(k)).toList());
        if (applicable.isEmpty()) {
            return;
        }
        SelectionCache cache = new SelectionCache(document);
        MessageRedactor redactor = new MessageRedactor(document);
        List<String> failures = new ArrayList<>();
        RuntimeException first = null;
        for (PendingRule pending : applicable) {
            PendingRule.Ready rule = pending.ready();
            try {
                for (Selector selector : rule.rule().selectors()) {
                    for (Selection selection : cache.get(selector)) {
                        evaluate(rule, document, selection, sink, redactor, failures);
                    }
                }
            } catch (RuleFailed e) {
                first = first == null ? (RuntimeException) e.getCause() : first; // the rest of this rule is skipped
            }
        }
        if (!failures.isEmpty()) {
            throw new RuleEvaluationException(String.join("; ", failures), first);
        }
    }

    /** Stops a rule on a document after its first failure there (the failure is already recorded). */
    private static final class RuleFailed extends RuntimeException {
        RuleFailed(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private void evaluate(
            PendingRule.Ready rule,
            Document document,
            Selection selection,
            FindingSink sink,
            MessageRedactor redactor,
            List<String> failures) {
        try {
            evaluate(rule.rule(), rule.shortcuts(), document, selection, sink, redactor);
        } catch (RuntimeException e) {
            failures.add("rule '" + rule.rule().definition().id() + "' failed on " + describe(document) + " at "
                    + document.pointer(selection.pointer()) + ": " + e.getMessage());
            throw new RuleFailed(e);
        }
    }

    private static void evaluate(
            CompiledRule rule,
            Map<Object, Object> shortcuts,
            Document document,
            Selection selection,
            FindingSink sink,
            MessageRedactor redactor) {
        SelectionContext context = new SelectionContext(selection.variables(), Set.of());
        if (rule.when() != null && !truthy(rule.when().execute(context))) {
            return;
        }
        for (CompiledRule.CompiledAssertion assertion : rule.assertions()) {
            if (assertion.when() != null && !truthy(assertion.when().execute(context))) {
                continue;
            }
            if (truthy(Objects.requireNonNull(assertion.test(), "every assertion has a test")
                    .execute(context))) {
                continue;
            }
            SelectionContext messageContext = new SelectionContext(selection.variables(), HIDDEN_FROM_MESSAGES);
            RuleTemplate pointAtTemplate = assertion.pointAt();
            String pointAt = null;
            if (pointAtTemplate != null) {
                pointAt = render(pointAtTemplate, shortcuts, context);
                if (pointAtTemplate.source().contains("${") && redactor.reveals(pointAt)) {
                    pointAt = "node"; // a template that spells out a Secret's value never reaches the finding's pointer
                }
            }
            PointAt at = PointAt.resolve(document, selection.pointer(), pointAt);
            String message = assertion.message() == null
                    ? rule.definition().summary()
                    : render(assertion.message(), shortcuts, messageContext);
            sink.report(rule.definition().id(), document, at.pointer(), at.span(), bounded(redactor.redact(message)));
        }
    }

    /** Longest message kept whole; a template that quotes a huge value is cut in its middle. */
    static final int MAX_MESSAGE_LENGTH = 2000;

    static String bounded(String message) {
        if (message.length() <= MAX_MESSAGE_LENGTH) {
            return message;
        }
        int head = MAX_MESSAGE_LENGTH / 2;
        int tail = message.length() - MAX_MESSAGE_LENGTH / 2;
        if (Character.isHighSurrogate(message.charAt(head - 1))) {
            head--;
        }
        if (Character.isLowSurrogate(message.charAt(tail))) {
            tail++;
        }
        return message.substring(0, head) + " ... (" + (tail - head) + " characters left out) ... "
                + message.substring(tail);
    }

    static boolean truthy(@Nullable Object result) {
        if (result instanceof Boolean b) {
            return b;
        }
        return result != null;
    }

    private static String render(RuleTemplate template, Map<Object, Object> shortcuts, SelectionContext context) {
        if (shortcuts.get(template) instanceof SimpleExpression.Template simple) {
            String rendered = simple.render(context);
            if (rendered != null) {
                return rendered;
            }
        }
        return template.render(script -> RuleScript.run(script, context));
    }

    private static String describe(Document document) {
        return "document " + document.index() + " (" + document.kind()
                + (document.name() == null ? "" : "/" + document.name()) + ")";
    }
}
