package dev.podlint.rule;

import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import dev.podlint.rule.select.SelectorRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the checking part of a rule file ({@code kinds}, {@code select}, {@code when},
 * {@code assert}/{@code pointAt}/{@code message} or {@code assertions}, {@code check: java:NAME})
 * and rejects any field the format does not know, naming file, line and field.
 */
public final class RuleSpecReader {

    /** Every top-level field of a rule file. */
    static final Set<String> FIELDS = Set.of("id", "severity", "category", "summary", "fix", "help", "examples",
            "enabled", "check", "kinds", "select", "when", "assert", "pointAt", "message", "assertions");
    private static final Set<String> ASSERTION_FIELDS = Set.of("when", "assert", "pointAt", "message");
    private static final Set<String> EXAMPLE_FIELDS = Set.of("bad", "good");
    private static final String JAVA_PREFIX = "java:";

    private final SelectorRegistry selectors;

    public RuleSpecReader(SelectorRegistry selectors) {
        this.selectors = selectors;
    }

    public RuleSpec read(String file, MappingNode rule) {
        rejectUnknown(file, rule, FIELDS, "");
        if (rule.node("examples") instanceof MappingNode examples) {
            rejectUnknown(file, examples, EXAMPLE_FIELDS, "examples.");
        }
        if (rule.node("enabled") != null && !(rule.get("enabled") instanceof Boolean)) {
            throw new RuleFileException(file, rule.node("enabled").span().line(), "enabled", "must be true or false");
        }
        String check = RuleFileReader.optionalString(file, rule, "check");
        if (!check.isEmpty()) {
            if (!check.startsWith(JAVA_PREFIX) || check.length() == JAVA_PREFIX.length()) {
                throw new RuleFileException(file, Objects.requireNonNull(rule.node("check")).span().line(), "check",
                        "must be 'java:NAME' naming a Java check; a declarative rule uses select and assert instead");
            }
            for (String field : List.of("select", "kinds", "when", "assert", "pointAt", "message", "assertions")) {
                if (rule.node(field) != null) {
                    throw new RuleFileException(file, Objects.requireNonNull(rule.node(field)).span().line(), field,
                            "a rule with 'check: java:...' runs Java code and takes no '" + field + "'");
                }
            }
            return new RuleSpec(file, List.of(), List.of(), null, List.of(), check.substring(JAVA_PREFIX.length()));
        }
        List<String> selectorNames = stringOrList(file, rule, "select", true);
        for (int i = 0; i < selectorNames.size(); i++) {
            if (selectors.get(selectorNames.get(i)) == null) {
                throw new RuleFileException(file, Objects.requireNonNull(rule.node("select")).span().line(), "select",
                        "unknown selector '" + selectorNames.get(i) + "'; known: " + String.join(", ", selectors.names()));
            }
        }
        List<String> kinds = stringOrList(file, rule, "kinds", false);
        List<RuleSpec.Assertion> assertions = new ArrayList<>();
        if (rule.node("assertions") != null) {
            if (rule.node("assert") != null) {
                throw new RuleFileException(file, rule.node("assert").span().line(), "assert",
                        "give either 'assert' (with pointAt and message) or 'assertions', not both");
            }
            if (!(rule.node("assertions") instanceof SequenceNode list) || list.isEmpty()) {
                throw new RuleFileException(file, rule.node("assertions").span().line(), "assertions",
                        "must be a non-empty list of {assert, pointAt, message, when}");
            }
            for (int i = 0; i < list.size(); i++) {
                String prefix = "assertions[" + i + "].";
                if (!(list.node(i) instanceof MappingNode item)) {
                    throw new RuleFileException(file, list.node(i).span().line(), prefix, "must be a mapping");
                }
                rejectUnknown(file, item, ASSERTION_FIELDS, prefix);
                assertions.add(assertion(file, item, prefix));
            }
        } else {
            for (String field : List.of("pointAt", "message")) {
                if (rule.node(field) != null && rule.node("assert") == null) {
                    throw new RuleFileException(file, Objects.requireNonNull(rule.node(field)).span().line(), field, "needs 'assert'");
                }
            }
            assertions.add(assertion(file, rule, ""));
        }
        return new RuleSpec(file, kinds, selectorNames, expression(file, rule, "when", "", false), assertions, null);
    }

    private static RuleSpec.Assertion assertion(String file, MappingNode map, String prefix) {
        return new RuleSpec.Assertion(expression(file, map, "when", prefix, false),
                expression(file, map, "assert", prefix, true), expression(file, map, "pointAt", prefix, false),
                expression(file, map, "message", prefix, false));
    }

    private static RuleSpec.@Nullable Expression expression(String file, MappingNode map, String field, String prefix,
            boolean required) {
        YamlNode node = map.node(field);
        if (node == null) {
            if (required) {
                throw new RuleFileException(file, map.span().line(), prefix + field, "is required");
            }
            return null;
        }
        Object value = node.value();
        if (field.equals("assert") || field.equals("when")) {
            // `assert: true` is a (trivial) expression too
            if (value instanceof Boolean b) {
                return new RuleSpec.Expression(b.toString(), node.span().line(), prefix + field);
            }
        }
        if (!(value instanceof String s) || s.isBlank()) {
            throw new RuleFileException(file, node.span().line(), prefix + field, "must be a non-empty string");
        }
        int line = node.span().line();
        if (node instanceof ScalarNode scalar && !scalar.plain() && s.contains("\n")) {
            line++; // a block scalar's text starts on the line after its indicator
        }
        return new RuleSpec.Expression(s.strip(), line, prefix + field);
    }

    private static List<String> stringOrList(String file, MappingNode rule, String field, boolean required) {
        YamlNode node = rule.node(field);
        if (node == null) {
            if (required) {
                throw new RuleFileException(file, rule.span().line(), field,
                        "is required (or 'check: java:NAME' for a rule written in Java)");
            }
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (node.value() instanceof String s && !s.isBlank()) {
            out.add(s);
        } else if (node instanceof SequenceNode list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String s) || s.isBlank()) {
                    throw new RuleFileException(file, list.node(i).span().line(), field + "[" + i + "]",
                            "must be a non-empty string");
                }
                out.add(s);
            }
        } else {
            throw new RuleFileException(file, node.span().line(), field, "must be a string or a list of strings");
        }
        return List.copyOf(out);
    }

    private static void rejectUnknown(String file, MappingNode map, Set<String> known, String prefix) {
        for (MappingNode.Entry entry : map.entries()) {
            if (!known.contains(entry.key())) {
                throw new RuleFileException(file, entry.keySpan().line(), prefix + entry.key(),
                        "unknown field; known: " + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }
}
