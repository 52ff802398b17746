package dev.podlint.report;

import dev.podlint.finding.Finding;
import dev.podlint.source.Span;
import dev.podlint.source.SourceFile;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps the source lines of a file's findings, with Secret values masked. When the file could not be
 * parsed to its end and mentions a Secret, lines after the last parsed document are masked after
 * their first colon, since their meaning is unknown.
 */
public final class ExcerptRecorder {

    static final String MASK = "<redacted>";
    private static final Pattern SECRET_KIND = Pattern.compile("(?m)^\\s*kind:\\s*[\"']?Secret\\b");

    private ExcerptRecorder() {
    }

    /**
     * @param secretSpans     where Secret values are written in the file
     * @param unparsedFromLine first line whose structure is unknown (after a YAML error), or 0
     */
    public static void record(SourceExcerpts excerpts, SourceFile source, List<Finding> findings,
            List<Span> secretSpans, int unparsedFromLine) {
        boolean mayHideSecret = unparsedFromLine > 0 && SECRET_KIND.matcher(source.text()).find();
        List<Span> ordered = rightToLeft(secretSpans);
        for (Finding finding : findings) {
            int line = finding.span().line();
            if (!finding.file().equals(source.displayPath()) || excerpts.line(source.displayPath(), line) != null) {
                continue;
            }
            String text = source.line(line);
            text = maskOrdered(text, line, ordered);
            if (mayHideSecret && line >= unparsedFromLine) {
                int colon = text.indexOf(':');
                text = colon < 0 ? MASK : text.substring(0, colon + 1) + " " + MASK;
            }
            excerpts.put(source.displayPath(), line, text);
        }
    }

    static String maskSecrets(String text, int line, List<Span> secretSpans) {
        return maskOrdered(text, line, rightToLeft(secretSpans));
    }

    /** Right to left, so that masking one value does not shift the columns of the others. */
    private static List<Span> rightToLeft(List<Span> secretSpans) {
        return secretSpans.stream()
                .sorted(Comparator.comparingInt(Span::line).thenComparingInt(Span::column).reversed()).toList();
    }

    private static String maskOrdered(String text, int line, List<Span> ordered) {
        String result = text;
        for (Span span : ordered) {
            if (line < span.line() || line > span.endLine()) {
                continue;
            }
            int from = line == span.line() ? Math.min(span.column() - 1, result.length()) : leadingSpaces(result);
            int to = line == span.endLine() ? Math.min(span.endColumn() - 1, result.length()) : result.length();
            if (to > from) {
                result = result.substring(0, from) + MASK + result.substring(to);
            } else if (line > span.line() && line < span.endLine()) {
                result = result.substring(0, from) + MASK;
            }
        }
        return result;
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
