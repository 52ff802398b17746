package dev.podlint.rule;

import dev.podlint.finding.Severity;
import dev.podlint.source.MappingNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rule's metadata as its YAML file declares it: what reports, docs, SARIF and {@code podlint
 * explain} show. How the rule checks (a JEXL expression, or a named Java check) is read from
 * {@code definition} by the engine that runs it.
 *
 * @param source     where the rule file is, for messages ("built-in" for bundled rules)
 * @param definition the whole rule file, with positions
 * @param text       the rule file as written, for positions inside its expressions ("" when not kept)
 */
public record RuleDefinition(
        String id,
        Severity severity,
        String category,
        String summary,
        String help,
        String badExample,
        String goodExample,
        String check,
        String source,
        MappingNode definition,
        String text) {

    public RuleDefinition(
            String id,
            Severity severity,
            String category,
            String summary,
            String help,
            String badExample,
            String goodExample,
            String check,
            String source,
            MappingNode definition) {
        this(id, severity, category, summary, help, badExample, goodExample, check, source, definition, "");
    }

    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        category = category == null ? "" : category;
        summary = summary == null ? "" : summary;
        help = help == null ? "" : help;
        badExample = badExample == null ? "" : badExample;
        goodExample = goodExample == null ? "" : goodExample;
        text = text == null ? "" : text;
    }

    /** False for an opt-in rule ({@code enabled: false}): it runs only when enabled by name. */
    public boolean enabledByDefault() {
        return !Boolean.FALSE.equals(definition == null ? null : definition.get("enabled"));
    }

    /** The one-line fix the rule file gives ({@code fix}), or "". */
    public String fix() {
        return definition != null && definition.get("fix") instanceof String s ? s.strip() : "";
    }

    /** The rule file, for messages about it: its path, or {@code rules/ID.yaml} for a built-in rule. */
    public String file() {
        return builtIn() ? "rules/" + id + ".yaml" : source;
    }

    /** Whether the rule is one of podlint's own (bundled in the jar), not from a user's rule folder. */
    public boolean builtIn() {
        return source.equals("built-in");
    }

    /** The documentation page of a built-in rule in podlint's repository ({@code rules/ID.md}); null for a user rule. */
    public @Nullable String docsPage() {
        return source.equals("built-in") ? "rules/" + id + ".md" : null;
    }

    /**
     * The absolute URI of the rule's documentation, or null when there is none: for a built-in rule
     * its page under {@code ruleDocs} (the URI of the {@code rules/} folder of a published copy of
     * podlint's repository), for a user rule the {@code helpUri} of its rule file.
     *
     * @param ruleDocs null when no such copy is named: built-in rules then have no URI
     */
    public @Nullable String helpUri(@Nullable String ruleDocs) {
        if (source.equals("built-in")) {
            return ruleDocs == null ? null : (ruleDocs.endsWith("/") ? ruleDocs : ruleDocs + "/") + id + ".md";
        }
        return definition != null && definition.get("helpUri") instanceof String s ? s.strip() : null;
    }
}
