package dev.podlint.check;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Outcome;
import dev.podlint.source.Document;
import dev.podlint.source.Span;
import org.jspecify.annotations.Nullable;

/** Where checks put what they find. Thread-safe: files are checked in parallel. */
public interface FindingSink {

    /**
     * Reports a finding of {@code ruleId} (at the rule's default severity) about the node at
     * {@code relativePointer} of {@code document}, written at {@code span}.
     */
    void report(String ruleId, Document document, String relativePointer, Span span, String message);

    /** As {@link #report(String, Document, String, Span, String)}, for a finding with an {@link Outcome} of its own. */
    void report(
            String ruleId,
            Document document,
            String relativePointer,
            Span span,
            String message,
            @Nullable Outcome outcome);

    /** Adds a finding built by the check itself (e.g. with related locations). */
    void add(Finding finding);
}
