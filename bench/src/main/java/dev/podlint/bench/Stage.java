package dev.podlint.bench;

import dev.podlint.DefaultChecks;
import dev.podlint.RuleRegistry;
import dev.podlint.check.CheckSet;
import dev.podlint.check.DocumentCheck;
import dev.podlint.check.InventoryCheck;
import dev.podlint.config.LintOptions;
import java.util.List;

/**
 * The cumulative stages of a lint run, each a CheckSet built from the default checks whose package
 * belongs to the stage or an earlier one. "parse" runs no check at all: reading, decoding, YAML and
 * the tree, which every other stage also pays.
 */
enum Stage {
    PARSE(),
    SCHEMA("dev.podlint.schema."),
    RULES("dev.podlint.schema.", "dev.podlint.rule."),
    FULL("");

    private final String[] packages;

    Stage(String... packages) {
        this.packages = packages;
    }

    CheckSet checks(LintOptions options, RuleRegistry rules) {
        CheckSet all = DefaultChecks.build(options, rules);
        List<DocumentCheck> documentChecks =
                all.documentChecks().stream().filter(c -> wanted(c.getClass())).toList();
        List<InventoryCheck> inventoryChecks =
                all.inventoryChecks().stream().filter(c -> wanted(c.getClass())).toList();
        return new CheckSet(documentChecks, inventoryChecks, all.loaderRules());
    }

    private boolean wanted(Class<?> check) {
        for (String prefix : packages) {
            if (check.getName().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
