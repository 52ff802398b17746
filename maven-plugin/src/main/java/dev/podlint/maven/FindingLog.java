package dev.podlint.maven;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.finding.RelatedLocation;
import dev.podlint.report.Report;
import dev.podlint.report.Visible;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes a report into the build log, one line per finding at the level of its severity, as
 * {@code file:line:col: rule-id message} with the file relative to the project's folder.
 * Suppressed findings go to the debug log only; info-level ones too unless asked for. Messages name
 * the goal's parameters where the engine names the command line's options.
 */
final class FindingLog {

    private final Log log;
    private final UnaryOperator<String> shown;
    private final boolean infoFindings;

    /**
     * @param shown        how a file the engine names is shown
     * @param infoFindings log info-level findings at info level, not debug
     */
    FindingLog(Log log, UnaryOperator<String> shown, boolean infoFindings) {
        this.log = log;
        this.shown = shown;
        this.infoFindings = infoFindings;
    }

    void write(Report report) {
        for (Notification n : report.notifications()) {
            String line = "podlint: "
                    + Visible.of(
                            (n.file() == null ? "" : shown.apply(n.file()) + ": ") + ParameterNames.of(n.message()));
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
                        "    note: " + Visible.of(shown.apply(related.file())) + ":"
                                + related.span().line() + ":" + related.span().column() + ": "
                                + Visible.of(related.message()));
            }
        }
    }

    String line(Finding f) {
        return Visible.of(shown.apply(f.file())) + ":" + f.span().line() + ":"
                + f.span().column() + ": " + f.ruleId() + " " + Visible.of(ParameterNames.of(f.message()));
    }

    private void emit(Finding f, String text) {
        switch (f.severity()) {
            case ERROR -> log.error(text);
            case WARNING -> log.warn(text);
            case INFO -> {
                if (infoFindings) {
                    log.info(text);
                } else {
                    log.debug(text);
                }
            }
        }
    }
}
