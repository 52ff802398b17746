package dev.podlint.policy;

import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.finding.FindingOrder;
import dev.podlint.finding.Notification;
import dev.podlint.finding.Severity;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the options and the manifests make of a run's findings, in one step: severity overrides,
 * one finding per problem, the {@code podlint.dev/ignore} annotations and {@code # podlint-ignore}
 * comments, the report order and the baseline. Which rules run at all is decided before, when the
 * checks are built: a disabled rule's check reports nothing.
 */
public final class FindingPolicy {

    private final Map<String, Severity> severityOverrides;
    private final Baseline baseline;
    private final InlineIgnores inlineIgnores;

    /** @param enabledRules the rules that run */
    public FindingPolicy(LintOptions options, RuleCatalog catalog, List<RuleDefinition> enabledRules) {
        this(options, catalog, enabledRules, LocalDate.now(ZoneOffset.UTC));
    }

    /** @param today the day {@code until} dates of {@code # podlint-ignore} comments are compared with */
    public FindingPolicy(LintOptions options, RuleCatalog catalog, List<RuleDefinition> enabledRules, LocalDate today) {
        this.severityOverrides = options.rules().severityOverrides();
        Set<String> enabled = new HashSet<>();
        enabledRules.forEach(r -> enabled.add(r.id()));
        Set<String> known = new HashSet<>();
        catalog.all().forEach(r -> known.add(r.id()));
        Severity unusedIgnore = null;
        for (RuleDefinition rule : enabledRules) {
            if (rule.id().equals(InlineIgnores.RULE)) {
                unusedIgnore = severityOverrides.getOrDefault(rule.id(), rule.severity());
            }
        }
        this.inlineIgnores = new InlineIgnores(known, enabled, unusedIgnore, today);
        this.baseline = options.baseline() == null
                ? Baseline.NONE
                : BaselineReader.read(
                        options.workingDirectory().resolve(options.baseline()),
                        options.baseline().toString().replace('\\', '/'));
    }

    /** A notice when the baseline's entries name none of {@code lintedFiles} ({@link Baseline#unmatched}). */
    public Optional<Notification> baselineUnmatched(Collection<String> lintedFiles) {
        return baseline.unmatched(lintedFiles);
    }

    /**
     * Applies the severity overrides, drops the schema findings a rule reports more precisely
     * ({@link OneFindingPerProblem}), marks the findings an annotation silences, then those a
     * {@code # podlint-ignore} comment silences and adds the {@code unused-ignore} findings
     * ({@link InlineIgnores}), sorts, then marks the findings of the baseline (after sorting:
     * repeated findings are matched in report order).
     */
    public List<Finding> apply(List<Finding> findings, InSourceSuppressions annotations) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Severity override = severityOverrides.get(finding.ruleId());
            out.add(override == null ? finding : finding.withSeverity(override));
        }
        out = new ArrayList<>(annotations.apply(OneFindingPerProblem.apply(out)));
        out = new ArrayList<>(inlineIgnores.apply(out, annotations.directives(), annotations.annotations()));
        out.sort(FindingOrder.COMPARATOR);
        return baseline.apply(out);
    }
}
