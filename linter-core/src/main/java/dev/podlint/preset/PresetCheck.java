package dev.podlint.preset;

import dev.podlint.check.DocumentCheck;
import dev.podlint.check.FindingSink;
import dev.podlint.check.InventoryCheck;
import dev.podlint.config.PresetFeatureGates;
import dev.podlint.finding.Finding;
import dev.podlint.finding.RelatedLocation;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.source.Document;
import dev.podlint.source.Span;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Applies the PodPresets found among the linted documents (and {@code --preset} files) to the
 * Pods, and reports conflicts, envFrom sources the plugin would drop, selectors it cannot
 * convert, and presets that select nothing.
 */
public final class PresetCheck implements InventoryCheck {

    public static final String CONFLICT = "preset-conflict";
    public static final String UNUSED = "preset-unused";
    public static final String ENVFROM_DROPPED = "preset-envfrom-dropped";
    public static final String SELECTOR_INVALID = "preset-selector-invalid";

    private final RuleCatalog catalog;
    private final Set<String> rules;
    private final String defaultNamespace;
    private final boolean templates;
    private final PresetFeatureGates gates;
    private final MergedPodLinter mergedPods;
    private final PodSelectionKey.Factory keys = new PodSelectionKey.Factory();

    /**
     * @param defaultNamespace the namespace of documents that name none
     * @param templates        also apply presets to workload pod templates (beyond upstream)
     * @param documentChecks   run again on each Pod as the presets change it (a preset mount without
     *                         its volume, say), reporting only what the presets added
     */
    public PresetCheck(
            RuleCatalog catalog, String defaultNamespace, boolean templates, List<DocumentCheck> documentChecks) {
        this(
                catalog,
                Set.of(CONFLICT, UNUSED, ENVFROM_DROPPED, SELECTOR_INVALID),
                defaultNamespace,
                templates,
                PresetFeatureGates.DEFAULT,
                documentChecks);
    }

    /**
     * @param rules the rules to report, of the four above; the merged Pods are checked whichever they are
     * @param gates the API server's feature gates the plugin reads
     */
    public PresetCheck(
            RuleCatalog catalog,
            Set<String> rules,
            String defaultNamespace,
            boolean templates,
            PresetFeatureGates gates,
            List<DocumentCheck> documentChecks) {
        this.catalog = catalog;
        this.rules = Set.copyOf(rules);
        this.defaultNamespace = defaultNamespace;
        this.templates = templates;
        this.gates = gates;
        this.mergedPods = new MergedPodLinter(documentChecks, catalog);
    }

    @Override
    public boolean wants(Document document) {
        return document.object() != null
                && (PresetReader.isPreset(document)
                        || PodTarget.isPod(document)
                        || (templates && PodTarget.templatePointer(document) != null));
    }

    /** Without a PodPreset in the run there is nothing to report. */
    @Override
    public boolean triggers(Document document) {
        return PresetReader.isPreset(document);
    }

    /** A pod (or template) is kept as what selection reads of it; PodPresets as trees. */
    @Override
    public @Nullable Object indexEntry(Document document) {
        return PresetReader.isPreset(document) ? null : keys.of(PodTarget.of(document, defaultNamespace));
    }

    /**
     * The pods some preset selects, which are all that can get a finding (a conflict, a dropped envFrom,
     * a merged-pod finding) or make a preset used. Pods no preset selects are merged to themselves.
     */
    @Override
    public Predicate<Object> needs(List<Document> triggering) {
        List<PodPreset> presets = PresetInventory.of(triggering, defaultNamespace, templates, gates)
                .presets();
        return entry -> ((PodSelectionKey) entry).selectedByAny(presets);
    }

    @Override
    public void check(List<Document> documents, FindingSink sink) {
        Pass run = pass(documents, sink);
        run.add(documents);
        run.end();
    }

