package dev.podlint.report;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report's findings and notifications grouped by file, for the formats that list every file: the
 * linted files in input order, then any other file a finding or notification names (a PodPreset
 * file, say). Suppressed findings are left out.
 */
final class ReportedFiles {

    /** What one file got: its unsuppressed findings in report order, and its notifications. */
    record FileEntry(String file, List<Finding> findings, List<Notification> notifications) {}

    private ReportedFiles() {}

    static List<FileEntry> of(Report report) {
        Set<String> order = new LinkedHashSet<>(report.files());
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        Map<String, List<Notification>> notifications = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            if (!f.suppressed()) {
                order.add(f.file());
                findings.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
            }
        }
        for (Notification n : report.notifications()) {
            if (n.file() != null) {
                order.add(n.file());
                notifications.computeIfAbsent(n.file(), k -> new ArrayList<>()).add(n);
            }
        }
        List<FileEntry> out = new ArrayList<>(order.size());
        for (String file : order) {
            out.add(new FileEntry(
                    file, findings.getOrDefault(file, List.of()), notifications.getOrDefault(file, List.of())));
        }
        return out;
    }
}
