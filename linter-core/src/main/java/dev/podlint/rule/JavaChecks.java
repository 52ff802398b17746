package dev.podlint.rule;

import dev.podlint.check.DocumentCheck;
import dev.podlint.check.InventoryCheck;
import dev.podlint.config.LintOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Java checks a rule file may name with {@code check: java:NAME}, for logic an expression
 * cannot hold (across documents, or inside the loader). The rule file keeps all the metadata; the
 * check reports under the rule's id. A feature registers its factory here.
 */
public final class JavaChecks {

    /** Builds the check(s) of one enabled rule, once per run, into the run's check lists. */
    @FunctionalInterface
    public interface Factory {
        void create(RuleDefinition rule, LintOptions options, List<DocumentCheck> documentChecks,
                List<InventoryCheck> inventoryChecks);
    }

    private static final Map<String, Factory> FACTORIES = new ConcurrentHashMap<>(Map.of(
            // yaml-syntax and duplicate-key: the manifest loader reports them itself
            "loader", (rule, options, documentChecks, inventoryChecks) -> { },
            "enum-values", dev.podlint.rule.enums.EnumCheck.factory()));

    private JavaChecks() {
    }

    public static void register(String name, Factory factory) {
        FACTORIES.put(name, factory);
    }

    public static boolean exists(String name) {
        return FACTORIES.containsKey(name);
    }

    public static Set<String> names() {
        return new TreeSet<>(FACTORIES.keySet());
    }

    /** Adds the checks of the enabled Java rules of {@code catalog}. */
    public static void build(RuleCatalog catalog, LintOptions options, List<DocumentCheck> documentChecks,
            List<InventoryCheck> inventoryChecks) {
        for (RuleDefinition rule : catalog.all()) {
            String check = rule.check();
            if (!check.startsWith("java:") || !RuleChecks.enabled(rule, options.enabledRules(), options.disabledRules())) {
                continue;
            }
            Factory factory = FACTORIES.get(check.substring("java:".length()));
            if (factory == null && rule.source().equals("built-in")) {
                continue; // a built-in Java rule may be wired in CheckSet directly
            }
            if (factory == null) {
                throw new RuleFileException(rule.file(), rule.definition().node("check").span().line(), "check",
                        "no Java check named '" + check.substring(5) + "'; known: " + names());
            }
            factory.create(rule, options, documentChecks, inventoryChecks);
        }
    }
}