    /** A Pod's findings need only the Pod and the presets: the linter gives the Pods a file at a time. */
    @Override
    public Pass pass(List<Document> triggering, FindingSink sink) {
        return new Run(PresetInventory.of(triggering, defaultNamespace, templates, gates), sink);
    }

    /** One run over the pods: merges and lints each, and tells at the end which presets selected none. */
    private final class Run implements Pass {
        private final PresetInventory inventory;
        private final List<PodPreset> presets;
        private final FindingSink sink;

        @SuppressWarnings("IdentityHashMapUsage") // two equal presets in two files are two presets
        private final Map<PodPreset, Boolean> used = new IdentityHashMap<>();

        Run(PresetInventory inventory, FindingSink sink) {
            this.inventory = inventory;
            this.presets = inventory.presets();
            this.sink = sink;
        }

        @Override
        public void add(List<Document> documents) {
            if (presets.isEmpty()) {
                return;
            }
            for (Document document : documents) {
                if (inventory.isTarget(document)) {
                    // one merge at a time: a merged pod is dropped once linted
                    lint(inventory.merge(document));
                }
            }
        }

        private void lint(MergeOutcome outcome) {
            PodTarget target = outcome.target();
            if (PresetSelection.skip(target) == null) {
                presets.stream().filter(p -> PresetSelection.selects(p, target)).forEach(p -> used.put(p, true));
            }
            if (rules.contains(CONFLICT)) {
                outcome.conflicts()
                        .forEach(c -> sink.add(conflict(c, outcome.selection().presets())));
            }
            if (rules.contains(ENVFROM_DROPPED)) {
                outcome.envFromDrops().forEach(d -> sink.add(envFromDropped(d)));
            }
            if (outcome.applied()) {
                mergedPods.lint(outcome.merged(), sink);
            }
        }

        @Override
        public void end() {
            for (PodPreset preset : presets) {
                if (preset.selectorError() != null) {
                    if (rules.contains(SELECTOR_INVALID)) {
                        sink.add(selectorInvalid(preset));
                    }
                } else if (rules.contains(UNUSED) && !used.containsKey(preset)) {
                    sink.add(finding(
                            UNUSED,
                            preset.document(),
                            preset.anchorPointer(),
                            preset.anchor().span(),
                            PresetMessages.unused(preset, templates)));
                }
            }
        }
    }

    private Finding conflict(Conflict c, List<PodPreset> selected) {
        return finding(
                        CONFLICT,
                        c.incoming().document(),
                        c.incoming().pointer(),
                        c.incoming().node().span(),
                        PresetMessages.conflict(c, selected))
                .withRelated(List.of(related(c.existing(), PresetMessages.conflictOtherSide(c))));
    }

    private Finding envFromDropped(Conflict d) {
        return finding(
                        ENVFROM_DROPPED,
                        d.incoming().document(),
                        d.incoming().pointer(),
                        d.incoming().node().span(),
                        PresetMessages.envFromDropped(d))
                .withRelated(List.of(related(d.existing(), "the container's own envFrom " + d.key())));
    }

    private Finding selectorInvalid(PodPreset preset) {
        InvalidSelectorException error = Objects.requireNonNull(preset.selectorError(), "its selector failed");
        return finding(
                SELECTOR_INVALID,
                preset.document(),
                "/spec/selector" + error.relativePointer(),
                Objects.requireNonNull(error.node(), "a failed selector names its node")
                        .span(),
                PresetMessages.selectorInvalid(preset));
    }

    private Finding finding(String rule, Document document, String pointer, Span span, String message) {
        return Finding.of(
                rule,
                Objects.requireNonNull(catalog.get(rule), "the preset rules are built in")
                        .severity(),
                message,
                document,
                pointer,
                span);
    }

    private static RelatedLocation related(@Nullable Located at, String message) {
        return new RelatedLocation(
                Objects.requireNonNull(at, "the other entry")
                        .document()
                        .source()
                        .displayPath(),
                at.node().span(),
                message);
    }
}
