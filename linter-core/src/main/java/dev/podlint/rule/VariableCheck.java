package dev.podlint.rule;

import dev.podlint.schema.FieldNames;
import dev.podlint.schema.Suggestions;
import dev.podlint.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.jexl3.JexlScript;
import org.jspecify.annotations.Nullable;

/**
 * Rejects, in a rule's expressions and placeholders, a variable that none of its selectors provides
 * (it would be null on every node) and a field that no bundled Kubernetes version gives the
 * variable's type ({@code container.nme}), naming the file, line and column where it is written.
 */
final class VariableCheck {

    private final RuleDefinition rule;
    private final RuleSpec spec;
    private final Set<String> known;
    private final boolean fields;

    /** @param fields whether the fields read from typed variables are checked too (it reads the schemas) */
    VariableCheck(RuleDefinition rule, RuleSpec spec, Set<String> known, boolean fields) {
        this.rule = rule;
        this.spec = spec;
        this.known = known;
        this.fields = fields;
    }

    /**
     * @param text  what {@code script} was compiled from: the expression, or one of its placeholders
     * @param start where {@code text} starts in the expression
     */
    void check(RuleSpec.Expression expression, JexlScript script, String text, int start) {
        List<VariableReferences.Reference> references = null;
        for (List<String> variable : script.getVariables()) {
            String name = variable.get(0);
            if (!known.contains(name)) {
                references = VariableReferences.of(text);
                String closest = Suggestions.closest(name, known);
                throw new RuleFileException(
                        spec.file(),
                        where(expression, start, references, name, 0),
                        expression.field(),
                        "unknown variable '" + name + "'" + didYouMean(closest) + "; the selectors " + spec.selectors()
                                + " provide: " + String.join(", ", new TreeSet<>(known)));
            }
        }
        if (!fields) {
            return;
        }
        references = references != null ? references : VariableReferences.of(text);
        for (VariableReferences.Reference reference : references) {
            List<String> path = reference.path();
            List<String> types = VariableTypes.TYPES.get(path.get(0));
            if (types == null || path.size() < 2) {
                continue;
            }
            Optional<FieldNames.Unknown> unknown = FieldNames.unknown(types, path.subList(1, path.size()));
            if (unknown.isPresent()) {
                int index = unknown.get().index() + 1;
                String field = path.get(index);
                throw new RuleFileException(
                        spec.file(),
                        position(expression, start, reference.offsets().get(index)),
                        expression.field(),
                        "'" + String.join(".", path.subList(0, index + 1))
                                + "': no bundled Kubernetes version has a field '"
                                + field + "' there (" + path.get(0) + " is a " + typeName(types) + ")"
                                + didYouMean(
                                        Suggestions.closest(field, unknown.get().known()))
                                + "; the fields there: "
                                + String.join(", ", unknown.get().known()));
            }
        }
    }

    private static String didYouMean(@Nullable String closest) {
        return closest == null ? "" : " (did you mean '" + closest + "'?)";
    }

    private static String typeName(List<String> types) {
        return String.join(
                " or ",
                types.stream().map(t -> t.substring(t.lastIndexOf('.') + 1)).toList());
    }

    private Span where(
            RuleSpec.Expression expression,
            int start,
            List<VariableReferences.Reference> references,
            String name,
            int index) {
        for (VariableReferences.Reference reference : references) {
            if (reference.path().get(0).equals(name)) {
                return position(expression, start, reference.offsets().get(index));
            }
        }
        return position(expression, start, 0);
    }

    /** The file position of the character at {@code inText} of a text that starts at {@code start} of the expression. */
    private Span position(RuleSpec.Expression expression, int start, int inText) {
        int inValue = expression.offset() + start + inText;
        String value = " ".repeat(expression.offset()) + expression.text();
        return ScalarPositions.locate(rule.text(), expression.span(), value, inValue);
    }
}
