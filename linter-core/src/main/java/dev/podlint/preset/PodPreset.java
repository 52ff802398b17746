package dev.podlint.preset;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.YamlNode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A PodPreset ({@code settings.k8s.io/v1alpha1}) as the admission plugin uses it.
 *
 * @param namespace       its metadata.namespace, or the default namespace when it names none
 * @param resourceVersion metadata.resourceVersion, "" when absent (the annotation's value)
 * @param selectorNode    spec.selector, or null when absent (then it selects every pod, as {@code {}})
 * @param selector        the converted selector, or null when {@link #selectorError} is set
 * @param env             spec.env entries (mappings only), each located in this preset's document
 */
public record PodPreset(
        Document document,
        String name,
        String namespace,
        String resourceVersion,
        @Nullable YamlNode selectorNode,
        @Nullable LabelSelector selector,
        @Nullable InvalidSelectorException selectorError,
        List<Located> env,
        List<Located> envFrom,
        List<Located> volumes,
        List<Located> volumeMounts) {

    public @Nullable MappingNode metadata() {
        return Objects.requireNonNull(document.object(), "a PodPreset is a mapping")
                .mapping("metadata");
    }

    /** The node a finding about the whole preset points at: its selector, else its metadata, else the object. */
    public YamlNode anchor() {
        if (selectorNode != null) {
            return selectorNode;
        }
        MappingNode metadata = metadata();
        return metadata != null ? metadata : document.root();
    }

    public String anchorPointer() {
        if (selectorNode != null) {
            return "/spec/selector";
        }
        return metadata() != null ? "/metadata" : "";
    }

    @Override
    public String toString() {
        return "PodPreset " + namespace + "/" + name;
    }
}
