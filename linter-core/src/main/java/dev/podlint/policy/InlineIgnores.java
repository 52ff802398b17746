package dev.podlint.policy;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.finding.Suppression;
import dev.podlint.schema.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Applies the {@code # podlint-ignore} comments ({@link IgnoreComments}) to a run's findings: a
 * finding of a named rule at the directive's node or below it (its JSON Pointer equal to the node's
 * or under it, in the same document), or anywhere in the file for {@code podlint-ignore-file}, is
 * marked suppressed ("inSource", the reason as justification). A directive past its {@code until}
 * day silences nothing. Then each directive that cannot work or silenced nothing for a rule gets an
 * {@code unused-ignore} finding; rules not enabled in this run are not held against it.
 */
final class InlineIgnores {

    static final String RULE = "unused-ignore";

    private final Set<String> knownRules;
    private final Set<String> enabledRules;
    private final @Nullable Severity severity;
    private final LocalDate today;

    /**
     * @param severity the severity of {@code unused-ignore} findings, null when the rule is off
     * @param today    the day a directive's {@code until} is compared with
     */
    InlineIgnores(Set<String> knownRules, Set<String> enabledRules, @Nullable Severity severity, LocalDate today) {
        this.knownRules = Set.copyOf(knownRules);
        this.enabledRules = Set.copyOf(enabledRules);
        this.severity = severity;
        this.today = today;
    }

    List<Finding> apply(List<Finding> findings, List<IgnoreDirective> directives, List<IgnoreAnnotation> annotations) {
        List<Finding> out = new ArrayList<>(apply(findings, directives));
        Severity unusedSeverity = severity;
        if (unusedSeverity != null) {
            annotations.forEach(a -> unknownRules(a, unusedSeverity, out));
        }
        return out;
    }

    List<Finding> apply(List<Finding> findings, List<IgnoreDirective> directives) {
        if (directives.isEmpty()) {
            return findings;
        }
        Map<String, List<IgnoreDirective>> byFile = new HashMap<>();
        for (IgnoreDirective d : directives) {
            if (d.problem() == null && !expired(d)) {
                byFile.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(d);
            }
        }
        Map<IgnoreDirective, Set<String>> used = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            IgnoreDirective covering = f.suppressed() || f.ruleId().equals(RULE) ? null : covering(f, byFile);
            if (covering == null) {
                out.add(f);
            } else {
                used.computeIfAbsent(covering, k -> new HashSet<>()).add(f.ruleId());
                out.add(f.withSuppression(new Suppression("inSource", covering.reason())));
            }
        }
        Severity unusedSeverity = severity;
        if (unusedSeverity != null) {
            for (IgnoreDirective d : directives) {
                unused(d, used.getOrDefault(d, Set.of()), unusedSeverity, out);
            }
        }
        return out;
    }

    private static @Nullable IgnoreDirective covering(Finding f, Map<String, List<IgnoreDirective>> byFile) {
        for (IgnoreDirective d : byFile.getOrDefault(f.file(), List.of())) {
            if (d.rules().contains(f.ruleId()) && (d.fileLevel() || covers(d, f))) {
                return d;
            }
        }
        return null;
    }

    private static boolean covers(IgnoreDirective d, Finding f) {
        String pointer = d.pointer();
        return pointer != null
                && d.document() == f.document()
                && (f.path().equals(pointer) || f.path().startsWith(pointer + "/"));
    }

    private boolean expired(IgnoreDirective d) {
        return d.until() != null && d.until().isBefore(today);
    }

    private void unused(IgnoreDirective d, Set<String> usedRules, Severity severity, List<Finding> out) {
        String problem = d.problem();
        if (problem != null) {
            out.add(finding(d, severity, problem));
            return;
        }
        if (expired(d)) {
            out.add(finding(
                    d,
                    severity,
                    d.keyword() + " " + String.join(", ", d.rules()) + " expired on " + d.until()
                            + " and silences nothing since: fix what it silenced, or set a later date"));
            return;
        }
        String where = d.fileLevel() ? "in this file" : "at " + d.pointer() + " or below";
        for (String rule : d.rules()) {
            if (rule.equals(RULE)) {
                out.add(finding(
                        d,
                        severity,
                        RULE + " cannot be silenced by a comment; turn it off or lower it in the config file"));
            } else if (!knownRules.contains(rule)) {
                String near = Suggestions.closest(rule, knownRules);
                out.add(finding(
                        d,
                        severity,
                        "unknown rule '" + rule + "'" + (near == null ? "" : "; did you mean '" + near + "'?")));
            } else if (enabledRules.contains(rule) && !usedRules.contains(rule)) {
                out.add(finding(
                        d, severity, d.keyword() + " " + rule + " silenced nothing: no " + rule + " finding " + where));
            }
        }
    }

    /** A {@code podlint.dev/ignore} annotation is checked only for the rule ids podlint does not know. */
    private void unknownRules(IgnoreAnnotation a, Severity severity, List<Finding> out) {
        for (String rule : a.rules()) {
            if (!knownRules.contains(rule)) {
                String near = Suggestions.closest(rule, knownRules);
                out.add(new Finding(
                        RULE,
                        severity,
                        "unknown rule '" + rule + "' in the " + InSourceSuppressions.ANNOTATION + " annotation"
                                + (near == null ? "" : "; did you mean '" + near + "'?"),
                        a.file(),
                        a.document(),
                        a.kind(),
                        a.name(),
                        a.namespace(),
                        a.pointer(),
                        a.span(),
                        List.of(),
                        null));
            }
        }
    }

    private static Finding finding(IgnoreDirective d, Severity severity, String message) {
        String pointer = d.pointer();
        return new Finding(
                RULE,
                severity,
                message,
                d.file(),
                d.document(),
                d.kind(),
                d.name(),
                d.namespace(),
                pointer == null ? "" : pointer,
                d.span(),
                List.of(),
                null);
    }
}
