package dev.podlint;

import dev.podlint.check.CheckSet;
import dev.podlint.check.DocumentCheck;
import dev.podlint.check.InventoryCheck;
import dev.podlint.config.LintOptions;
import dev.podlint.rule.RuleChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the checks of a run once (schemas and rules compiled here, not per document): those of the
 * enabled rules only. A Java check none of whose rules is enabled is not built at all.
 */
public final class DefaultChecks {

    private DefaultChecks() {}

    public static CheckSet build(LintOptions options, RuleRegistry rules) {
        List<DocumentCheck> documentChecks = new ArrayList<>();
        List<InventoryCheck> inventoryChecks = new ArrayList<>();
        JavaChecks javaChecks = rules.javaChecks();
        add(JavaChecks.SCHEMA, options, rules, documentChecks, inventoryChecks);
        // declarative rules (rules/*.yaml and users' rule folders), compiled once
        documentChecks.add(RuleChecks.compile(rules.enabledRules()));
        for (String name : javaChecks.names()) {
            if (!Set.of(JavaChecks.LOADER, JavaChecks.SCHEMA, JavaChecks.PRESET).contains(name)) {
                add(name, options, rules, documentChecks, inventoryChecks);
            }
        }
        add(JavaChecks.PRESET, options, rules, documentChecks, inventoryChecks);
        return new CheckSet(
                List.copyOf(documentChecks), List.copyOf(inventoryChecks), rules.enabledRulesOf(JavaChecks.LOADER));
    }

    private static void add(
            String name,
            LintOptions options,
            RuleRegistry rules,
            List<DocumentCheck> documentChecks,
            List<InventoryCheck> inventoryChecks) {
        Set<String> enabled = rules.enabledRulesOf(name);
        JavaChecks.Factory factory = rules.javaChecks().factory(name);
        if (!enabled.isEmpty() && factory != null) {
            factory.create(enabled, options, rules.catalog(), documentChecks, inventoryChecks);
        }
    }
}
