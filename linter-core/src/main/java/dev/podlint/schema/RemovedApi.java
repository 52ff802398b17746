package dev.podlint.schema;

import org.jspecify.annotations.Nullable;

/**
 * An apiVersion/kind that Kubernetes stopped serving.
 *
 * @param apiVersion  the removed API version
 * @param kind        the kind
 * @param removedIn   the first Kubernetes minor that no longer serves it
 * @param replacement the apiVersion to migrate to, or null when the API has no successor
 * @param advice      what to do instead when there is no successor, else null
 */
record RemovedApi(
        String apiVersion,
        String kind,
        KubernetesVersion removedIn,
        @Nullable String replacement,
        @Nullable String advice) {

    String describe(KubernetesVersion target) {
        StringBuilder sb = new StringBuilder();
        sb.append(apiVersion)
                .append(' ')
                .append(kind)
                .append(" was removed in Kubernetes ")
                .append(removedIn)
                .append(" (linting for ")
                .append(target)
                .append(')');
        if (replacement != null) {
            sb.append(": use apiVersion ").append(replacement).append(" (check the fields that changed)");
        } else if (advice != null) {
            sb.append(": ").append(advice);
        }
        return sb.toString();
    }
}
