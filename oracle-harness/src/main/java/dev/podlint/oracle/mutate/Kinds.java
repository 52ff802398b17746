package dev.podlint.oracle.mutate;

import java.util.Set;

/** The sets of kinds mutations apply to. */
public final class Kinds {

    public static final Set<String> ALL = Set.of();
    public static final Set<String> WITH_POD_SPEC = Set.of(
            "Pod",
            "PodTemplate",
            "Deployment",
            "ReplicaSet",
            "ReplicationController",
            "StatefulSet",
            "DaemonSet",
            "Job",
            "CronJob");
    /** Controllers whose pods must restart Always. */
    public static final Set<String> LONG_RUNNING =
            Set.of("Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet");
    /** Kinds with a label selector that must match the template (apps/v1). */
    public static final Set<String> APPS = Set.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet");

    public static final Set<String> JOBS = Set.of("Job", "CronJob");
    public static final Set<String> NAMESPACED = Set.of(
            "Pod",
            "PodTemplate",
            "Deployment",
            "ReplicaSet",
            "ReplicationController",
            "StatefulSet",
            "DaemonSet",
            "Job",
            "CronJob",
            "PersistentVolumeClaim",
            "Role",
            "RoleBinding",
            "ResourceQuota",
            "LimitRange",
            "PodDisruptionBudget",
            "HorizontalPodAutoscaler",
            "Ingress",
            "NetworkPolicy",
            "Secret",
            "ConfigMap",
            "Service",
            "ServiceAccount",
            "Lease",
            "EndpointSlice",
            "Endpoints");

    private Kinds() {}

    public static Set<String> of(String... kinds) {
        return Set.of(kinds);
    }
}
