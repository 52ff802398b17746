package dev.podlint.run;

import dev.podlint.finding.Finding;
import dev.podlint.report.Summary;
import java.util.List;

/** Counts a report's findings by severity, the suppressed ones apart. */
final class Summaries {

    private Summaries() {}

    static Summary of(int files, int documents, List<Finding> findings) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int suppressed = 0;
        for (Finding f : findings) {
            if (f.suppressed()) {
                suppressed++;
                continue;
            }
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        }
        return new Summary(files, documents, errors, warnings, infos, suppressed);
    }
}
