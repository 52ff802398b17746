package dev.podlint.schema;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Advice for unknown fields that are common mistakes with a known cause (a field that moved between
 * API versions, or belongs to a similar type), keyed by the definition's short name and the field.
 */
final class KnownMistakes {

    private static final String POD_LEVEL =
            "it is a field of a container's securityContext" + " (containers[*].securityContext), not of the pod's";

    private static final Map<String, String> ADVICE = Map.ofEntries(
            Map.entry("IngressBackend/serviceName", "networking.k8s.io/v1 writes it as backend.service.name"),
            Map.entry(
                    "IngressBackend/servicePort",
                    "networking.k8s.io/v1 writes it as backend.service.port.number (or .name)"),
            Map.entry(
                    "HorizontalPodAutoscalerSpec/metrics",
                    "metrics is a field of autoscaling/v2"
                            + " HorizontalPodAutoscaler; autoscaling/v1 has only targetCPUUtilizationPercentage"),
            Map.entry("DaemonSetSpec/replicas", "a DaemonSet runs one pod per eligible node and has no replicas"),
            Map.entry("PodSecurityContext/capabilities", POD_LEVEL),
            Map.entry("PodSecurityContext/privileged", POD_LEVEL),
            Map.entry("PodSecurityContext/allowPrivilegeEscalation", POD_LEVEL),
            Map.entry("PodSecurityContext/readOnlyRootFilesystem", POD_LEVEL),
            Map.entry("PodSecurityContext/procMount", POD_LEVEL));

    private KnownMistakes() {}

    /** The advice for {@code field} in the definition named {@code type} (e.g. "IngressBackend"), or null. */
    static @Nullable String advice(@Nullable String type, String field) {
        return type == null ? null : ADVICE.get(type + "/" + field);
    }
}
