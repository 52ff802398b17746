package dev.podlint.validation;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The built-in kinds the kind-specific checks know, by the apiVersion the bundled Kubernetes
 * versions serve them under (a custom resource may reuse a kind name, as {@code batch.volcano.sh}
 * does with Job; a removed apiVersion such as apps/v1beta1 had other defaults, and is
 * {@code removed-api}'s), and where each holds its pod template.
 */
final class Workloads {

    private static final Map<String, String> API_VERSIONS = Map.ofEntries(
            Map.entry("Pod", "v1"),
            Map.entry("PodTemplate", "v1"),
            Map.entry("ReplicationController", "v1"),
            Map.entry("Service", "v1"),
            Map.entry("Deployment", "apps/v1"),
            Map.entry("ReplicaSet", "apps/v1"),
            Map.entry("StatefulSet", "apps/v1"),
            Map.entry("DaemonSet", "apps/v1"),
            Map.entry("Job", "batch/v1"),
            Map.entry("CronJob", "batch/v1"));

    private static final String[] SPEC_TEMPLATE = {"spec", "template"};
    private static final String[] JOB_TEMPLATE = {"spec", "jobTemplate", "spec", "template"};
    private static final String[] TEMPLATE = {"template"};

    private Workloads() {}

    /** {@code kind} when it is one of these built-in kinds at its served apiVersion, else null. */
    static @Nullable String builtInKind(String kind, @Nullable String apiVersion) {
        String served = kind == null ? null : API_VERSIONS.get(kind);
        return served != null && served.equals(apiVersion) ? kind : null;
    }

    /** The keys leading to the kind's pod template (a PodTemplateSpec), or null. */
    static String @Nullable [] templateKeys(@Nullable String kind) {
        return kind == null
                ? null
                : switch (kind) {
                    case "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "ReplicationController", "Job" ->
                        SPEC_TEMPLATE;
                    case "CronJob" -> JOB_TEMPLATE;
                    case "PodTemplate" -> TEMPLATE;
                    default -> null;
                };
    }

    /** The JSON pointer of those keys. */
    static String pointer(String @Nullable [] keys) {
        return keys == SPEC_TEMPLATE
                ? "/spec/template"
                : keys == JOB_TEMPLATE
                        ? "/spec/jobTemplate/spec/template"
                        : keys == TEMPLATE ? "/template" : "/" + String.join("/", keys);
    }

    /** Kinds whose {@code spec.selector} is a {@code metav1.LabelSelector} the API server validates. */
    static boolean hasLabelSelector(String kind) {
        return switch (kind) {
            case "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job" -> true;
            default -> false;
        };
    }
}
