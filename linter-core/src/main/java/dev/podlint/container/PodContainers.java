package dev.podlint.container;

import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;

/**
 * {@code pod-containers}: at least one container ({@code validateContainers}), and no ephemeral
 * containers in a manifest: a Pod may not set them on create ({@code ValidatePodCreate}), a
 * template never ({@code ValidatePodTemplateSpec}).
 */
final class PodContainers {

    static final String RULE = "pod-containers";

    private PodContainers() {
    }

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
}
