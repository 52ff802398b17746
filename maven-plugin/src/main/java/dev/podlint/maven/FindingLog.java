package dev.podlint.maven;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.finding.RelatedLocation;
import dev.podlint.report.Report;
import dev.podlint.report.Visible;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes a report into the build log, one line per finding at the level of its severity, as
 * {@code file:line:col: rule-id message} with the file relative to the project's folder.
 * Suppressed findings go to the debug log only.
 */
final class FindingLog {

    private final Log log;

    FindingLog(Log log) {
        this.log = log;
    }

    void write(Report report) {
        for (Notification n : report.notifications()) {
            String line = "podlint: " + Visible.of((n.file() == null ? "" : n.file() + ": ") + n.message());
            if (n.error()) {
                log.error(line);
            } else {
                log.warn(line);
            }
        }
        for (Finding f : report.findings()) {
            if (f.suppressed()) {
                log.debug("suppressed (" + f.suppression().kind() + "): " + line(f));
                continue;
            }
            emit(f, line(f));
            for (RelatedLocation related : f.related()) {
                emit(
                        f,
                        "    note: " + Visible.of(related.file()) + ":"
                                + related.span().line() + ":" + related.span().column() + ": "
                                + Visible.of(related.message()));
            }
        }
    }

    static String line(Finding f) {
        return Visible.of(f.file()) + ":" + f.span().line() + ":" + f.span().column() + ": " + f.ruleId() + " "
                + Visible.of(f.message());
    }

    private void emit(Finding f, String text) {
        switch (f.severity()) {
            case ERROR -> log.error(text);
            case WARNING -> log.warn(text);
            case INFO -> log.info(text);
        }
    }
}
