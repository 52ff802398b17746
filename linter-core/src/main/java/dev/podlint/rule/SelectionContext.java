package dev.podlint.rule;

import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.JexlContext;
import org.jspecify.annotations.Nullable;

/** The variables one selection shows an expression: read-only; some may be hidden (Secret values in messages). */
final class SelectionContext implements JexlContext {

    private final Map<String, Object> variables;
    private final Set<String> hidden;

    SelectionContext(Map<String, Object> variables, Set<String> hidden) {
        this.variables = variables;
        this.hidden = hidden;
    }

    @Override
    public @Nullable Object get(String name) {
        return hidden.contains(name) ? null : variables.get(name);
    }

    @Override
    public boolean has(String name) {
        // every variable an expression names was checked when the rule was compiled; one that
        // this selection lacks (a multi-selector rule) is simply null
        return true;
    }

    @Override
    public void set(String name, Object value) {
        throw new UnsupportedOperationException("rule expressions are read-only");
    }
}
