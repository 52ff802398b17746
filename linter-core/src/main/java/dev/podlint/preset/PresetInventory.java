package dev.podlint.preset;

import dev.podlint.config.PresetFeatureGates;
import dev.podlint.source.Document;
import java.util.ArrayList;
import java.util.List;

/** The PodPresets of a run, and the pods (or, on request, workload templates) they apply to. */
public final class PresetInventory {

    private final List<PodPreset> presets;
    private final String defaultNamespace;
    private final boolean templates;
    private final PresetFeatureGates gates;

    private PresetInventory(
            List<PodPreset> presets, String defaultNamespace, boolean templates, PresetFeatureGates gates) {
        this.presets = presets;
        this.defaultNamespace = defaultNamespace;
        this.templates = templates;
        this.gates = gates;
    }

    /**
     * The PodPresets among {@code presetDocuments}.
     *
     * @param presetDocuments documents among which the PodPresets are (others are ignored)
     * @param templates       also treat workload pod templates as targets (beyond upstream)
     * @param gates           the API server's feature gates the plugin reads
     */
    public static PresetInventory of(
            List<Document> presetDocuments, String defaultNamespace, boolean templates, PresetFeatureGates gates) {
        PresetReader reader = new PresetReader(defaultNamespace);
        return new PresetInventory(
                presetDocuments.stream()
                        .filter(PresetReader::isPreset)
                        .map(reader::read)
                        .toList(),
                defaultNamespace,
                templates,
                gates);
    }

    public List<PodPreset> presets() {
        return presets;
    }

    /** Whether presets apply to {@code document}: a Pod, or with templates a workload. */
    public boolean isTarget(Document document) {
        return document.object() != null
                && (PodTarget.isPod(document) || (templates && PodTarget.templatePointer(document) != null));
    }

    public PodTarget target(Document document) {
        return PodTarget.of(document, defaultNamespace);
    }

    public MergeOutcome merge(Document document) {
        return PresetMerger.merge(target(document), presets, gates);
    }

    /** The outcome for every target among {@code documents}, in their order. */
    public List<MergeOutcome> mergeAll(List<Document> documents) {
        List<MergeOutcome> out = new ArrayList<>();
        for (Document document : documents) {
            if (isTarget(document)) {
                out.add(merge(document));
            }
        }
        return out;
    }
}
