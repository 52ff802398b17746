package dev.podlint.rule.select;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Where each kind keeps its pod template (the mapping that holds the pod's metadata and spec). */
public final class PodTemplates {

    private static final Map<String, String> POINTERS = Map.of(
            "Pod", "",
            "PodTemplate", "/template",
            "Deployment", "/spec/template",
            "ReplicaSet", "/spec/template",
            "ReplicationController", "/spec/template",
            "StatefulSet", "/spec/template",
            "DaemonSet", "/spec/template",
            "Job", "/spec/template",
            "CronJob", "/spec/jobTemplate/spec/template");

    private PodTemplates() {}

    /** The pointer of the pod template within an object of {@code kind} ("" for a Pod), or null. */
    public static @Nullable String pointer(@Nullable String kind) {
        return kind == null ? null : POINTERS.get(kind);
    }

    public static java.util.Set<String> kinds() {
        return POINTERS.keySet();
    }
}
