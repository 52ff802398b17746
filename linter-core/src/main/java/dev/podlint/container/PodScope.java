package dev.podlint.container;

import dev.podlint.finding.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * The object a pod spec sits in and the Kubernetes minor linted for: whether creating that object
 * validates the spec, and what a finding must add when only the Pods made from it are rejected.
 */
record PodScope(String kind, int minor) {

    boolean isPod() {
        return kind.equals("Pod");
    }

    /** A StatefulSet's pod template is validated on create from Kubernetes 1.34 on; every other kind's always. */
    boolean validatesSpec() {
        return !kind.equals("StatefulSet") || minor >= 34;
    }

    /** A PodTemplate object is only stored: no Pod is ever made from it. */
    boolean makesPods() {
        return !kind.equals("PodTemplate");
    }

    /**
     * What a message adds: nothing when the object's create is rejected; otherwise that the apply
     * succeeds and every Pod create fails. {@code podOnly}: a rule the API server checks on Pods only.
     */
    String note(boolean podOnly) {
        return outcome(podOnly) == null
                ? ""
                : podOnly
                        ? "; kubectl apply accepts the " + kind
                                + " (this is checked on Pods only), but every Pod it creates is rejected"
                        : "; kubectl apply accepts the StatefulSet (Kubernetes 1." + minor
                                + " does not validate a StatefulSet's"
                                + " pod template), but every Pod it creates is rejected";
    }

    /** {@link Outcome#PODS_REJECTED} when the object's create passes and its Pods' fail, else null. */
    @Nullable
    Outcome outcome(boolean podOnly) {
        return !isPod() && (podOnly || !validatesSpec()) ? Outcome.PODS_REJECTED : null;
    }
}
