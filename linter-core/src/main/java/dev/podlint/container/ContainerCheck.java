package dev.podlint.container;

import dev.podlint.check.DocumentCheck;
import dev.podlint.check.FindingSink;
import dev.podlint.rule.select.PodTemplates;
import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The API server's validation of the containers of a pod spec, for the Kubernetes minor linted
 * for: the rules container-name, image-invalid, port-invalid, resources-invalid, env-invalid,
 * lifecycle-invalid, container-restart-policy, security-context-invalid and pod-containers (their
 * rule files hold the metadata). One walk of each pod spec, in Java: these checks look at every
 * container, port and env var, which a rule expression per node would make cost more than the
 * parsing.
 */
public final class ContainerCheck implements DocumentCheck {

    /** The rules this check reports; their rule files name {@code java:containers}. */
    public static final List<String> RULES = List.of(
            ContainerNames.RULE,
            ImageCheck.RULE,
            PortCheck.RULE,
            ResourceCheck.RULE,
            EnvCheck.RULE,
            LifecycleCheck.RULE,
            RestartPolicyCheck.RULE,
            SecurityContextCheck.RULE,
            PodContainers.RULE);

    /** The apiVersion each kind with a pod spec is served as; other versions are unknown-kind's or removed-api's. */
    private static final Map<String, String> SERVED = Map.of(
            "Pod",
            "v1",
            "PodTemplate",
            "v1",
            "ReplicationController",
            "v1",
            "Deployment",
            "apps/v1",
            "ReplicaSet",
            "apps/v1",
            "DaemonSet",
            "apps/v1",
            "StatefulSet",
            "apps/v1",
            "Job",
            "batch/v1",
            "CronJob",
            "batch/v1");

    private final int kubernetesMinor;

    /** @param kubernetesMinor the minor of the Kubernetes 1.x release linted for (feature gates differ) */
    public ContainerCheck(int kubernetesMinor) {
        this.kubernetesMinor = kubernetesMinor;
    }

    @Override
    public void check(Document document, FindingSink sink) {
        String kind = document.kind();
        String templatePointer = PodTemplates.pointer(kind);
        if (kind == null
                || templatePointer == null
                || document.object() == null
                || !Objects.equals(SERVED.get(kind), document.apiVersion())) {
            return;
        }
        Findings findings = new Findings(sink, document, new PodScope(kind, kubernetesMinor));
        if (!(document.nodeAt(templatePointer) instanceof MappingNode template)
                || !(template.node("spec") instanceof MappingNode spec)) {
            PodContainers.checkMissingSpec(document, templatePointer, findings);
            return;
        }
        PodSpec pod = new PodSpec(spec, templatePointer + "/spec");
        List<Container> containers = pod.containers();
        PodContainers.check(pod, findings);
        ContainerNames.check(containers, findings);
        for (Container c : containers) {
            ImageCheck.check(c, findings);
            PortCheck.check(c, pod, findings);
            ResourceCheck.check(c, pod, findings);
            EnvCheck.check(c, pod, findings);
            LifecycleCheck.check(c, pod, findings);
            RestartPolicyCheck.check(c, findings);
            SecurityContextCheck.check(c, pod, findings);
        }
        PortCheck.checkPod(pod, containers, findings);
        SecurityContextCheck.hostProcess(pod, containers, findings);
        ProfileAnnotations.check(template, templatePointer, pod, containers, findings);
    }
}
