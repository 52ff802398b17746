package dev.podlint.policy;

import dev.podlint.config.LintOptions;
import dev.podlint.config.UsageException;
import dev.podlint.finding.Finding;
import dev.podlint.finding.FindingOrder;
import dev.podlint.finding.Severity;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the options make of the findings: which rules are enabled, severity overrides, order, and
 * the baseline. Made with the options checked: every rule they name is in the catalog.
 */
public final class FindingPolicy {

    private final LintOptions options;
    private final RuleCatalog catalog;
    private final Baseline baseline;

    public FindingPolicy(LintOptions options, RuleCatalog catalog) {
        this.options = options;
        this.catalog = catalog;
        for (String id : options.disabledRules()) {
            requireKnown(id, "--disable");
        }
        for (String id : options.enabledRules()) {
            requireKnown(id, "--enable");
        }
        for (String id : options.severityOverrides().keySet()) {
            requireKnown(id, "severity override");
        }
        this.baseline = options.baseline() == null ? Baseline.NONE
                : BaselineReader.read(options.workingDirectory().resolve(options.baseline()),
                        options.baseline().toString().replace('\\', '/'));
    }

    /**
     * Drops findings of disabled rules, applies severity overrides, marks the findings an annotation
     * silences, sorts, then marks the findings of the baseline (after sorting: repeated findings are
     * matched in report order).
     */
    public List<Finding> apply(List<Finding> findings, InSourceSuppressions annotations) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (options.disabledRules().contains(finding.ruleId())) {
                continue;
            }
            Severity override = options.severityOverrides().get(finding.ruleId());
            out.add(override == null ? finding : finding.withSeverity(override));
        }
        out = new ArrayList<>(annotations.apply(out));
        out.sort(FindingOrder.COMPARATOR);
        return baseline.apply(out);
    }

    public List<RuleDefinition> enabledRules() {
        return catalog.all().stream().filter(r -> !options.disabledRules().contains(r.id()))
                .filter(r -> r.enabledByDefault() || options.enabledRules().contains(r.id()))
                .sorted(Comparator.comparing(RuleDefinition::id)).toList();
    }

    private void requireKnown(String id, String where) {
        if (!catalog.contains(id)) {
            throw new UsageException("unknown rule '" + id + "' in " + where + " (podlint rules lists them)");
        }
    }
}
