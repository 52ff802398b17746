package dev.podlint.preset;

import dev.podlint.check.CollectingSink;
import dev.podlint.check.DocumentCheck;
import dev.podlint.check.FindingSink;
import dev.podlint.finding.Finding;
import dev.podlint.rule.RuleCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Lints a Pod as the cluster would create it: runs the document checks on a pod that PodPresets
 * changed, and reports what they find there but not on the pod as written (that was reported
 * already), in the file that holds the offending node (the pod's, or a preset's).
 */
final class MergedPodLinter {

    private final List<DocumentCheck> checks;
    private final RuleCatalog catalog;

    MergedPodLinter(List<DocumentCheck> checks, RuleCatalog catalog) {
        this.checks = List.copyOf(checks);
        this.catalog = catalog;
    }

    void lint(MergedPod merged, FindingSink sink) {
        CollectingSink asWritten = new CollectingSink(catalog);
        CollectingSink afterPresets = new CollectingSink(catalog);
        for (DocumentCheck check : checks) {
            check.check(merged.original(), asWritten);
            check.check(merged.asDocument(), merged.relocating(afterPresets, catalog));
        }
        Set<List<Object>> known = new HashSet<>();
        asWritten.findings().forEach(f -> known.add(key(f)));
        for (Finding finding : afterPresets.findings()) {
            if (known.add(key(finding))) {
                sink.add(finding);
            }
        }
    }

    private static List<Object> key(Finding f) {
        return List.of(f.ruleId(), f.file(), f.document(), f.path(), f.span(), Objects.toString(f.message()));
    }
}
