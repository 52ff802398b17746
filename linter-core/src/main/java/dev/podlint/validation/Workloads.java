package dev.podlint.validation;

import dev.podlint.source.Document;
import java.util.Map;

/**
 * The built-in kinds the kind-specific checks know, by the apiVersion the bundled Kubernetes
 * versions serve them under (a custom resource may reuse a kind name, as {@code batch.volcano.sh}
 * does with Job; a removed apiVersion such as apps/v1beta1 had other defaults, and is
 * {@code removed-api}'s), and where each holds its pod template.
 */
final class Workloads {

    private static final Map<String, String> API_VERSIONS = Map.ofEntries(
            Map.entry("Pod", "v1"), Map.entry("PodTemplate", "v1"), Map.entry("ReplicationController", "v1"),
            Map.entry("Service", "v1"), Map.entry("Deployment", "apps/v1"), Map.entry("ReplicaSet", "apps/v1"),
            Map.entry("StatefulSet", "apps/v1"), Map.entry("DaemonSet", "apps/v1"), Map.entry("Job", "batch/v1"),
            Map.entry("CronJob", "batch/v1"));

    private static final Map<String, String> TEMPLATES = Map.of(
            "Deployment", "/spec/template",
            "ReplicaSet", "/spec/template",
            "StatefulSet", "/spec/template",
            "DaemonSet", "/spec/template",
            "ReplicationController", "/spec/template",
            "Job", "/spec/template",
            "CronJob", "/spec/jobTemplate/spec/template",
            "PodTemplate", "/template");

    private Workloads() {
    }

    /** The document's kind when it is one of these built-in kinds at its served apiVersion, else null. */
    static String builtInKind(Document document) {
        String kind = document.kind();
        String apiVersion = kind == null ? null : API_VERSIONS.get(kind);
        return apiVersion != null && apiVersion.equals(document.apiVersion()) ? kind : null;
    }

    /** The pointer of the kind's pod template (a PodTemplateSpec), or null. */
    static String template(String kind) {
        return kind == null ? null : TEMPLATES.get(kind);
    }

    /** Kinds whose {@code spec.selector} is a {@code metav1.LabelSelector} the API server validates. */
    static boolean hasLabelSelector(String kind) {
        return switch (kind) {
            case "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job" -> true;
            default -> false;
        };
    }
}
