package dev.podlint.report;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.rule.RuleDefinition;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The human format: {@code file:line:col: severity rule-id message}, the source line with a caret
 * under the node, the notes of related locations, the rule's hint (the {@code fix} of its rule
 * file), and a summary line. ANSI colour only when asked for.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";

    private final boolean color;

    public TextReporter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, String> hints = new HashMap<>();
        for (RuleDefinition rule : report.rules()) {
            if (!rule.fix().isEmpty()) {
                hints.put(rule.id(), rule.fix());
            }
        }
        for (Finding finding : report.findings()) {
            if (finding.suppressed()) {
                continue;
            }
            writeFinding(report, finding, hints.get(finding.ruleId()), out);
        }
        out.write(summaryLine(report));
        out.write('\n');
        out.flush();
    }

    /** The longest source line shown whole. */
    static final int MAX_SHOWN = 200;

    private void writeFinding(Report report, Finding f, @Nullable String hint, Writer out) throws IOException {
        String location = f.file() + ":" + f.span().line() + ":" + f.span().column() + ":";
        out.write(paint(BOLD, location));
        out.write(' ');
        out.write(paint(colorOf(f.severity()), f.severity().label()));
        out.write(' ');
        out.write(paint(DIM, f.ruleId()));
        out.write(' ');
        out.write(f.message());
        out.write('\n');
        String line = report.excerpts().line(f.file(), f.span().line());
        if (line != null && !line.isBlank()) {
            String number = String.valueOf(f.span().line());
            String gutter = " ".repeat(number.length());
            String shown = line;
            int start = Math.min(f.span().column() - 1, shown.length());
            int end = Math.min(f.span().endLine() == f.span().line() ? f.span().endColumn() - 1 : shown.length(),
                    shown.length());
            if (shown.length() > MAX_SHOWN) {
                // a long line (a value megabytes long) is shown around the column it is pointed at
                int from = Math.max(0, start - MAX_SHOWN / 4);
                int to = Math.min(shown.length(), from + MAX_SHOWN);
                String before = from > 0 ? "..." : "";
                shown = before + shown.substring(from, to) + (to < shown.length() ? "..." : "");
                start = start - from + before.length();
                end = Math.min(end, to) - from + before.length();
            }
            out.write(" " + number + " | " + shown.replace('\t', ' ') + "\n");
            int width = Math.max(1, end - start);
            String caret = "^" + "~".repeat(width - 1);
            out.write(" " + gutter + " | " + " ".repeat(start) + paint(colorOf(f.severity()), caret) + "\n");
        }
        for (var related : f.related()) {
            out.write("    " + paint(DIM, "note: " + related.file() + ":" + related.span().line() + ":"
                    + related.span().column() + ": " + related.message()) + "\n");
        }
        if (hint != null) {
            out.write("    " + paint(CYAN, "hint:") + " " + hint + "\n");
        }
    }

    public static String summaryLine(Report report) {
        Summary s = report.summary();
        String where = count(s.files(), "file") + " (" + count(s.documents(), "document") + ")";
        String suppressed = s.suppressed() > 0 ? ", " + s.suppressed() + " suppressed" : "";
        if (s.errors() + s.warnings() + s.infos() == 0) {
            return "podlint: no problems in " + where + suppressed;
        }
        return "podlint: " + count(s.errors(), "error") + ", " + count(s.warnings(), "warning") + ", "
                + count(s.infos(), "info") + " in " + where + suppressed;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String colorOf(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
