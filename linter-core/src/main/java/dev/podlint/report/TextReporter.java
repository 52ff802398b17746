package dev.podlint.report;

import dev.podlint.finding.Finding;
import dev.podlint.finding.FindingCap;
import dev.podlint.finding.Notification;
import dev.podlint.finding.Severity;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.source.Discovery;
import dev.podlint.source.SkippedFile;
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
    private final boolean verbose;

    public TextReporter(boolean color) {
        this(color, false);
    }

    /** @param verbose the files a folder walk left out are listed, and the summary line names the config file in force */
    public TextReporter(boolean color, boolean verbose) {
        this.color = color;
        this.verbose = verbose;
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
        if (verbose) {
            for (SkippedFile skipped : report.summary().skippedFiles()) {
                out.write(paint(
                                DIM,
                                "skipped: " + Visible.of(skipped.path()) + " ("
                                        + skipped.reason().label() + ")") + "\n");
            }
        }
        if (report.summary().files() == 0 && report.notifications().stream().anyMatch(Notification::error)) {
            // Nothing was linted because of an error (no manifest found, say): that error, printed
            // beside the report, is the one answer, not "no problems in 0 files" before it.
            out.flush();
            return;
        }
        out.write(summaryLine(report, verbose));
        out.write('\n');
        out.flush();
    }

    /** The longest source line shown whole. */
    static final int MAX_SHOWN = 200;

    private void writeFinding(Report report, Finding f, @Nullable String hint, Writer out) throws IOException {
        String location =
                Visible.of(f.file()) + ":" + f.span().line() + ":" + f.span().column() + ":";
        out.write(paint(BOLD, location));
        out.write(' ');
        out.write(paint(colorOf(f.severity()), f.severity().label()));
        out.write(' ');
        out.write(paint(DIM, Visible.of(f.ruleId())));
        out.write(' ');
        out.write(Visible.of(f.message()));
        out.write('\n');
        String line = report.excerpts().line(f.file(), f.span().line());
        if (line != null && !line.isBlank()) {
            String number = String.valueOf(f.span().line());
            String gutter = " ".repeat(number.length());
            String kept = line.replace('\t', ' ');
            String shown = Visible.of(kept);
            int start = shownColumn(report, f, kept, f.span().column() - 1);
            int end = f.span().endLine() == f.span().line()
                    ? Math.max(start + 1, shownColumn(report, f, kept, f.span().endColumn() - 1))
                    : shown.length();
            end = Math.min(end, shown.length());
            if (shown.length() > MAX_SHOWN) {
                // a long line (a value megabytes long) is shown around the column it is pointed at
                int from = Math.max(0, start - MAX_SHOWN / 4);
                int to = Math.min(shown.length(), from + MAX_SHOWN);
                String before = from > 0 ? "..." : "";
                shown = before + shown.substring(from, to) + (to < shown.length() ? "..." : "");
                start = start - from + before.length();
                end = Math.min(end, to) - from + before.length();
            }
            out.write(" " + number + " | " + shown + "\n");
            int width = Math.max(1, end - start);
            String caret = "^" + "~".repeat(width - 1);
            out.write(" " + gutter + " | " + " ".repeat(start) + paint(colorOf(f.severity()), caret) + "\n");
        }
        for (var related : f.related()) {
            out.write("    "
                    + paint(
                            DIM,
                            "note: " + Visible.of(related.file()) + ":"
                                    + related.span().line() + ":"
                                    + related.span().column() + ": " + Visible.of(related.message()))
                    + "\n");
        }
        if (hint != null) {
            out.write("    " + paint(CYAN, "hint:") + " " + Visible.of(hint) + "\n");
        }
    }

    /** Where a 0-based column of the source line is in the shown line: after masks and written-out control characters. */
    private static int shownColumn(Report report, Finding f, String kept, int sourceColumn) {
        int column = Math.min(report.excerpts().column(f.file(), f.span().line(), sourceColumn), kept.length());
        return Visible.of(kept.substring(0, column)).length();
    }

    public static String summaryLine(Report report) {
        Summary s = report.summary();
        String where = count(s.files(), "file") + " (" + count(s.documents(), "document") + ")";
        String suppressed = (s.suppressed() > 0 ? ", " + s.suppressed() + " suppressed" : "")
                + (s.leftOut() > 0
                        ? ", " + s.leftOut() + " more left out (at most " + FindingCap.PER_RULE_AND_FILE
                                + " per rule and file)"
                        : "")
                + (s.skipped() > 0 ? "; " + count(s.skipped(), "path") + " skipped" : "")
                + (s.skippedFiles().isEmpty()
                        ? ""
                        : "; " + count(s.skippedFiles().size(), "file") + " skipped: "
                                + Discovery.describe(s.skippedFiles()));
        if (s.errors() + s.warnings() + s.infos() == 0) {
            return "podlint: no problems in " + where + suppressed;
        }
        return "podlint: " + count(s.errors(), "error") + ", " + count(s.warnings(), "warning") + ", "
                + count(s.infos(), "info") + " in " + where + suppressed;
    }

    /** The summary line, and with {@code verbose} the config file in force. */
    public static String summaryLine(Report report, boolean verbose) {
        String config = report.summary().config();
        return summaryLine(report) + (verbose ? "; config: " + (config == null ? "none" : config) : "");
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
