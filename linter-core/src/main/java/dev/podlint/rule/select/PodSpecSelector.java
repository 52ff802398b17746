package dev.podlint.rule.select;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code podSpecs}: every pod spec: a Pod's {@code spec}, a PodTemplate's {@code template.spec},
 * each workload's {@code spec.template.spec}, a CronJob's {@code spec.jobTemplate.spec.template.spec}.
 */
final class PodSpecSelector implements Selector {

    /** Controllers whose containers run until stopped (DESIGN.md: "long-running"). */
    private static final Set<String> CONTROLLERS =
            Set.of("Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet");

    @Override
    public String name() {
        return "podSpecs";
    }

    @Override
    public Set<String> variables() {
        return Set.of("podSpec", "podMetadata", "workloadKind", "longRunning", "volumeNames");
    }

    @Override
    public Set<String> kinds() {
        return PodTemplates.kinds();
    }

    @Override
    public List<Selection> select(Document document, SelectionCache cache) {
        String kind = document.kind();
        String templatePointer = PodTemplates.pointer(kind);
        MappingNode object = document.object();
        if (kind == null
                || templatePointer == null
                || object == null
                || !(document.nodeAt(templatePointer) instanceof MappingNode template)
                || !(template.node("spec") instanceof MappingNode spec)) {
            return List.of();
        }
        Map<String, Object> vars = Variables.common(document);
        vars.put("podSpec", spec);
        vars.put("podMetadata", template.get("metadata"));
        vars.put("workloadKind", kind);
        vars.put("longRunning", longRunning(kind, spec));
        List<Object> volumeNames = volumeNames(spec);
        if (kind.equals("StatefulSet")) {
            // the StatefulSet controller adds a volume per volumeClaimTemplate to each pod
            Children.mappings(object.mapping("spec"), "", "volumeClaimTemplates", (pointer, claim) -> {
                if (claim.get("metadata") instanceof Map<?, ?> metadata && metadata.get("name") != null) {
                    volumeNames.add(metadata.get("name"));
                }
            });
        }
        vars.put("volumeNames", volumeNames);
        return List.of(new Selection(spec, templatePointer + "/spec", vars));
    }

    private static boolean longRunning(String kind, MappingNode spec) {
        if (CONTROLLERS.contains(kind)) {
            return true;
        }
        Object policy = spec.get("restartPolicy");
        return kind.equals("Pod") && (policy == null || "".equals(policy) || "Always".equals(policy));
    }

    /** The names of the volumes in {@code spec.volumes} (a pod's, or a PodPreset's). */
    static List<Object> volumeNames(MappingNode spec) {
        List<Object> names = new ArrayList<>();
        if (spec.node("volumes") instanceof SequenceNode volumes) {
            for (Object v : volumes) {
                if (v instanceof Map<?, ?> m && m.get("name") != null) {
                    names.add(m.get("name"));
                }
            }
        }
        return names;
    }
}
