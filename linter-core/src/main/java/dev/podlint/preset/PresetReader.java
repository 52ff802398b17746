package dev.podlint.preset;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Reads PodPreset documents. Malformed parts are left out here; schema validation reports them. */
public final class PresetReader {

    private final String defaultNamespace;

    /** @param defaultNamespace the namespace of a PodPreset whose metadata names none */
    public PresetReader(String defaultNamespace) {
        this.defaultNamespace = defaultNamespace;
    }

    /** The only version Kubernetes ever served PodPresets as; another could not be created. */
    public static final String API_VERSION = "settings.k8s.io/v1alpha1";

    public static boolean isPreset(Document document) {
        return "PodPreset".equals(document.kind()) && API_VERSION.equals(document.apiVersion());
    }

    public PodPreset read(Document document) {
        MappingNode object = Objects.requireNonNull(document.object(), "a PodPreset (isPreset) is a mapping");
        MappingNode metadata = object.mapping("metadata");
        String namespace = document.namespace();
        String resourceVersion = "";
        if (metadata != null && metadata.node("resourceVersion") instanceof ScalarNode rv && rv.value() != null) {
            resourceVersion = rv.value() instanceof String s ? s : rv.text();
        }
        MappingNode spec = object.mapping("spec");
        YamlNode selectorNode = spec == null ? null : spec.node("selector");
        LabelSelector selector = null;
        InvalidSelectorException selectorError = null;
        try {
            selector = LabelSelector.parse(selectorNode);
        } catch (InvalidSelectorException e) {
            selectorError = e;
        }
        PresetEntries entries = new PresetEntries(document, spec, document.name() == null ? "" : document.name());
        return new PodPreset(
                document,
                entries.preset(),
                namespace == null || namespace.isEmpty() ? defaultNamespace : namespace,
                resourceVersion,
                selectorNode,
                selector,
                selectorError,
                entries.of(EntryKind.ENV),
                entries.of(EntryKind.ENV_FROM),
                entries.of(EntryKind.VOLUME),
                entries.of(EntryKind.VOLUME_MOUNT));
    }

    /** The list fields of a preset's spec. */
    private record PresetEntries(
            Document document, @Nullable MappingNode spec, String preset) {

        List<Located> of(EntryKind kind) {
            List<Located> out = new ArrayList<>();
            SequenceNode list = spec == null ? null : spec.sequence(kind.field());
            if (list == null) {
                return out;
            }
            for (int i = 0; i < list.size(); i++) {
                if (list.node(i) instanceof MappingNode entry) {
                    out.add(new Located(entry, document, Pointers.append("/spec/" + kind.field(), i), preset));
                }
            }
            return List.copyOf(out);
        }
    }
}
