package dev.podlint.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.config.LintOptions;
import dev.podlint.config.UsageException;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {

    /** A Pod up to its first container's entry. */
    private static final String POD_CONTAINERS = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
            """;

    /** A valid Pod the tests append fields of its container to. */
    private static final String POD_HEAD = POD_CONTAINERS + """
                - name: web
                  image: nginx:1.27
            """;

    @Test
    void unknownFieldPointsAtItsKeyAndSuggestsTheKnownField() {
        List<Finding> findings = SchemaLint.lint(POD_HEAD + "      livenesProbe:\n        periodSeconds: 5\n");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("schema");
            assertThat(f.message())
                    .isEqualTo("spec.containers[0]: unknown field 'livenesProbe'; did you mean 'livenessProbe'?");
            assertThat(f.path()).isEqualTo("/spec/containers/0/livenesProbe");
            assertThat(f.span()).isEqualTo(new Span(9, 7, 9, 19));
        });
    }

    @Test
    void unknownFieldWithoutACloseNameNamesTheType() {
        List<Finding> findings = SchemaLint.lint(POD_HEAD + "      sidecarMode: true\n");
        assertThat(findings)
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo(
                        "spec.containers[0]: unknown field 'sidecarMode' (Container has no such field; check the spelling"
                                + " and the indentation)");
    }

    @Test
    void aFieldMisplacedByOneLevelSaysWhereItBelongs() {
        assertThat(SchemaLint.lint(POD_HEAD + "      runAsNonRoot: true\n"))
                .extracting(Finding::message)
                .containsExactly("spec.containers[0]: unknown field 'runAsNonRoot': 'runAsNonRoot' is a field of"
                        + " securityContext: did you mean to write it under 'securityContext'?");
        assertThat(SchemaLint.lint(POD_HEAD + "      restartPolicy: Never\n      hostNetwork: true\n"))
                .extracting(Finding::message)
                .contains("spec.containers[0]: unknown field 'hostNetwork':"
                        + " 'hostNetwork' is a field of spec, one level up: check the indentation");
        assertThat(SchemaLint.lint("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector:
                    app: web
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: web, image: nginx}]}
                """))
                .extracting(Finding::message)
                .containsExactly("spec.selector: unknown field 'app': did you mean to write it under 'matchLabels'?");
    }

    @Test
    void wrongTypeNamesExpectedAndFoundAtTheValue() {
        List<Finding> findings = SchemaLint.lint(POD_HEAD + "      ports:\n        - containerPort: \"80\"\n");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .isEqualTo("spec.containers[0].ports[0].containerPort: expected integer,"
                            + " found string \"80\": write it without quotes");
            assertThat(f.span()).isEqualTo(new Span(10, 26, 10, 30));
        });
    }

    @Test
    void unquotedYaml11ScalarsInStringFieldsSayToQuote() {
        List<Finding> findings = SchemaLint.lint(POD_HEAD
                + "      env:\n        - name: A\n          value: yes\n        - name: B\n          value: 1.10\n");
        assertThat(findings)
                .extracting(Finding::message)
                .containsExactly(
                        "spec.containers[0].env[0].value: expected string, found boolean: YAML reads the unquoted yes as a"
                                + " boolean (true); quote it: \"yes\"",
                        "spec.containers[0].env[1].value: expected string, found number: YAML reads the unquoted 1.10 as a"
                                + " number (1.1); quote it: \"1.10\"");
    }

    @Test
    void missingRequiredFieldPointsAtTheStartOfTheMappingUnderThePointerOfTheField() {
        List<Finding> findings = SchemaLint.lint(POD_CONTAINERS + "    - image: nginx:1.27\n");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("spec.containers[0]: missing required field 'name'");
            assertThat(f.path()).isEqualTo("/spec/containers/0/name");
            assertThat(f.span()).isEqualTo(Span.point(7, 7));
        });
    }

    @Test
    void optionalFieldsAcceptNullAndOnlyTheRefBranchIsReported() {
        assertThat(SchemaLint.lint(POD_HEAD + "      resources:\n      env:\n      securityContext: ~\n"))
                .isEmpty();
        List<Finding> findings = SchemaLint.lint(POD_HEAD + "      securityContext: privileged\n");
        assertThat(findings)
                .extracting(Finding::message)
                .containsExactly("spec.containers[0].securityContext: expected object, found string \"privileged\"");
    }

    @Test
    void aSecretsValuesNeverAppearInMessages() {
        List<Finding> findings = SchemaLint.lint("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: credentials
                type: [Opaque]
                stringData:
                  enabled: yes
                  port: 54321
                  nested: {secretword: x}
                data:
                  flag: true
                """);
        assertThat(findings)
                .hasSize(5)
                .allSatisfy(
                        f -> assertThat(f.message()).doesNotContain("yes", "54321", "secretword", "true", "Opaque"));
    }

    @Test
    void unknownKindIsReportedOncePerKindAndFileAndIsAnErrorWithStrictKinds() {
        String yaml = """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: a}
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: b}
                ---
                apiVersion: example.com/v2
                kind: Widget
                metadata: {name: c}
                """;
        assertThat(SchemaLint.lint(yaml))
                .extracting(Finding::ruleId, Finding::severity, f -> f.span().line())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unknown-kind", Severity.WARNING, 2),
                        org.assertj.core.groups.Tuple.tuple("unknown-kind", Severity.WARNING, 10));
        assertThat(SchemaLint.lint(yaml, LintOptions.builder().strictKinds(true)))
                .extracting(Finding::severity)
                .containsOnly(Severity.ERROR)
                .hasSize(2);
    }

    @Test
    void kindsOfNewerVersionsSaySo() {
        List<Finding> findings = SchemaLint.lint("""
                apiVersion: resource.k8s.io/v1
                kind: DeviceClass
                metadata: {name: gpu}
                """, LintOptions.builder().kubernetesVersion("1.32"));
        assertThat(findings)
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo(
                        "no schema for resource.k8s.io/v1 DeviceClass in Kubernetes 1.32: it is first served in Kubernetes"
                                + " 1.34 (choose it with --kubernetes-version); DeviceClass is served as apiVersion"
                                + " resource.k8s.io/v1alpha3 or resource.k8s.io/v1beta1");
    }

    @Test
    void aPodPresetOfAnotherVersionWasNeverServed() {
        List<Finding> findings = SchemaLint.lint("""
                apiVersion: settings.k8s.io/v1
                kind: PodPreset
                metadata: {name: p}
                spec: {env: [{name: A, value: b}]}
                """);
        assertThat(findings)
                .singleElement()
                .extracting(Finding::ruleId, Finding::message)
                .containsExactly(
                        "unknown-kind",
                        "no schema for settings.k8s.io/v1 PodPreset in Kubernetes 1.36: PodPreset was only"
                                + " ever served as settings.k8s.io/v1alpha1 (removed in Kubernetes 1.20), so no cluster"
                                + " accepted this one and podlint does not apply it to Pods");
    }

    @Test
    void removedApisNameTheReleaseAndTheReplacement() {
        String cronJob = """
                apiVersion: batch/v1beta1
                kind: CronJob
                metadata: {name: nightly}
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate: {spec: {template: {spec: {containers: [{name: a, image: b}]}}}}
                """;
        assertThat(SchemaLint.lint(cronJob, LintOptions.builder().kubernetesVersion("1.32")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("removed-api");
                    assertThat(f.message())
                            .isEqualTo("batch/v1beta1 CronJob was removed in Kubernetes 1.25"
                                    + " (linting for 1.32): use apiVersion batch/v1 (check the fields that changed)");
                    assertThat(f.path()).isEqualTo("/apiVersion");
                });
        String flowSchema = """
                apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
                kind: FlowSchema
                metadata: {name: a}
                spec:
                  priorityLevelConfiguration: {name: workload-low}
                """;
        assertThat(SchemaLint.lint(flowSchema, LintOptions.builder().kubernetesVersion("1.31")))
                .isEmpty();
        assertThat(SchemaLint.lint(flowSchema, LintOptions.builder().kubernetesVersion("1.32")))
                .extracting(Finding::message)
                .containsExactly("flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema was"
                        + " removed in Kubernetes 1.32 (linting for 1.32): use apiVersion flowcontrol.apiserver.k8s.io/v1"
                        + " (check the fields that changed)");
    }

    @Test
    void podPresetIsValidatedAndItsRemovalIsAnInfo() {
        List<Finding> findings = SchemaLint.lint("""
                apiVersion: settings.k8s.io/v1alpha1
                kind: PodPreset
                metadata: {name: db}
                spec:
                  selector: {matchLabels: {role: frontend}}
                  env: [{name: DB_PORT, value: 6379}]
                """);
        assertThat(findings)
                .extracting(Finding::ruleId, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("removed-api", Severity.INFO),
                        org.assertj.core.groups.Tuple.tuple("schema", Severity.ERROR));
    }

    @Test
    void eachKindIsCompiledOnceAndSharedByTheThreads() throws Exception {
        KindSchemas schemas = KindSchemas.create("1.33", List.of());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<KindResolution>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> schemas.resolve("apps/v1", "StatefulSet")));
            }
            KindResolution first = futures.get(0).get();
            for (var future : futures) {
                assertThat(future.get()).isSameAs(first);
            }
            assertThat(first).isInstanceOf(KindResolution.Validated.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void versionsAreCheckedAndPatchVersionsSelectTheirMinor() {
        assertThatThrownBy(() -> SchemaLint.lint("a: b\n", LintOptions.builder().kubernetesVersion("1.12")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining(
                        "--kubernetes-version 1.12: podlint bundles the schemas of 1.27, 1.28, 1.30, 1.31");
        assertThatThrownBy(() -> SchemaLint.lint("a: b\n", LintOptions.builder().kubernetesVersion("1.29.4")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("not 1.29: client-java");
        assertThat(KindSchemas.create("1.27", List.of()).target()).isEqualTo(new KubernetesVersion(1, 27));
        assertThat(KindSchemas.create("1.32.2", List.of()).target()).isEqualTo(new KubernetesVersion(1, 32));
        assertThat(KindSchemas.create(null, List.of()).target())
                .isEqualTo(BundledSchemas.get().newest());
    }
}
