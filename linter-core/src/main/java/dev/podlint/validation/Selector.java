package dev.podlint.validation;

import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@code metav1.LabelSelector} as {@code LabelSelectorAsSelector} converts it: matchLabels and
 * matchExpressions ANDed; empty selects everything. {@link #parse} returns null for a selector the
 * conversion rejects (a bad key, value or operator), whose problems other findings report.
 */
final class Selector {

    /** One requirement, written back in the selector syntax for messages. */
    record Requirement(String key, String operator, List<String> values) {

        boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
        }

        @Override
        public String toString() {
            return switch (operator) {
                case "In" ->
                    values.size() == 1 ? key + "=" + values.get(0) : key + " in (" + String.join(",", values) + ")";
                case "NotIn" -> key + " notin (" + String.join(",", values) + ")";
                case "Exists" -> key;
                default -> "!" + key;
            };
        }
    }

    private final List<Requirement> requirements;

    private Selector(List<Requirement> requirements) {
        this.requirements = requirements;
    }

    static @Nullable Selector parse(MappingNode selector) {
        List<Requirement> requirements = new ArrayList<>();
        MappingNode matchLabels = selector.mapping("matchLabels");
        if (matchLabels != null) {
            for (MappingNode.Entry e : matchLabels.entries()) {
                String value = Nodes.string(e.value());
                if (value == null
                        || Formats.qualifiedNameProblem(e.key()) != null
                        || Formats.labelValueProblem(value) != null) {
                    return null;
                }
                requirements.add(new Requirement(e.key(), "In", List.of(value)));
            }
        }
        SequenceNode expressions = selector.sequence("matchExpressions");
        for (int i = 0; expressions != null && i < expressions.size(); i++) {
            Requirement r = requirement(Nodes.item(expressions, i));
            if (r == null) {
                return null;
            }
            requirements.add(r);
        }
        return new Selector(requirements);
    }

    private static @Nullable Requirement requirement(@Nullable MappingNode expression) {
        String key = Nodes.string(expression, "key");
        String operator = Nodes.string(expression, "operator");
        if (expression == null
                || key == null
                || operator == null
                || Formats.qualifiedNameProblem(key) != null
                || operatorProblem(operator, expression) != null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        SequenceNode list = Nodes.list(expression, "values");
        for (int j = 0; list != null && j < list.size(); j++) {
            String value = Nodes.string(list.node(j));
            if (value == null || Formats.labelValueProblem(value) != null) {
                return null;
            }
            values.add(value);
        }
        return new Requirement(key, operator, values);
    }

    /**
     * What is wrong with a matchExpressions entry's operator and values
     * ({@code ValidateLabelSelectorRequirement}), or null.
     */
    static @Nullable String operatorProblem(String operator, MappingNode expression) {
        YamlNode values = expression.node("values");
        int count = values instanceof SequenceNode s ? s.size() : 0;
        return switch (operator) {
            case "In", "NotIn" -> count == 0 ? "values must be specified when `operator` is 'In' or 'NotIn'" : null;
            case "Exists", "DoesNotExist" ->
                count > 0 ? "values may not be specified when `operator` is 'Exists' or 'DoesNotExist'" : null;
            default ->
                Quoted.quote(operator) + " is not a valid selector operator: use In, NotIn, Exists or DoesNotExist";
        };
    }

    boolean isEmpty() {
        return requirements.isEmpty();
    }

    /** The first requirement {@code labels} fails, or null when they match. */
    @Nullable
    Requirement firstUnmatched(Map<String, String> labels) {
        for (Requirement r : requirements) {
            if (!r.matches(labels)) {
                return r;
            }
        }
        return null;
    }
}
