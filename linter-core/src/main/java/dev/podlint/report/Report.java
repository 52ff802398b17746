package dev.podlint.report;

import dev.podlint.finding.FailThreshold;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.rule.RuleDefinition;
import java.util.List;

/**
 * The outcome of a run, what every reporter renders.
 *
 * @param findings      sorted, suppressed ones included
 * @param notifications problems of the run itself
 * @param rules         the rules that were enabled, sorted by id
 * @param excerpts      the source lines findings point at
 * @param files         the files linted, in input order (not the {@code --preset} ones)
 */
public record Report(
        List<Finding> findings,
        List<Notification> notifications,
        Summary summary,
        List<RuleDefinition> rules,
        SourceExcerpts excerpts,
        List<String> files) {

    public Report {
        files = List.copyOf(files);
    }

    /** A report that names no linted file beyond those of its findings. */
    public Report(
            List<Finding> findings,
            List<Notification> notifications,
            Summary summary,
            List<RuleDefinition> rules,
            SourceExcerpts excerpts) {
        this(findings, notifications, summary, rules, excerpts, List.of());
    }

    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_ERROR = 2;

    /** 2 if the run itself had an error, 1 if an unsuppressed finding reaches the threshold, else 0. */
    public int exitCode(FailThreshold failOn) {
        if (notifications.stream().anyMatch(Notification::error)) {
            return EXIT_ERROR;
        }
        boolean failing = findings.stream().anyMatch(f -> !f.suppressed() && failOn.failsOn(f.severity()));
        return failing ? EXIT_FINDINGS : EXIT_OK;
    }
}
