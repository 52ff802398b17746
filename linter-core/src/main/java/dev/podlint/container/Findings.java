package dev.podlint.container;

import dev.podlint.check.FindingSink;
import dev.podlint.source.Document;

/** Reports the findings of one pod spec, each with the note its scope calls for. */
final class Findings {

    private final FindingSink sink;
    private final Document document;
    private final PodScope scope;

    Findings(FindingSink sink, Document document, PodScope scope) {
        this.sink = sink;
        this.document = document;
        this.scope = scope;
    }

    PodScope scope() {
        return scope;
    }

    /** A finding at the node at {@code pointer} or, when it is missing, at the mapping that should hold it. */
    void at(String rule, String pointer, String message) {
        of(rule).at(pointer, message + scope.note(false), scope.outcome(false));
    }

    /** A finding at the key of the field at {@code pointer}. */
    void atKey(String rule, String pointer, String message) {
        of(rule).atKey(pointer, message + scope.note(false), scope.outcome(false));
    }

    /**
     * A finding of a rule the API server checks on Pods only (not on the templates of other
     * objects): reported for Pods, and for workloads with the note that their Pods are rejected.
     */
    void podOnlyAt(String rule, String pointer, String message) {
        if (scope.makesPods()) {
            of(rule).at(pointer, message + scope.note(true), scope.outcome(true));
        }
    }

    private dev.podlint.check.Findings of(String rule) {
        return new dev.podlint.check.Findings(rule, document, sink);
    }
}
