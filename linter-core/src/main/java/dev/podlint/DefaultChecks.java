package dev.podlint;

import dev.podlint.check.CheckSet;
import dev.podlint.config.LintOptions;
import dev.podlint.rule.RuleChecks;
import java.util.Set;

/**
 * Builds the checks of a run once (schemas and rules compiled here, not per document): those of the
 * enabled rules only. A Java check none of whose rules is enabled is not built at all.
 */
public final class DefaultChecks {

    private DefaultChecks() {}

    public static CheckSet build(LintOptions options, RuleRegistry rules) {
        CheckBuild build = new CheckBuild(options, rules.catalog());
        JavaChecks javaChecks = rules.javaChecks();
        add(JavaChecks.SCHEMA, rules, build);
        // declarative rules (rules/*.yaml and users' rule folders), compiled once
        build.add(RuleChecks.compile(rules.enabledRules()));
        for (String name : javaChecks.names()) {
            if (!Set.of(JavaChecks.LOADER, JavaChecks.SCHEMA, JavaChecks.PRESET).contains(name)) {
                add(name, rules, build);
            }
        }
        add(JavaChecks.PRESET, rules, build);
        return new CheckSet(build.documentChecks(), build.inventoryChecks(), rules.enabledRulesOf(JavaChecks.LOADER));
    }

    private static void add(String name, RuleRegistry rules, CheckBuild build) {
        Set<String> enabled = rules.enabledRulesOf(name);
        JavaChecks.Factory factory = rules.javaChecks().factory(name);
        if (!enabled.isEmpty() && factory != null) {
            factory.create(enabled, build);
        }
    }
}
