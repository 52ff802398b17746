package dev.podlint.check;

import dev.podlint.finding.Outcome;
import dev.podlint.source.Document;
import org.jspecify.annotations.Nullable;

/** Reports one rule's findings about one document: at a node, or at the key a node sits under. */
public record Findings(String rule, Document document, FindingSink sink) {

    /** At the node of {@code pointer} (relative to the object), or the mapping that should hold it. */
    public void at(String pointer, String message) {
        sink.report(rule, document, pointer, document.spanOf(pointer), message);
    }

    /** At the key of the node of {@code pointer}. */
    public void atKey(String pointer, String message) {
        sink.report(rule, document, pointer, document.keySpanOf(pointer), message);
    }

    /** As {@link #at(String, String)}, for a finding with an {@link Outcome} of its own. */
    public void at(String pointer, String message, @Nullable Outcome outcome) {
        sink.report(rule, document, pointer, document.spanOf(pointer), message, outcome);
    }

    /** As {@link #atKey(String, String)}, for a finding with an {@link Outcome} of its own. */
    public void atKey(String pointer, String message, @Nullable Outcome outcome) {
        sink.report(rule, document, pointer, document.keySpanOf(pointer), message, outcome);
    }
}
