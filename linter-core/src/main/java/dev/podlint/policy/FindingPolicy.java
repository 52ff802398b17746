package dev.podlint.policy;

import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.finding.FindingOrder;
import dev.podlint.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the options and the manifests make of a run's findings, in one step: severity overrides,
 * one finding per problem, the {@code podlint.dev/ignore} annotations, the report order and the
 * baseline. Which rules run at
 * all is decided before, when the checks are built: a disabled rule's check reports nothing.
 */
public final class FindingPolicy {

    private final Map<String, Severity> severityOverrides;
    private final Baseline baseline;

    public FindingPolicy(LintOptions options) {
        this.severityOverrides = options.rules().severityOverrides();
        this.baseline = options.baseline() == null
                ? Baseline.NONE
                : BaselineReader.read(
                        options.workingDirectory().resolve(options.baseline()),
                        options.baseline().toString().replace('\\', '/'));
    }

    /**
     * Applies the severity overrides, drops the schema findings a rule reports more precisely
     * ({@link OneFindingPerProblem}), marks the findings an annotation silences, sorts, then marks the
     * findings of the baseline (after sorting: repeated findings are matched in report order).
     */
    public List<Finding> apply(List<Finding> findings, InSourceSuppressions annotations) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Severity override = severityOverrides.get(finding.ruleId());
            out.add(override == null ? finding : finding.withSeverity(override));
        }
        out = new ArrayList<>(annotations.apply(OneFindingPerProblem.apply(out)));
        out.sort(FindingOrder.COMPARATOR);
        return baseline.apply(out);
    }
}
