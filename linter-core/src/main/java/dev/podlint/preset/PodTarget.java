package dev.podlint.preset;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What presets apply to: a Pod, or (with {@code --templates}, beyond upstream) the pod template of
 * a workload.
 *
 * @param podPointer where the pod (metadata + spec) sits in the object: "" for a Pod,
 *                   e.g. "/spec/template" for a Deployment
 * @param namespace  the object's namespace, or the default one when it names none
 */
public record PodTarget(Document document, String podPointer, String namespace) {

    /** The pod's containers, in the order the admission plugin visits them. */
    public static final List<String> CONTAINER_LISTS = List.of("initContainers", "containers", "ephemeralContainers");

    /** A container of the pod. {@code pointer} is relative to the document's object. */
    public record Container(String list, int index, MappingNode node, String pointer) {

        public String name() {
            String name = node.string("name");
            return name == null ? list + "[" + index + "]" : name;
        }

        /** Ephemeral containers are never changed (and checked for conflicts only with the EphemeralContainers gate). */
        public boolean mutable() {
            return !list.equals("ephemeralContainers");
        }
    }

    private static final Map<String, String> TEMPLATE_POINTERS = Map.of(
            "Deployment",
            "/spec/template",
            "ReplicaSet",
            "/spec/template",
            "StatefulSet",
            "/spec/template",
            "DaemonSet",
            "/spec/template",
            "Job",
            "/spec/template",
            "ReplicationController",
            "/spec/template",
            "CronJob",
            "/spec/jobTemplate/spec/template");

    public static boolean isPod(Document document) {
        return "Pod".equals(document.kind()) && "v1".equals(document.apiVersion()) && document.object() != null;
    }

    /** Where a workload kind keeps its pod template, or null for other kinds. */
    public static @Nullable String templatePointer(Document document) {
        String kind = document.kind();
        return document.object() == null || kind == null ? null : TEMPLATE_POINTERS.get(kind);
    }

    public static PodTarget of(Document document, String defaultNamespace) {
        String namespace = document.namespace();
        String pointer = isPod(document) ? "" : templatePointer(document);
        return new PodTarget(
                document,
                pointer == null ? "" : pointer,
                namespace == null || namespace.isEmpty() ? defaultNamespace : namespace);
    }

    public boolean isTemplate() {
        return !podPointer.isEmpty();
    }

    /** The mapping holding metadata and spec, or null when absent. */
    public @Nullable MappingNode pod() {
        return document.nodeAt(podPointer) instanceof MappingNode m ? m : null;
    }

    public @Nullable MappingNode metadata() {
        MappingNode pod = pod();
        return pod == null ? null : pod.mapping("metadata");
    }

    public @Nullable MappingNode spec() {
        MappingNode pod = pod();
        return pod == null ? null : pod.mapping("spec");
    }

    public Map<String, String> labels() {
        return stringMap("labels");
    }

    private Map<String, String> stringMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        MappingNode metadata = metadata();
        MappingNode map = metadata == null ? null : metadata.mapping(key);
        if (map != null) {
            for (MappingNode.Entry e : map.entries()) {
                if (e.value() instanceof ScalarNode s && s.value() != null) {
                    out.put(e.key(), s.value() instanceof String str ? str : s.text());
                }
            }
        }
        return out;
    }

    public List<Container> containers() {
        List<Container> out = new ArrayList<>();
        MappingNode spec = spec();
        if (spec == null) {
            return out;
        }
        for (String list : CONTAINER_LISTS) {
            SequenceNode containers = spec.sequence(list);
            if (containers == null) {
                continue;
            }
            for (int i = 0; i < containers.size(); i++) {
                if (containers.node(i) instanceof MappingNode container) {
                    out.add(new Container(list, i, container, Pointers.append(podPointer + "/spec/" + list, i)));
                }
            }
        }
        return out;
    }

    /** The entries of a list field of {@code holder} (a container, or the pod spec), located in this document. */
    public List<Located> entries(@Nullable MappingNode holder, String holderPointer, EntryKind kind) {
        List<Located> out = new ArrayList<>();
        SequenceNode list = holder == null ? null : holder.sequence(kind.field());
        if (list == null) {
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            YamlNode item = list.node(i);
            if (item instanceof MappingNode entry) {
                out.add(new Located(entry, document, Pointers.append(holderPointer + "/" + kind.field(), i), null));
            }
        }
        return out;
    }

    public String specPointer() {
        return podPointer + "/spec";
    }

    /** "Pod \"web\"" or "the pod template of Deployment \"web\"", for messages. */
    public String describe() {
        String name = document.name() == null ? "(unnamed)" : document.name();
        return isTemplate() ? "the pod template of " + document.kind() + " \"" + name + "\"" : "Pod \"" + name + "\"";
    }
}
