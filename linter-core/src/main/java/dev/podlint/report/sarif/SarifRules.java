package dev.podlint.report.sarif;

import dev.podlint.report.sarif.Sarif.Message;
import dev.podlint.report.sarif.Sarif.PropertyBag;
import dev.podlint.report.sarif.Sarif.ReportingConfiguration;
import dev.podlint.report.sarif.Sarif.ReportingDescriptor;
import dev.podlint.rule.RuleCaseOptions;
import dev.podlint.rule.RuleDefinition;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The SARIF descriptor of a rule, from its rule file: what code scanning shows in an alert's help panel. */
final class SarifRules {

    /** What introduces the settings the examples are linted with ({@code examples.options}). */
    private static final String OPTIONS = "The examples are linted with these settings of .podlint.yaml:";

    private SarifRules() {}

    /** @param ruleDocs the URI of the {@code rules/} folder of podlint's documentation; null for none */
    static ReportingDescriptor descriptor(RuleDefinition rule, @Nullable String ruleDocs) {
        String helpUri = rule.helpUri(ruleDocs);
        return new ReportingDescriptor(
                rule.id(),
                name(rule.id()),
                Message.of(sentence(rule.summary())),
                Message.of(sentence(firstParagraph(rule))),
                new Message(helpText(rule), helpMarkdown(rule, helpUri)),
                helpUri,
                new ReportingConfiguration(SarifReporter.level(rule.severity())),
                rule.category().isBlank() ? null : new PropertyBag(List.of(rule.category())));
    }

    /**
     * The readable name, or null when it would equal the id but for case (a one-word id such as
     * {@code schema}): SARIF wants the name omitted then (multitool rule SARIF1001).
     */
    static @Nullable String name(String id) {
        String name = pascalCase(id);
        return name.equalsIgnoreCase(id) ? null : name;
    }

    /** {@code duplicate-key} -> {@code DuplicateKey}. */
    static String pascalCase(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+", -1)) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    private static String firstParagraph(RuleDefinition rule) {
        String help = rule.help().strip();
        if (help.isEmpty()) {
            return rule.summary();
        }
        int end = help.indexOf("\n\n");
        return (end < 0 ? help : help.substring(0, end)).replaceAll("\\s*\\n\\s*", " ");
    }

    private static String helpText(RuleDefinition rule) {
        StringBuilder sb = new StringBuilder(
                rule.help().isBlank() ? sentence(rule.summary()) : rule.help().strip());
        String options = RuleCaseOptions.ofExamples(rule).yaml();
        if (!options.isEmpty()) {
            sb.append("\n\n").append(OPTIONS).append("\n\n").append(indent(options));
        }
        if (!rule.badExample().isBlank()) {
            sb.append("\n\nBreaks the rule:\n\n").append(indent(rule.badExample()));
        }
        if (!rule.goodExample().isBlank()) {
            sb.append("\n\nFollows the rule:\n\n").append(indent(rule.goodExample()));
        }
        return sb.toString();
    }

    private static String helpMarkdown(RuleDefinition rule, @Nullable String helpUri) {
        StringBuilder sb = new StringBuilder(
                rule.help().isBlank() ? sentence(rule.summary()) : rule.help().strip());
        String options = RuleCaseOptions.ofExamples(rule).yaml();
        if (!options.isEmpty()) {
            sb.append("\n\n").append(OPTIONS).append("\n\n").append(fenced(options));
        }
        if (!rule.badExample().isBlank()) {
            sb.append("\n\n**Breaks the rule:**\n\n").append(fenced(rule.badExample()));
        }
        if (!rule.goodExample().isBlank()) {
            sb.append("\n\n**Follows the rule:**\n\n").append(fenced(rule.goodExample()));
        }
        if (helpUri != null) {
            sb.append("\n\n[Documentation of `")
                    .append(rule.id())
                    .append("`](")
                    .append(helpUri)
                    .append(")");
        }
        return sb.toString();
    }

    private static String indent(String example) {
        return example.stripTrailing()
                .lines()
                .map(l -> l.isEmpty() ? l : "    " + l)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    private static String fenced(String example) {
        // A fence longer than any backtick run in the example, so the example cannot close it.
        int longest = 0;
        int run = 0;
        for (int i = 0; i < example.length(); i++) {
            run = example.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "yaml\n" + example.stripTrailing() + "\n" + fence;
    }

    /** SARIF asks that messages and descriptions be sentences, ending with a period. */
    static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) {
            return t;
        }
        return t + ".";
    }
}
