package dev.podlint.check;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Outcome;
import dev.podlint.finding.Severity;
import dev.podlint.source.Document;
import dev.podlint.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects findings for one file (or the inventory stage), at each rule's default severity. */
public final class CollectingSink implements FindingSink {

    private final RuleSeverities severities;
    private final List<Finding> findings = new ArrayList<>();

    public CollectingSink(RuleSeverities severities) {
        this.severities = severities;
    }

    @Override
    public void report(String ruleId, Document document, String relativePointer, Span span, String message) {
        report(ruleId, document, relativePointer, span, message, null);
    }

    @Override
    public synchronized void report(
            String ruleId,
            Document document,
            String relativePointer,
            Span span,
            String message,
            @Nullable Outcome outcome) {
        Severity severity = severities.defaultSeverity(ruleId);
        if (severity == null) {
            throw new IllegalStateException("a check reported the unknown rule '" + ruleId + "'");
        }
        findings.add(Finding.of(ruleId, severity, message, document, relativePointer, span)
                .withOutcome(outcome));
    }

    @Override
    public synchronized void add(Finding finding) {
        findings.add(finding);
    }

    public synchronized List<Finding> findings() {
        return new ArrayList<>(findings);
    }

    public synchronized int size() {
        return findings.size();
    }

    /** The findings from the {@code from}-th on, in the order they came. */
    public synchronized List<Finding> findingsFrom(int from) {
        return new ArrayList<>(findings.subList(from, findings.size()));
    }
}
