package dev.podlint.finding;

import dev.podlint.source.Document;
import dev.podlint.source.Span;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A problem found in a manifest, pointing at the exact node.
 *
 * @param ruleId      stable rule id, e.g. {@code schema}
 * @param severity    after configuration overrides
 * @param message     what is wrong and how to fix it; never a Secret's value
 * @param file        display path of the file
 * @param document    0-based index of the YAML document in the file
 * @param kind        the object's kind, or null
 * @param name        the object's metadata.name, or null
 * @param namespace   the object's metadata.namespace, or null
 * @param path        JSON Pointer of the node within its YAML document
 * @param span        where the node is written
 * @param related     other locations that explain the finding
 * @param suppression set when an annotation or baseline silences the finding, else null
 * @param outcome     what kubectl apply does with the object when the rule alone does not say it, else null
 */
public record Finding(
        String ruleId,
        Severity severity,
        String message,
        String file,
        int document,
        @Nullable String kind,
        @Nullable String name,
        @Nullable String namespace,
        String path,
        Span span,
        List<RelatedLocation> related,
        @Nullable Suppression suppression,
        @Nullable Outcome outcome) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(span, "span");
        path = path == null ? "" : path;
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A finding whose rule says what kubectl apply does. */
    public Finding(
            String ruleId,
            Severity severity,
            String message,
            String file,
            int document,
            @Nullable String kind,
            @Nullable String name,
            @Nullable String namespace,
            String path,
            Span span,
            List<RelatedLocation> related,
            @Nullable Suppression suppression) {
        this(ruleId, severity, message, file, document, kind, name, namespace, path, span, related, suppression, null);
    }

    /** A finding about a node of {@code document}; {@code relativePointer} is relative to the object. */
    public static Finding of(
            String ruleId, Severity severity, String message, Document document, String relativePointer, Span span) {
        return new Finding(
                ruleId,
                severity,
                message,
                document.source().displayPath(),
                document.index(),
                document.kind(),
                document.name(),
                document.namespace(),
                document.pointer(relativePointer),
                span,
                List.of(),
                null);
    }

    public Finding withSeverity(Severity newSeverity) {
        Copy copy = new Copy(this);
        copy.severity = newSeverity;
        return copy.finding();
    }

    public Finding withSuppression(@Nullable Suppression newSuppression) {
        Copy copy = new Copy(this);
        copy.suppression = newSuppression;
        return copy.finding();
    }

    public Finding withFile(String newFile) {
        Copy copy = new Copy(this);
        copy.file = newFile;
        return copy.finding();
    }

    public Finding withRelated(List<RelatedLocation> newRelated) {
        Copy copy = new Copy(this);
        copy.related = newRelated;
        return copy.finding();
    }

    public Finding withOutcome(@Nullable Outcome newOutcome) {
        Copy copy = new Copy(this);
        copy.outcome = newOutcome;
        return copy.finding();
    }

    /** The components of a finding, to change one and build the changed finding. */
    private static final class Copy {
        private Severity severity;
        private String file;
        private List<RelatedLocation> related;
        private @Nullable Suppression suppression;
        private @Nullable Outcome outcome;
        private final Finding of;

        Copy(Finding of) {
            this.of = of;
            this.severity = of.severity;
            this.file = of.file;
            this.related = of.related;
            this.suppression = of.suppression;
            this.outcome = of.outcome;
        }

        Finding finding() {
            return new Finding(
                    of.ruleId,
                    severity,
                    of.message,
                    file,
                    of.document,
                    of.kind,
                    of.name,
                    of.namespace,
                    of.path,
                    of.span,
                    related,
                    suppression,
                    outcome);
        }
    }

    public boolean suppressed() {
        return suppression != null;
    }
}
