package dev.podlint.rule;

import dev.podlint.util.Once;
import java.util.function.Supplier;
import org.apache.commons.jexl3.JexlScript;
import org.jspecify.annotations.Nullable;

/**
 * A rule's {@code when} or {@code assert}: evaluated by {@link SimpleExpression} or
 * {@link DirectExpression} where they are sure of the answer, by JEXL otherwise. A built-in rule's
 * JEXL script is parsed only when first needed (most never are: parsing them was a tenth of a cold
 * start); a user's rule is parsed at once, so its mistakes show before any file.
 */
final class RuleScript {

    private final String text;
    /** A {@link SimpleExpression}, a {@link DirectExpression} or null. */
    private final @Nullable Object shortcut;

    private final Once<JexlScript> script;

    private RuleScript(String text, Once<JexlScript> script) {
        this.text = text;
        this.script = script;
        this.shortcut = ExpressionShortcuts.of(text);
    }

    /** A script JEXL has parsed already. */
    static RuleScript of(JexlScript script) {
        return new RuleScript(script.getSourceText(), Once.of(script));
    }

    /** A script parsed now when the direct evaluators cannot read it, else on its first uncertain answer. */
    static RuleScript deferred(String text, Supplier<JexlScript> parse) {
        RuleScript deferred = new RuleScript(text, new Once<>(parse));
        if (deferred.shortcut == null) {
            deferred.jexl();
        }
        return deferred;
    }

    String text() {
        return text;
    }

    @Nullable
    Object execute(SelectionContext context) {
        Object result = SimpleExpression.UNSURE;
        if (shortcut instanceof SimpleExpression simple) {
            result = simple.evaluate(context);
        } else if (shortcut instanceof DirectExpression direct) {
            result = direct.evaluate(context);
        }
        return result != SimpleExpression.UNSURE ? result : run(jexl(), context);
    }

    /** JEXL's script, parsed now if it was not yet. */
    JexlScript jexl() {
        return script.get();
    }

    /** Runs a script and surfaces a failure JEXL would have swallowed (a regular expression over budget). */
    static @Nullable Object run(JexlScript script, SelectionContext context) {
        BoundedArithmetic.takeFailure();
        Object result;
        try {
            result = script.execute(context);
        } catch (RuntimeException e) {
            String failure = BoundedArithmetic.takeFailure();
            throw failure == null ? e : new IllegalStateException(failure, e);
        }
        String failure = BoundedArithmetic.takeFailure();
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return result;
    }
}
