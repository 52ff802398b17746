package dev.podlint.container;

import static dev.podlint.container.ContainerChecking.lines;
import static dev.podlint.container.ContainerChecking.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The container rules whose verdict depends on the Kubernetes version linted for (feature gates). */
class ContainerVersionsTest {

    private static final String RESTART_POLICIES = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: restart
            spec:
              initContainers:
                - name: sidecar
                  image: envoyproxy/envoy:v1.31.0
                  restartPolicy: Always
                - name: once
                  image: busybox:1.36
                  restartPolicy: Never
              containers:
                - name: app
                  image: example/app:1.0
                  restartPolicy: Always
            """;

    @Test
    void aRegularContainersRestartPolicyIsForbiddenUpTo133AndAcceptedFrom135() {
        assertThat(lines(30, RESTART_POLICIES))
                .containsExactly("12 container-restart-policy", "16 container-restart-policy");
        assertThat(lines(33, RESTART_POLICIES))
                .containsExactly("12 container-restart-policy", "16 container-restart-policy");
        assertThat(lint(33, RESTART_POLICIES))
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "spec.initContainers[1].restartPolicy: Unsupported value: \"Never\": supported values: \"Always\" (a"
                                + " sidecar); remove restartPolicy for an init container that runs to completion",
                        "spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers (Kubernetes 1.33);"
                                + " remove it: the pod's restartPolicy applies, and only an init container may set"
                                + " restartPolicy: Always to run as a sidecar");
        // 1.34 drops both fields before validating (ContainerRestartRules alpha, off)
        assertThat(lines(34, RESTART_POLICIES)).isEmpty();
        assertThat(lines(35, RESTART_POLICIES)).isEmpty();
        assertThat(lines(36, RESTART_POLICIES)).isEmpty();
    }

    @Test
    void aNonSidecarInitContainerMayNotHaveALifecycleInAnyVersion() {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: hooks
                spec:
                  initContainers:
                    - name: once
                      image: busybox:1.36
                      restartPolicy: Never
                      lifecycle:
                        preStop:
                          exec: {command: ["true"]}
                  containers:
                    - name: app
                      image: example/app:1.0
                """;
        assertThat(lines(33, pod)).containsExactly("10 lifecycle-invalid", "9 container-restart-policy");
        assertThat(lines(34, pod)).containsExactly("10 lifecycle-invalid");
        assertThat(lines(36, pod)).containsExactly("10 lifecycle-invalid");
    }

    @Test
    void sidecarRestartRulesNeedKubernetes136() {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: rules
                spec:
                  initContainers:
                    - name: sidecar
                      image: envoyproxy/envoy:v1.31.0
                      restartPolicy: Always
                      restartPolicyRules:
                        - action: Restart
                          exitCodes: {operator: In, values: [42]}
                  containers:
                    - name: app
                      image: example/app:1.0
                """;
        assertThat(lines(35, pod)).containsExactly("10 container-restart-policy");
        assertThat(lines(36, pod)).isEmpty();
    }

    @Test
    void envNamesAreRelaxedFrom132() {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: env
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0
                      env:
                        - name: 1ST
                          value: a
                        - name: MY VAR
                          value: b
                        - name: ..HIDDEN
                          value: c
                        - name: A=B
                          value: d
                      envFrom:
                        - prefix: "1_"
                          configMapRef: {name: settings}
                """;
        assertThat(lines(31, pod))
                .containsExactly(
                        "10 env-invalid", "12 env-invalid", "14 env-invalid", "16 env-invalid", "19 env-invalid");
        assertThat(lines(32, pod)).containsExactly("16 env-invalid");
        assertThat(lines(36, pod)).containsExactly("16 env-invalid");
    }

    @Test
    void aFileKeyRefCountsFrom135AndIsDroppedIn134() {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: env
                spec:
                  volumes:
                    - name: env-files
                      emptyDir: {}
                  containers:
                    - name: app
                      image: example/app:1.0
                      env:
                        - name: FROM_FILE
                          valueFrom:
                            fileKeyRef: {volumeName: env-files, path: app.env, key: FROM_FILE}
                """;
        assertThat(lint(34, pod))
                .extracting(f -> f.span().line() + " " + f.message())
                .containsExactly(
                        "15 spec.containers[0].env[0].valueFrom: Invalid value: \"\": must specify one of: `fieldRef`,"
                                + " `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef` (Kubernetes 1.34 drops fileKeyRef:"
                                + " the EnvFiles feature is off); say where the value of env 'FROM_FILE' comes from");
        assertThat(lines(35, pod)).isEmpty();
    }

    @Test
    void aZeroSleepIsAllowedFrom133() {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: sleep
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0
                      lifecycle:
                        preStop:
                          sleep: {seconds: 0}
                """;
        assertThat(lines(32, pod)).containsExactly("11 lifecycle-invalid");
        assertThat(lines(33, pod)).isEmpty();
    }

    @Test
    void resizePolicyAndProcMountAreDroppedBefore133() {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: resize
                spec:
                  restartPolicy: Never
                  containers:
                    - name: app
                      image: example/app:1.0
                      resizePolicy:
                        - {resourceName: cpu, restartPolicy: RestartContainer}
                      securityContext:
                        procMount: Unmasked
                """;
        assertThat(lines(32, pod)).isEmpty();
        assertThat(lines(33, pod)).containsExactly("11 resources-invalid", "13 security-context-invalid");
    }

    @Test
    void aNonSidecarInitContainersRestartContainerResizeIsRejectedFrom136() {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: resize
                spec:
                  initContainers:
                    - name: init
                      image: busybox:1.36
                      resizePolicy:
                        - {resourceName: cpu, restartPolicy: RestartContainer}
                  containers:
                    - name: app
                      image: example/app:1.0
                """;
        assertThat(lines(35, pod)).isEmpty();
        assertThat(lines(36, pod)).containsExactly("10 resources-invalid");
    }

    @Test
    void aStatefulSetsTemplateIsValidatedFrom134AndOnlyItsPodsFailBefore() {
        String statefulSet = """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: db
                spec:
                  serviceName: db
                  selector:
                    matchLabels: {app: db}
                  template:
                    metadata:
                      labels: {app: db}
                    spec:
                      containers:
                        - name: db
                          image: postgres:16
                          ports:
                            - name: postgres-metrics-port
                              containerPort: 9187
                """;
        List<Finding> before = lint(33, statefulSet);
        assertThat(before).extracting(f -> f.span().line() + " " + f.ruleId()).containsExactly("17 port-invalid");
        assertThat(before.get(0).message())
                .endsWith("; kubectl apply accepts the StatefulSet (Kubernetes 1.33 does not"
                        + " validate a StatefulSet's pod template), but every Pod it creates is rejected");
        assertThat(before.get(0).outcome()).isEqualTo(Outcome.PODS_REJECTED);
        List<Finding> after = lint(34, statefulSet);
        assertThat(after.get(0).outcome()).isNull();
        assertThat(after).extracting(f -> f.span().line() + " " + f.ruleId()).containsExactly("17 port-invalid");
        assertThat(after.get(0).message())
                .isEqualTo("spec.template.spec.containers[0].ports[0].name: Invalid value:"
                        + " \"postgres-metrics-port\": must be no more than 15 characters (a port name is an IANA service name,"
                        + " e.g. 'http-metrics')");
    }
}
