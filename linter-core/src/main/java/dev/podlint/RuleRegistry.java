package dev.podlint;

import dev.podlint.config.RuleOptions;
import dev.podlint.config.UsageException;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.schema.Suggestions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of a run in one place: every rule file (built-in and the user's), which of them run,
 * and the Java checks they name. Made with every name checked: a rule id the options name that no
 * rule file defines is a usage error, and a {@code check: java:NAME} that names no Java check is an
 * error of its rule file.
 */
public final class RuleRegistry {

    private final RuleCatalog catalog;
    private final JavaChecks javaChecks;
    private final Set<String> enabled;

    private RuleRegistry(RuleCatalog catalog, JavaChecks javaChecks, Set<String> enabled) {
        this.catalog = catalog;
        this.javaChecks = javaChecks;
        this.enabled = enabled;
    }

    /** The built-in rules and the rule files of the options' folders, with podlint's Java checks. */
    public static RuleRegistry load(RuleOptions options) {
        return of(RuleCatalog.load(options.directories()), options, JavaChecks.defaults());
    }

    /**
     * The built-in rules and the rule files of {@code directories}, each {@code check: java:NAME}
     * checked against podlint's Java checks ({@code podlint rules}, {@code podlint explain}).
     */
    public static RuleCatalog catalog(List<Path> directories) {
        RuleCatalog catalog = RuleCatalog.load(directories);
        JavaChecks.defaults().requireKnown(catalog);
        return catalog;
    }

    public static RuleRegistry of(RuleCatalog catalog, RuleOptions options, JavaChecks javaChecks) {
        javaChecks.requireKnown(catalog);
        options.disabled().stream().sorted().forEach(id -> requireKnown(catalog, id, options, "--disable"));
        options.enabled().stream().sorted().forEach(id -> requireKnown(catalog, id, options, "--enable"));
        options.severityOverrides().keySet().stream()
                .sorted()
                .forEach(id -> requireKnown(catalog, id, options, "severity override"));
        Set<String> enabled = new TreeSet<>();
        for (RuleDefinition rule : catalog.all()) {
            if (options.enabled().contains(rule.id())
                    || (rule.enabledByDefault() && !options.disabled().contains(rule.id()))) {
                enabled.add(rule.id());
            }
        }
        return new RuleRegistry(catalog, javaChecks, Set.copyOf(enabled));
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public JavaChecks javaChecks() {
        return javaChecks;
    }

    /** Whether a rule runs: enabled by name, or on by default and not disabled. */
    public boolean enabled(String id) {
        return enabled.contains(id);
    }

    /** The rules that run, sorted by id. */
    public List<RuleDefinition> enabledRules() {
        return catalog.all().stream().filter(r -> enabled(r.id())).toList();
    }

    /** The ids of the enabled rules that name the Java check {@code name}. */
    public Set<String> enabledRulesOf(String name) {
        Set<String> ids = new TreeSet<>();
        for (RuleDefinition rule : enabledRules()) {
            if (name.equals(JavaChecks.javaCheckOf(rule))) {
                ids.add(rule.id());
            }
        }
        return ids;
    }

    private static void requireKnown(RuleCatalog catalog, String id, RuleOptions options, String flag) {
        if (!catalog.contains(id)) {
            String where = options.places().getOrDefault(id, flag);
            String meant = Suggestions.closest(
                    id, catalog.all().stream().map(RuleDefinition::id).toList());
            throw new UsageException("unknown rule '" + id + "' in " + where
                    + (meant != null ? "; did you mean '" + meant + "'?" : "") + " (podlint rules lists them)");
        }
    }
}
