package dev.podlint.report;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one annotation per unsuppressed finding
 * ({@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message}), the run's own
 * problems as annotations too, then the summary line.
 */
public final class GithubReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (Finding f : report.findings()) {
            if (f.suppressed()) {
                continue;
            }
            out.write("::" + command(f) + " file=" + property(f.file()) + ",line="
                    + f.span().line()
                    + ",col=" + f.span().column() + ",endLine=" + f.span().endLine()
                    + ",endColumn=" + f.span().endColumn() + ",title=" + property(f.ruleId())
                    + "::" + data(f.message()) + "\n");
        }
        for (Notification n : report.notifications()) {
            String file = n.file() == null ? "" : "file=" + property(n.file()) + ",";
            out.write("::" + (n.error() ? "error" : "warning") + " " + file + "title=podlint::" + data(n.message())
                    + "\n");
        }
        out.write(TextReporter.summaryLine(report));
        out.write('\n');
        out.flush();
    }

    private static String command(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** A command's message, escaped as GitHub's toolkit does: %, CR and LF. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value: as {@link #data}, plus ':' and ',' which delimit properties. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
