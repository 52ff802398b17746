package dev.podlint.oracle;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Outcome;
import java.util.Map;
import java.util.Optional;

/**
 * Which podlint error findings claim that the API server rejects the object. Every error-severity
 * rule does, except those listed here: their errors on a document the oracle accepts are reported
 * as "justified: reason", not as false alarms.
 */
final class Rejections {

    /** Rule id to why its errors are no API-server rejection. Keep each entry explained. */
    private static final Map<String, String> NOT_REJECTIONS = Map.of(
            // kubectl's YAML reader keeps the last of two equal keys; podlint reports the ambiguity on purpose
            "duplicate-key", "kubectl keeps the last value of a repeated key; the manifest is ambiguous, not rejected",
            // the kubelet resolves a named probe port when it runs the probe; the API server does not look
            "probe-port-undeclared",
                    "the kubelet fails the probe at run time; the API server does not check port names against the ports",
            // client-side apply sends only last-applied-configuration as annotations; kubectl create would be rejected
            "annotation-not-string",
                    "kubectl apply silently drops the object's annotations instead (kubectl create is rejected)");

    /** Rules whose ids start so concern PodPresets, which only the 1.19 admission plugin applied. */
    private static final String PRESET_RULES = "preset-";

    private static final String PRESET_REASON =
            "PodPreset admission (Kubernetes 1.19 and older), not the 1.36 API server";

    private Rejections() {}

    /**
     * Empty when this error claims an API rejection of its object, else why not. A finding whose
     * outcome is {@link Outcome#PODS_REJECTED} (a StatefulSet's pod template before 1.34, checks
     * made on Pods only) says the API server accepts the workload and rejects its Pods.
     */
    static Optional<String> notARejection(Finding finding) {
        if (finding.outcome() == Outcome.PODS_REJECTED) {
            return Optional.of("the object is accepted and every Pod it creates is rejected (outcome pods-rejected)");
        }
        return notARejection(finding.ruleId());
    }

    /** Empty when an error of this rule claims an API rejection, else why not. */
    static Optional<String> notARejection(String ruleId) {
        if (ruleId.startsWith(PRESET_RULES)) {
            return Optional.of(PRESET_REASON);
        }
        return Optional.ofNullable(NOT_REJECTIONS.get(ruleId));
    }
}
