package dev.podlint.preset;

import dev.podlint.rule.functions.Formats;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A {@code metav1.LabelSelector} converted as {@code LabelSelectorAsSelector} does: matchLabels and
 * matchExpressions (In, NotIn, Exists, DoesNotExist) ANDed; an empty selector selects everything.
 */
public final class LabelSelector {

    /** One requirement: {@code key operator values}. */
    record Requirement(String key, String operator, Set<String> values) {

        boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> throw new IllegalStateException(operator);
            };
        }
    }

    private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

    private final List<Requirement> requirements;

    private LabelSelector(List<Requirement> requirements) {
        this.requirements = List.copyOf(requirements);
    }

    /** Selects everything: what an absent or empty selector means for a PodPreset. */
    public static LabelSelector everything() {
        return new LabelSelector(List.of());
    }

    public boolean selectsEverything() {
        return requirements.isEmpty();
    }

    public boolean matches(Map<String, String> labels) {
        for (Requirement r : requirements) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    /** Converts a selector node; null (absent) or a null scalar selects everything. */
    public static LabelSelector parse(@Nullable YamlNode selector) throws InvalidSelectorException {
        if (selector == null || (selector instanceof ScalarNode s && s.value() == null)) {
            return everything();
        }
        if (!(selector instanceof MappingNode map)) {
            throw new InvalidSelectorException(selector, "", "the selector is not a mapping");
        }
        List<Requirement> requirements = new ArrayList<>();
        YamlNode matchLabels = map.node("matchLabels");
        if (matchLabels instanceof MappingNode labels) {
            for (MappingNode.Entry e : labels.entries()) {
                String pointer = Pointers.append("/matchLabels", e.key());
                checkKey(e.key(), e.value(), pointer);
                String value = text(e.value());
                checkValue(value, e.value(), pointer);
                requirements.add(new Requirement(e.key(), "In", Set.of(value)));
            }
        } else if (matchLabels != null && !isNull(matchLabels)) {
            throw new InvalidSelectorException(matchLabels, "/matchLabels", "matchLabels is not a mapping");
        }
        YamlNode matchExpressions = map.node("matchExpressions");
        if (matchExpressions instanceof SequenceNode expressions) {
            for (int i = 0; i < expressions.size(); i++) {
                requirements.add(expression(expressions.node(i), Pointers.append("/matchExpressions", i)));
            }
        } else if (matchExpressions != null && !isNull(matchExpressions)) {
            throw new InvalidSelectorException(matchExpressions, "/matchExpressions", "matchExpressions is not a list");
        }
        return new LabelSelector(requirements);
    }

    private static Requirement expression(YamlNode node, String pointer) throws InvalidSelectorException {
        if (!(node instanceof MappingNode expression)) {
            throw new InvalidSelectorException(node, pointer, "a matchExpressions entry is not a mapping");
        }
        YamlNode keyNode = expression.node("key");
        String key = keyNode == null ? "" : text(keyNode);
        checkKey(key, keyNode == null ? expression : keyNode, pointer + (keyNode == null ? "" : "/key"));
        YamlNode operatorNode = expression.node("operator");
        String operator = operatorNode == null ? "" : text(operatorNode);
        if (!OPERATORS.contains(operator)) {
            throw new InvalidSelectorException(
                    operatorNode == null ? expression : operatorNode,
                    pointer + (operatorNode == null ? "" : "/operator"),
                    "\"" + operator + "\" is not a valid label selector operator (In, NotIn, Exists, DoesNotExist)");
        }
        YamlNode valuesNode = expression.node("values");
        List<String> values = new ArrayList<>();
        if (valuesNode instanceof SequenceNode seq) {
            for (int i = 0; i < seq.size(); i++) {
                String value = text(seq.node(i));
                checkValue(value, seq.node(i), Pointers.append(pointer + "/values", i));
                values.add(value);
            }
        }
        boolean set = operator.equals("In") || operator.equals("NotIn");
        if (set && values.isEmpty()) {
            throw new InvalidSelectorException(
                    valuesNode == null ? expression : valuesNode,
                    pointer + (valuesNode == null ? "" : "/values"),
                    "for 'In' and 'NotIn' operators the values can't be empty");
        }
        if (!set && !values.isEmpty()) {
            throw new InvalidSelectorException(
                    valuesNode, pointer + "/values", "values must be empty for 'Exists' and 'DoesNotExist' operators");
        }
        return new Requirement(key, operator, Set.copyOf(values));
    }

    private static void checkKey(String key, @Nullable YamlNode at, String pointer) throws InvalidSelectorException {
        String problem = qualifiedNameProblem(key);
        if (problem != null) {
            throw new InvalidSelectorException(at, pointer, "label key \"" + key + "\" is invalid: " + problem);
        }
    }

    private static void checkValue(String value, @Nullable YamlNode at, String pointer)
            throws InvalidSelectorException {
        if (value.length() > 63) {
            throw new InvalidSelectorException(at, pointer, "label value is longer than 63 characters");
        }
        if (!value.isEmpty() && !Formats.labelNameChars(value)) {
            throw new InvalidSelectorException(
                    at,
                    pointer,
                    "label value \"" + value
                            + "\" must consist of alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric");
        }
    }

    /** Why {@code key} is not a Kubernetes qualified name ({@code [prefix/]name}), or null. */
    static @Nullable String qualifiedNameProblem(String key) {
        String name = key;
        int slash = key.indexOf('/');
        if (slash >= 0) {
            String prefix = key.substring(0, slash);
            name = key.substring(slash + 1);
            if (prefix.isEmpty() || prefix.length() > 253 || !Formats.subdomainChars(prefix)) {
                return "the prefix must be a DNS subdomain";
            }
        }
        if (name.isEmpty()) {
            return "the name part must not be empty";
        }
        if (name.length() > 63) {
            return "the name part must be at most 63 characters";
        }
        if (!Formats.labelNameChars(name)) {
            return "the name part must consist of alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
        }
        return null;
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof ScalarNode s && s.value() == null;
    }

    /** A scalar's value as the label machinery sees it (JSON strings; other scalars by their text). */
    static String text(@Nullable YamlNode node) {
        if (node instanceof ScalarNode s) {
            return s.value() == null ? "" : s.value() instanceof String str ? str : s.text();
        }
        return "";
    }
}
