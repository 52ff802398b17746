package dev.podlint.rule;

import dev.podlint.rule.select.SelectorRegistry;
import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the checking part of a rule file ({@code kinds}, {@code select}, {@code when},
 * {@code assert}/{@code pointAt}/{@code message} or {@code assertions}, {@code check: java:NAME}) of a
 * rule that {@link RuleFileReader} has checked against the rule format: every field is where and what
 * the format says, so nothing here decides what a rule file may hold.
 */
public final class RuleSpecReader {

    private static final String JAVA_PREFIX = "java:";

    private final SelectorRegistry selectors;

    public RuleSpecReader(SelectorRegistry selectors) {
        this.selectors = selectors;
    }

    public RuleSpec read(String file, MappingNode rule) {
        String check = rule.string("check");
        if (check != null) {
            return new RuleSpec(file, List.of(), List.of(), null, List.of(), check.substring(JAVA_PREFIX.length()));
        }
        List<String> selectorNames = stringOrList(rule, "select");
        for (String name : selectorNames) {
            if (selectors.get(name)
                    == null) { // the format's selectors and the registry's are the same (a test says so)
                throw new IllegalStateException("no selector '" + name + "' in the registry");
            }
        }
        List<RuleSpec.Assertion> assertions = new ArrayList<>();
        SequenceNode list = rule.sequence("assertions");
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                assertions.add(assertion((MappingNode) list.node(i), "assertions[" + i + "]."));
            }
        } else {
            assertions.add(assertion(rule, ""));
        }
        return new RuleSpec(
                file, stringOrList(rule, "kinds"), selectorNames, expression(rule, "when", ""), assertions, null);
    }

    private static RuleSpec.Assertion assertion(MappingNode map, String prefix) {
        return new RuleSpec.Assertion(
                expression(map, "when", prefix),
                expression(map, "assert", prefix),
                expression(map, "pointAt", prefix),
                expression(map, "message", prefix));
    }

    /** An expression field (a string, or true/false for {@code when} and {@code assert}), or null when absent. */
    private static RuleSpec.@Nullable Expression expression(MappingNode map, String field, String prefix) {
        YamlNode node = map.node(field);
        if (node == null) {
            return null;
        }
        String text = String.valueOf(node.value());
        int line = node.span().line();
        if (node instanceof ScalarNode scalar && !scalar.plain() && text.contains("\n")) {
            line++; // a block scalar's text starts on the line after its indicator
        }
        String stripped = text.strip();
        return new RuleSpec.Expression(
                stripped, line, prefix + field, node.span(), stripped.isEmpty() ? 0 : text.indexOf(stripped));
    }

    private static List<String> stringOrList(MappingNode rule, String field) {
        YamlNode node = rule.node(field);
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode list) {
            return list.stream().map(String.class::cast).toList();
        }
        return List.of((String) node.value());
    }
}
