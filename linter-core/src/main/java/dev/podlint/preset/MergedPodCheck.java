package dev.podlint.preset;

import dev.podlint.check.CollectingSink;
import dev.podlint.check.DocumentCheck;
import dev.podlint.check.FindingSink;
import dev.podlint.check.InventoryCheck;
import dev.podlint.finding.Finding;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.source.Document;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Lints each Pod as the cluster would create it: runs the given document checks on every pod that
 * PodPresets changed, and reports what they find there but not on the pod as written (that was
 * reported already), in the file that holds the offending node (the pod's, or a preset's).
 *
 * <p>Register it in {@code CheckSet.defaults} after the document checks are built:
 * {@code inventoryChecks.add(new MergedPodCheck(documentChecks, catalog, ns, templates))}.
 */
public final class MergedPodCheck implements InventoryCheck {

    private final List<DocumentCheck> checks;
    private final RuleCatalog catalog;
    private final String defaultNamespace;
    private final boolean templates;

    public MergedPodCheck(List<DocumentCheck> checks, RuleCatalog catalog, String defaultNamespace, boolean templates) {
        this.checks = List.copyOf(checks);
        this.catalog = catalog;
        this.defaultNamespace = defaultNamespace;
        this.templates = templates;
    }

    @Override
    public boolean wants(Document document) {
        return document.object() != null && (PresetReader.isPreset(document) || PodTarget.isPod(document)
                || (templates && PodTarget.templatePointer(document) != null));
    }

    /** Without a PodPreset in the run there is nothing to report. */
    @Override
    public boolean triggers(Document document) {
        return PresetReader.isPreset(document);
    }

    @Override
    public void check(List<Document> documents, FindingSink sink) {
        PresetInventory inventory = PresetInventory.of(documents, defaultNamespace, templates);
        if (inventory.presets().isEmpty()) {
            return;
        }
        for (MergeOutcome outcome : inventory.mergeAll(documents)) {
            if (!outcome.applied()) {
                continue;
            }
            MergedPod merged = outcome.merged();
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
    }

    private static List<Object> key(Finding f) {
        return List.of(f.ruleId(), f.file(), f.document(), f.path(), f.span(), Objects.toString(f.message()));
    }
}
