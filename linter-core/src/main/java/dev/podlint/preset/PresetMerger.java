package dev.podlint.preset;

import dev.podlint.config.PresetFeatureGates;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.Span;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Applies PodPresets to a pod as the Kubernetes 1.19 admission plugin did: select, check for
 * conflicts (any conflict: nothing is applied), then merge volumes into the pod and env,
 * volumeMounts and envFrom into every init and regular container, and annotate the pod.
 */
public final class PresetMerger {

    public static final String ANNOTATION_PREFIX = "podpreset.admission.kubernetes.io/podpreset-";

    private PresetMerger() {}

    /** With the default feature gates. */
    public static MergeOutcome merge(PodTarget target, List<PodPreset> presets) {
        return merge(target, presets, PresetFeatureGates.DEFAULT);
    }

    /**
     * Applies the presets that select the pod to it.
     *
     * @param presets all known presets (any namespace); selection picks the pod's
     */
    public static MergeOutcome merge(PodTarget target, List<PodPreset> presets, PresetFeatureGates gates) {
        PresetSelection.Result selection = PresetSelection.select(target, presets);
        MergedPod unchanged = MergedPod.unchanged(target.document());
        if (selection.status() != PresetSelection.Status.SELECTED || target.pod() == null) {
            return new MergeOutcome(target, selection, List.of(), List.of(), unchanged);
        }
        List<PodPreset> selected = selection.presets();
        List<Conflict> conflicts = ConflictDetector.detect(target, selected, gates);
        if (!conflicts.isEmpty()) {
            return new MergeOutcome(target, selection, conflicts, List.of(), unchanged);
        }
        return new Application(target, selected).run(selection);
    }

    /** One merge of presets into one pod. */
    private static final class Application {
        private final PodTarget target;
        private final List<PodPreset> presets;
        private final NodeOrigins origins = new NodeOrigins();
        private final List<Conflict> envFromDrops = new ArrayList<>();

        Application(PodTarget target, List<PodPreset> presets) {
            this.target = target;
            this.presets = presets;
        }

        MergeOutcome run(PresetSelection.Result selection) {
            MappingNode pod = Objects.requireNonNull(target.pod(), "presets are merged into a pod mapping");
            Span podStart = pod.span().start();
            MappingNode spec = target.spec() == null ? MappingNode.of(podStart, List.of()) : target.spec();
            spec = appendEntries(spec, target.entries(spec, target.specPointer(), EntryKind.VOLUME), EntryKind.VOLUME);
            for (String list : List.of("containers", "initContainers")) {
                spec = mergeContainers(spec, list);
            }
            MappingNode merged = TreeEdit.with(pod, "spec", spec, podStart);
            merged = TreeEdit.with(merged, "metadata", annotate(target.metadata(), podStart), podStart);
            MappingNode root = (MappingNode)
                    TreeEdit.replaceAt(target.document().object(), Pointers.segments(target.podPointer()), merged);
            return new MergeOutcome(
                    target,
                    selection,
                    List.of(),
                    List.copyOf(envFromDrops),
                    new MergedPod(target.document(), root, origins, presets));
        }

        private MappingNode mergeContainers(MappingNode spec, String list) {
            SequenceNode containers = spec.sequence(list);
            if (containers == null) {
                return spec;
            }
            SequenceNode changed = containers;
            for (PodTarget.Container container : target.containers()) {
                if (container.list().equals(list)) {
                    changed = TreeEdit.replace(changed, container.index(), mergeContainer(container));
                }
            }
            return TreeEdit.with(spec, list, changed, spec.keySpan(list));
        }

        private MappingNode mergeContainer(PodTarget.Container container) {
            MappingNode node = container.node();
            node = appendEntries(node, target.entries(node, container.pointer(), EntryKind.ENV), EntryKind.ENV);
            node = appendEntries(
                    node, target.entries(node, container.pointer(), EntryKind.VOLUME_MOUNT), EntryKind.VOLUME_MOUNT);
            List<Located> ownEnvFrom = target.entries(node, container.pointer(), EntryKind.ENV_FROM);
            KeyedMerge.Result envFrom =
                    KeyedMerge.mergeEnvFrom(ownEnvFrom, ConflictDetector.incoming(presets, EntryKind.ENV_FROM));
            if (!envFrom.clashes().isEmpty()) {
                // Upstream ignores mergeEnvFrom's error and assigns its nil result: the container
                // loses every envFrom source, its own included.
                for (KeyedMerge.Clash clash : envFrom.clashes()) {
                    envFromDrops.add(new Conflict(
                            target, container, EntryKind.ENV_FROM, clash.incoming(), clash.existing(), clash.key()));
                }
                return TreeEdit.without(node, EntryKind.ENV_FROM.field());
            }
            return append(node, EntryKind.ENV_FROM, envFrom.appended());
        }

        private MappingNode appendEntries(MappingNode holder, List<Located> own, EntryKind kind) {
            KeyedMerge.Result result = KeyedMerge.merge(own, ConflictDetector.incoming(presets, kind), kind);
            return append(holder, kind, result.appended());
        }

        private MappingNode append(MappingNode holder, EntryKind kind, List<Located> appended) {
            if (appended.isEmpty()) {
                return holder;
            }
            List<YamlNode> nodes = new ArrayList<>();
            for (Located entry : appended) {
                origins.register(entry.node(), entry.document(), entry.pointer());
                nodes.add(entry.node());
            }
            String field = kind.field();
            SequenceNode list = holder.sequence(field);
            Span at = holder.span().start();
            return TreeEdit.with(holder, field, TreeEdit.append(list, nodes, at), at);
        }

        private MappingNode annotate(@Nullable MappingNode metadata, Span podStart) {
            MappingNode meta = metadata == null ? MappingNode.of(podStart, List.of()) : metadata;
            MappingNode annotations = meta.mapping("annotations");
            if (annotations == null) {
                annotations = MappingNode.of(meta.span().start(), List.of());
            }
            for (PodPreset preset : presets) {
                MappingNode presetMeta = preset.metadata();
                String pointer = presetMeta != null && presetMeta.node("resourceVersion") != null
                        ? "/metadata/resourceVersion"
                        : presetMeta != null && presetMeta.node("name") != null ? "/metadata/name" : "";
                YamlNode source =
                        Objects.requireNonNull(preset.document().nodeAt(pointer), "the pointer was found above");
                ScalarNode value = ScalarNode.string(source.span(), preset.resourceVersion(), false);
                origins.register(value, preset.document(), pointer);
                annotations = TreeEdit.with(annotations, ANNOTATION_PREFIX + preset.name(), value, source.span());
            }
            return TreeEdit.with(meta, "annotations", annotations, meta.span().start());
        }
    }
}
