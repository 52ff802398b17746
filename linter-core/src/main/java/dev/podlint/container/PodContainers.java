package dev.podlint.container;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.Set;

/**
 * {@code pod-containers}: at least one container ({@code validateContainers}), and no ephemeral
 * containers in a manifest: a Pod may not set them on create ({@code ValidatePodCreate}), a
 * template never ({@code ValidatePodTemplateSpec}).
 */
final class PodContainers {

    static final String RULE = "pod-containers";
    /** Kinds whose schema requires the field holding the pod template, so that the schema check reports it missing. */
    private static final Set<String> TEMPLATE_REQUIRED =
            Set.of("Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Job", "ReplicationController");

    private PodContainers() {}

    static void check(PodSpec pod, Findings findings) {
        if (pod.node().node("containers") instanceof SequenceNode list && list.isEmpty()) {
            String at = Pointers.append(pod.pointer(), "containers");
            findings.at(RULE, at, ApiPaths.of(at) + ": Required value: a pod needs at least one container");
        }
        if (pod.node().node("ephemeralContainers") instanceof SequenceNode ephemeral && !ephemeral.isEmpty()) {
            String at = Pointers.append(pod.pointer(), "ephemeralContainers");
            String detail = findings.scope().isPod() || !findings.scope().validatesSpec()
                    ? "cannot be set on create; add them to a running Pod with kubectl debug"
                    : "ephemeral containers not allowed in pod template";
            findings.atKey(RULE, at, ApiPaths.of(at) + ": Forbidden: " + detail);
        }
    }

    /**
     * A pod spec that is not there at all (a Pod without spec, a Job's template without spec, a
     * Deployment without spec): the API server validates an empty pod spec, whose containers are
     * missing. Where the schema requires the missing field (a workload's template, a CronJob's
     * jobTemplate) the schema check reports it instead; a ReplicationController without template is
     * rejected as such (spec.template: Required value).
     */
    static void checkMissingSpec(Document document, String templatePointer, Findings findings) {
        String kind = findings.scope().kind();
        YamlNode node = document.object();
        for (String segment : Pointers.segments(templatePointer + "/spec")) {
            YamlNode child = node instanceof MappingNode m ? m.node(segment) : null;
            if (child == null || (child instanceof ScalarNode scalar && scalar.value() == null)) {
                boolean schemaRequired = (segment.equals("template") && TEMPLATE_REQUIRED.contains(kind))
                        || segment.equals("jobTemplate");
                if (!schemaRequired) {
                    String at = templatePointer + "/spec/containers";
                    findings.at(
                            RULE,
                            at,
                            ApiPaths.of(at) + ": Required value: the object has no pod spec, and a pod"
                                    + " needs at least one container");
                }
                return;
            }
            if (!(child instanceof MappingNode)) {
                return; // a spec that is no mapping: the schema check's
            }
            node = child;
        }
    }
}
