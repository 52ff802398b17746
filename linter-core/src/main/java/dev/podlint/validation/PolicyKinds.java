package dev.podlint.validation;

import org.jspecify.annotations.Nullable;

/**
 * The networking, autoscaling and policy kinds whose create validation podlint reproduces, by the
 * apiVersions the bundled Kubernetes versions serve them under (a custom resource may reuse the
 * kind name, as Calico does with NetworkPolicy).
 */
final class PolicyKinds {

    static final String PDB = "PodDisruptionBudget";
    static final String HPA = "HorizontalPodAutoscaler";
    static final String INGRESS = "Ingress";
    static final String INGRESS_CLASS = "IngressClass";
    static final String NETWORK_POLICY = "NetworkPolicy";

    private PolicyKinds() {}

    /** The kind when it is one of these at a served apiVersion, else null. */
    static @Nullable String of(Target target) {
        String apiVersion = target.apiVersion();
        if (apiVersion == null) {
            return null;
        }
        return switch (target.kind()) {
            case PDB -> apiVersion.equals("policy/v1") ? PDB : null;
            case HPA -> apiVersion.equals("autoscaling/v2") || apiVersion.equals("autoscaling/v1") ? HPA : null;
            case INGRESS, INGRESS_CLASS, NETWORK_POLICY ->
                apiVersion.equals("networking.k8s.io/v1") ? target.kind() : null;
            default -> null;
        };
    }
}
