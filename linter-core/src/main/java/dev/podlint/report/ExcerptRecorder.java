package dev.podlint.report;

import dev.podlint.finding.Finding;
import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SecretValues;
import dev.podlint.source.SourceFile;
import dev.podlint.source.Span;
import dev.podlint.source.UnparsedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the source lines of a file's findings, with Secret values masked, and none of a file that is
 * no Kubernetes manifest. When the file could not be parsed to its end, the lines after the last
 * parsed document are masked by their tokens ({@link UnparsedText}): keys stay, values go, whatever
 * the style (block, flow, JSON), since whether they belong to a Secret is unknown.
 */
public final class ExcerptRecorder {

    static final String MASK = "<redacted>";

    private ExcerptRecorder() {}

    /**
     * Records the source excerpts of a file's findings, with Secret values masked.
     *
     * @param documents        the file's parsed documents (for the Secret values and what is a manifest)
     * @param unparsedFromLine first line whose structure is unknown (after a YAML error), or 0
     */
    public static void record(
            SourceExcerpts excerpts,
            SourceFile source,
            List<Finding> findings,
            List<Document> documents,
            int unparsedFromLine) {
        if (!excerpts.recording()) {
            return;
        }
        List<Span> ordered = rightToLeft(SecretValues.spans(documents));
        boolean anyManifest = documents.stream().anyMatch(ExcerptRecorder::isManifest);
        UnparsedText unparsed = null;
        for (Finding finding : findings) {
            int line = finding.span().line();
            if (!finding.file().equals(source.displayPath()) || excerpts.line(source.displayPath(), line) != null) {
                continue;
            }
            Masked masked;
            if (unparsedFromLine > 0 && line >= unparsedFromLine) {
                unparsed = unparsed == null ? UnparsedText.scan(source.text(), unparsedFromLine) : unparsed;
                if (!anyManifest && !unparsed.manifest()) {
                    continue;
                }
                masked = maskOrdered(source.line(line), line, rightToLeft(unparsed.hidden()));
            } else {
                if (!shownAt(line, documents, anyManifest)) {
                    continue;
                }
                masked = maskOrdered(source.line(line), line, ordered);
            }
            excerpts.put(source.displayPath(), line, masked.text(), masked.masks());
        }
    }

    /**
     * A Kubernetes object, or at least meant as one: a mapping with {@code apiVersion} or {@code kind}.
     * Anything else (a registry config, a credentials file) is never shown.
     */
    private static boolean isManifest(Document document) {
        MappingNode object = document.object();
        return object != null && (object.node("apiVersion") != null || object.node("kind") != null);
    }

    /** A line of a manifest document, or between documents of a file that holds manifests. */
    private static boolean shownAt(int line, List<Document> documents, boolean anyManifest) {
        for (Document document : documents) {
            Span span = document.root().span();
            if (line >= span.line() && line <= span.endLine()) {
                return isManifest(document);
            }
        }
        return anyManifest;
    }

    /** Right to left, so that masking one value does not shift the columns of the others. */
    private static List<Span> rightToLeft(List<Span> secretSpans) {
        return secretSpans.stream()
                .sorted(Comparator.comparingInt(Span::line)
                        .thenComparingInt(Span::column)
                        .reversed())
                .toList();
    }

    /** A masked line, and its masks as {@link SourceExcerpts} keeps them (left to right). */
    @SuppressWarnings("ArrayRecordComponent") // private; never compared or hashed
    private record Masked(String text, int[] masks) {}

    private static Masked maskOrdered(String text, int line, List<Span> ordered) {
        String result = text;
        List<int[]> masks = new ArrayList<>();
        for (Span span : ordered) {
            if (line < span.line() || line > span.endLine()) {
                continue;
            }
            int from = line == span.line() ? Math.min(span.column() - 1, result.length()) : leadingSpaces(result);
            int to = line == span.endLine() ? Math.min(span.endColumn() - 1, result.length()) : result.length();
            if (to <= from && line > span.line() && line < span.endLine()) {
                to = result.length();
            }
            if (to > from) {
                result = result.substring(0, from) + MASK + result.substring(to);
                masks.add(0, new int[] {from, to, MASK.length()});
            }
        }
        int[] flat = new int[masks.size() * 3];
        for (int i = 0; i < masks.size(); i++) {
            System.arraycopy(masks.get(i), 0, flat, i * 3, 3);
        }
        return new Masked(result, flat);
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
