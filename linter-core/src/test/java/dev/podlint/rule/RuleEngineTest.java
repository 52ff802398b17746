package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleEngineTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  initContainers:
                    - name: setup
                      image: busybox
                  containers:
                    - name: app
                      image: nginx
                      resources:
                        limits:
                          memory: 128Mi
                    - name: sidecar
                      image: envoy
            """;

    private static String rule(String body) {
        return """
                id: test-rule
                severity: warning
                category: test
                summary: a test rule
                """ + body;
    }

    @Test
    void reportsEachSelectedNodeThatBreaksTheAssertionWithItsMessage() {
        List<Finding> findings = RuleTesting.run(rule("""
                select: containers
                when: containerType == 'container'
                assert: container.resources.limits.memory != null
                pointAt: resources/limits/memory
                message: container '${container.name}' of ${workloadKind} sets no memory limit
                """), DEPLOYMENT);
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.message()).isEqualTo("container 'sidecar' of Deployment sets no memory limit");
        assertThat(f.path()).isEqualTo("/spec/template/spec/containers/1/resources/limits/memory");
        // the missing field points at the mapping that should hold it: the container's first key
        assertThat(f.span().line()).isEqualTo(17);
        assertThat(f.span().column()).isEqualTo(11);
    }

    @Test
    void knowsWhichContainersAreInitContainers() {
        List<Finding> findings = RuleTesting.run(rule("""
                select: containers
                assert: containerType != 'init'
                pointAt: key:name
                message: ${container.name} is an init container
                """), DEPLOYMENT);
        assertThat(findings).extracting(Finding::message).containsExactly("setup is an init container");
        assertThat(findings.get(0).span().line()).isEqualTo(9);
    }

    @Test
    void presetSelectorsReachOnlyPodPresetsWithTheirOwnVolumeNames() {
        String manifests = """
                apiVersion: settings.k8s.io/v1alpha1
                kind: PodPreset
                metadata:
                  name: cache
                spec:
                  volumeMounts:
                    - name: cache
                      mountPath: /cache
                    - name: logs
                      mountPath: /logs
                  volumes:
                    - name: cache
                      emptyDir: {}
                ---
                apiVersion: example.com/v1
                kind: PodPreset
                metadata:
                  name: not-settings
                spec:
                  volumeMounts:
                    - name: other
                      mountPath: /other
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  containers:
                    - name: web
                      image: nginx
                      volumeMounts:
                        - name: logs
                          mountPath: /logs
                  volumes:
                    - name: logs
                      emptyDir: {}
                """;
        List<Finding> findings = RuleTesting.run(rule("""
                select: presetVolumeMounts
                assert: mount.name =~ volumeNames
                pointAt: name
                message: ${mount.name} not in ${volumeNames}
                """), manifests);
        assertThat(findings)
                .extracting(Finding::message, Finding::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("logs not in [cache]", "/spec/volumeMounts/1/name"));
    }

    @Test
    void kindsLimitWhereARuleRuns() {
        String body = """
                select: containers
                assert: false
                """;
        assertThat(RuleTesting.run(rule("kinds: [Pod]\n" + body), DEPLOYMENT)).isEmpty();
        assertThat(RuleTesting.run(rule("kinds: [Deployment]\n" + body), DEPLOYMENT))
                .hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "object.class",
                "object.metadata.class",
                "object.spec.template.spec.containers.class",
                "kind.class",
                "kind.bytes",
            })
    void reachesNoJavaClass(String expression) {
        assertThatThrownBy(() ->
                        RuleTesting.run(rule("select: objects\nassert: " + expression + " != null\n"), DEPLOYMENT))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("rule 'test-rule' failed on document 0 (Deployment/web)")
                .hasMessageContaining("undefined property");
    }

    @Test
    void aMissingFieldIsNullAndAnUnknownFunctionAnError() {
        assertThat(RuleTesting.run(rule("select: objects\nassert: object.spec.nothing.deeper == null\n"), DEPLOYMENT))
                .isEmpty();
        assertThatThrownBy(
                        () -> RuleTesting.run(rule("select: objects\nassert: k8s:noSuchFunction(kind)\n"), DEPLOYMENT))
                .isInstanceOf(RuleEvaluationException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "new('java.io.File', '/etc/passwd')",
                "kind.getClass()",
                "object.toString()",
                "x = 1",
                "for (c : object) { }",
                "var x = 1",
                "(x) -> x",
                "#pragma jexl.namespace.r java.lang.Runtime\\n true",
                "object.metadata.name = 'x'",
            })
    void rejectsWhatTheSandboxForbidsWhenTheRuleFileIsRead(String expression) {
        assertThatThrownBy(() -> RuleTesting.run(rule("select: objects\nassert: \"" + expression + "\"\n"), DEPLOYMENT))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("test-rule.yaml:");
    }

    @Test
    void aRegularExpressionThatWouldBacktrackForeverRunsInLinearTime() {
        String manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + "a".repeat(30) + "!\n";
        assertThat(RuleTesting.run(rule("select: objects\nassert: \"metadata.name =~ '(.*a){12}'\"\n"), manifest))
                .hasSize(1);
    }

    @Test
    void anUnknownVariableIsAnErrorNamingFileLineColumnAndField() {
        assertThatThrownBy(() -> RuleTesting.run(rule("""
                select: containers
                assert: contianer.image != null
                """), DEPLOYMENT))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith(
                        "test-rule.yaml:6:9: field 'assert': unknown variable 'contianer' (did you mean 'container'?)");
    }

    @Test
    void aBrokenRuleFileNamesFileLineAndField() {
        assertThatThrownBy(() -> RuleTesting.rule(rule("select: pods\nassert: true\n")))
                .hasMessage("test-rule.yaml:5:9: field 'select': unknown selector 'pods'; known: objects, podSpecs, "
                        + "containers, envVars, envFrom, volumeMounts, volumeDevices, tolerations, volumes, "
                        + "projectedSources, downwardApiItems, probes, dataEntries, presetSpecs, presetEnvVars, "
                        + "presetEnvFrom, presetVolumes, presetVolumeMounts");
        assertThatThrownBy(() -> RuleTesting.rule(rule("select: objects\nasert: true\n")))
                .hasMessageStartingWith("test-rule.yaml:6:1: field 'asert': unknown field");
        assertThatThrownBy(() -> RuleTesting.rule(rule("select: objects\n")))
                .hasMessageStartingWith("test-rule.yaml:1:1: field 'assert': is required");
        assertThatThrownBy(() -> RuleTesting.run(rule("select: objects\nassert: \"kind ==\"\n"), DEPLOYMENT))
                .hasMessageStartingWith("test-rule.yaml:6: field 'assert': not a valid rule expression");
        assertThatThrownBy(() ->
                        RuleTesting.run(rule("kinds: [Deploymnet]\nselect: containers\nassert: true\n"), DEPLOYMENT))
                .hasMessageStartingWith("test-rule.yaml:5: field 'kinds': the selectors [containers] select "
                        + "nothing in a Deploymnet");
        assertThatThrownBy(() -> RuleTesting.rule(rule("check: java:loader\nselect: objects\n")))
                .hasMessageStartingWith("test-rule.yaml:6:1: field 'select': a rule with 'check: java:...'");
    }

    @Test
    void messagesNeverShowASecretValue() {
        String secret = """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db
                data:
                  password: c2VjcmV0LXBhc3N3b3Jk
                """;
        List<Finding> findings = RuleTesting.run(rule("""
                select: dataEntries
                assert: false
                message: "key ${key} holds '${value}', object says ${object.data.password}"
                """), secret);
        assertThat(findings).extracting(Finding::message).containsExactly("key password holds '', object says ***");
    }

    @Test
    void aSecretsDataThatIsNoMappingIsHiddenToo() {
        String secret = """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db
                data: c2VjcmV0LXBhc3N3b3Jk
                """;
        List<Finding> findings = RuleTesting.run(rule("""
                select: objects
                assert: false
                message: "data is ${object.data}"
                """), secret);
        assertThat(findings).extracting(Finding::message).containsExactly("data is ***");
    }
}
