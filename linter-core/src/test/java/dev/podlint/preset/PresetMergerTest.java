package dev.podlint.preset;

import static dev.podlint.preset.Manifests.at;
import static dev.podlint.preset.Manifests.mergeFirstPod;
import static dev.podlint.preset.Manifests.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.config.PresetFeatureGates;
import dev.podlint.fixtures.DocsExample;
import dev.podlint.source.MappingNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admission plugin's cases (admission_test.go), in our own words. */
class PresetMergerTest {

    static final String ALLOW_DATABASE = DocsExample.ALLOW_DATABASE;

    static String pod(String containerExtra) {
        return pod("", containerExtra, "");
    }

    static String pod(String metadataExtra, String containerExtra, String specExtra) {
        return """
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: website
                  labels:
                    app: website
                    role: frontend
                %s
                spec:
                  containers:
                    - name: website
                      image: nginx
                %s
                %s
                """.formatted(indent(metadataExtra, 2), indent(containerExtra, 6), indent(specExtra, 2));
    }

    static String indent(String text, int spaces) {
        return text.isEmpty() ? "" : text.indent(spaces).stripTrailing();
    }

    @Test
    void seedExampleGetsEnvMountVolumeAndAnnotation() {
        MergeOutcome outcome = mergeFirstPod(ALLOW_DATABASE + pod(""));
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.applied()).isTrue();
        MappingNode merged = outcome.merged().merged();
        assertThat(names(merged, "/spec/containers/0/env", "name")).containsExactly("DB_PORT");
        assertThat(names(merged, "/spec/containers/0/env", "value")).containsExactly("6379");
        assertThat(names(merged, "/spec/containers/0/volumeMounts", "mountPath"))
                .containsExactly("/cache");
        assertThat(names(merged, "/spec/volumes", "name")).containsExactly("cache-volume");
        assertThat(((MappingNode) at(merged, "/metadata/annotations")))
                .containsExactly(java.util.Map.entry("podpreset.admission.kubernetes.io/podpreset-allow-database", ""));
        assertThat(outcome.merged().original().object().mapping("spec").mapping("containers"))
                .isNull();
    }

    @Test
    void conflictingEnvAppliesNothing() {
        MergeOutcome outcome = mergeFirstPod(ALLOW_DATABASE + pod("""
                env:
                  - name: DB_PORT
                    value: "5432"
                """));
        assertThat(outcome.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(EntryKind.ENV);
            assertThat(c.key()).isEqualTo("name \"DB_PORT\"");
            assertThat(c.existing().fromPod()).isTrue();
            assertThat(c.incoming().preset()).isEqualTo("allow-database");
            assertThat(c.container().name()).isEqualTo("website");
        });
        assertUnchanged(outcome);
    }

    @Test
    void conflictingVolumeAppliesNothing() {
        MergeOutcome outcome = mergeFirstPod(ALLOW_DATABASE + pod("", "", """
                volumes:
                  - name: cache-volume
                    hostPath:
                      path: /var/cache
                """));
        assertThat(outcome.conflicts())
                .singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(EntryKind.VOLUME))
                .satisfies(c -> assertThat(c.container()).isNull());
        assertUnchanged(outcome);
    }

    @Test
    void mountConflictsByNameAndByMountPath() {
        assertUnchanged(singleConflict("""
                volumeMounts:
                  - name: cache-volume
                    mountPath: /elsewhere
                """, "name \"cache-volume\""));
        assertUnchanged(singleConflict("""
                volumeMounts:
                  - name: other
                    mountPath: /cache
                """, "mountPath \"/cache\""));
        singleConflict("""
                volumeMounts:
                  - name: cache-volume
                    mountPath: /cache
                    readOnly: true
                """, "name \"cache-volume\" and mountPath \"/cache\"");
    }

    /** Merges the docs' preset into the pod whose container has {@code containerExtra}; one conflict, on {@code key}. */
    private static MergeOutcome singleConflict(String containerExtra, String key) {
        MergeOutcome outcome = mergeFirstPod(ALLOW_DATABASE + pod(containerExtra));
        assertThat(outcome.conflicts())
                .singleElement()
                .satisfies(c -> assertThat(c.key()).isEqualTo(key));
        return outcome;
    }

    @Test
    void identicalEntriesAreNeitherConflictsNorDuplicated() {
        MergeOutcome outcome = mergeFirstPod(ALLOW_DATABASE + pod("", """
                env:
                  - name: DB_PORT
                    value: "6379"
                volumeMounts:
                  - name: cache-volume
                    mountPath: /cache
                    readOnly: false
                """, """
                volumes:
                  - emptyDir: {}
                    name: cache-volume
                """));
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.applied()).isTrue();
        MappingNode merged = outcome.merged().merged();
        assertThat(names(merged, "/spec/containers/0/env", "name")).containsExactly("DB_PORT");
        assertThat(names(merged, "/spec/containers/0/volumeMounts", "name")).containsExactly("cache-volume");
        assertThat(names(merged, "/spec/volumes", "name")).containsExactly("cache-volume");
    }

    @Test
    void comparisonIsAfterV1DefaultsAndKeepsPointerFields() {
        String preset = """
                apiVersion: settings.k8s.io/v1alpha1
                kind: PodPreset
                metadata:
                  name: tls
                spec:
                  selector: {}
                  volumes:
                    - name: tls
                      secret:
                        secretName: tls
                  env:
                    - name: NODE
                      valueFrom:
                        fieldRef:
                          fieldPath: spec.nodeName
                    - name: MODE
                      valueFrom:
                        configMapKeyRef:
                          name: settings
                          key: mode
                """;
        MergeOutcome defaulted = mergeFirstPod(preset + pod("", """
                env:
                  - name: NODE
                    valueFrom:
                      fieldRef:
                        apiVersion: v1
                        fieldPath: spec.nodeName
                  - name: MODE
                    valueFrom:
                      configMapKeyRef:
                        name: settings
                        key: mode
                """, """
                volumes:
                  - name: tls
                    secret:
                      secretName: tls
                      defaultMode: 0644
                """));
        assertThat(defaulted.conflicts()).isEmpty();
        assertThat(defaulted.applied()).isTrue();

        MergeOutcome optional = mergeFirstPod(preset + pod("""
                env:
                  - name: MODE
                    valueFrom:
                      configMapKeyRef:
                        name: settings
                        key: mode
                        optional: false
                """));
        assertThat(optional.conflicts())
                .singleElement()
                .satisfies(c -> assertThat(c.key()).isEqualTo("name \"MODE\""));
    }

    @Test
    void excludeAnnotationMustBeExactlyTheStringTrue() {
        MergeOutcome excluded = mergeFirstPod(ALLOW_DATABASE + pod("""
                annotations:
                  podpreset.admission.kubernetes.io/exclude: "true"
                """, "", ""));
        assertThat(excluded.selection().status()).isEqualTo(PresetSelection.Status.EXCLUDED);
        assertUnchanged(excluded);
        MergeOutcome capitalised = mergeFirstPod(ALLOW_DATABASE + pod("""
                annotations:
                  podpreset.admission.kubernetes.io/exclude: "True"
                """, "", ""));
        assertThat(capitalised.applied()).isTrue();
    }

    @Test
    void mirrorPodsAreLeftAloneWhateverTheValue() {
        MergeOutcome mirror = mergeFirstPod(ALLOW_DATABASE + pod("""
                annotations:
                  kubernetes.io/config.mirror: ""
                """, "", ""));
        assertThat(mirror.selection().status()).isEqualTo(PresetSelection.Status.MIRROR);
        assertUnchanged(mirror);
    }

    @Test
    void onlyPresetsOfThePodsNamespaceApply() {
        String elsewhere =
                ALLOW_DATABASE.replace("  name: allow-database", "  name: allow-database\n  namespace: other");
        MergeOutcome mismatch = mergeFirstPod(elsewhere + pod(""));
        assertThat(mismatch.selection().status()).isEqualTo(PresetSelection.Status.NONE);
        assertUnchanged(mismatch);
        MergeOutcome match = mergeFirstPod(elsewhere + pod("namespace: other", "", ""));
        assertThat(match.applied()).isTrue();
        String explicitDefault =
                ALLOW_DATABASE.replace("  name: allow-database", "  name: allow-database\n  namespace: default");
        assertThat(mergeFirstPod(explicitDefault + pod("")).applied())
                .as("no namespace = --namespace")
                .isTrue();
    }

    @Test
    void emptyOrAbsentSelectorSelectsEveryPod() {
        String empty = ALLOW_DATABASE.replace("""
                  selector:
                    matchLabels:
                      role: frontend
                """, "  selector: {}\n");
        assertThat(empty).contains("selector: {}");
        assertThat(mergeFirstPod(empty + pod("", "", "").replace("role: frontend", "role: x"))
                        .applied())
                .isTrue();
        String absent = empty.replace("  selector: {}\n", "");
        assertThat(mergeFirstPod(absent + pod("")).applied()).isTrue();
    }

    @Test
    void severalPresetsApplyInNameOrderAndConflictAmongThemselves() {
        String zeta = """
                ---
                apiVersion: settings.k8s.io/v1alpha1
                kind: PodPreset
                metadata:
                  name: zeta
                  resourceVersion: "42"
                spec:
                  selector:
                    matchLabels:
                      app: website
                  env:
                    - name: ZETA
                      value: z
                    - name: DB_PORT
                      value: "6379"
                """;
        MergeOutcome both = mergeFirstPod(zeta + "---\n" + ALLOW_DATABASE + pod(""));
        assertThat(both.conflicts()).isEmpty();
        MappingNode merged = both.merged().merged();
        assertThat(names(merged, "/spec/containers/0/env", "name")).containsExactly("DB_PORT", "ZETA");
        assertThat(((MappingNode) at(merged, "/metadata/annotations")))
                .containsExactly(
                        java.util.Map.entry("podpreset.admission.kubernetes.io/podpreset-allow-database", ""),
                        java.util.Map.entry("podpreset.admission.kubernetes.io/podpreset-zeta", "42"));

        MergeOutcome clash =
                mergeFirstPod(zeta.replace("value: \"6379\"", "value: \"1\"") + "---\n" + ALLOW_DATABASE + pod(""));
        assertThat(clash.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.incoming().preset()).isEqualTo("zeta");
            assertThat(c.existing().preset()).isEqualTo("allow-database");
        });
        assertUnchanged(clash);
    }

    @Test
    void envFromClashEmptiesTheContainersEnvFromButAppliesTheRest() {
        String preset = ALLOW_DATABASE.replace("  env:\n", """
                  envFrom:
                    - configMapRef:
                        name: settings
                        optional: false
                    - secretRef:
                        name: extra
                  env:
                """);
        MergeOutcome outcome = mergeFirstPod(preset + pod("""
                envFrom:
                  - configMapRef:
                      name: settings
                  - configMapRef:
                      name: own
                """));
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.applied()).isTrue();
        assertThat(outcome.envFromDrops())
                .singleElement()
                .satisfies(d -> assertThat(d.key()).isEqualTo("configMapRef \"settings\""));
        MappingNode container = (MappingNode) at(outcome.merged().merged(), "/spec/containers/0");
        assertThat(container).doesNotContainKey("envFrom");
        assertThat(names(container, "/env", "name")).containsExactly("DB_PORT");
        assertThat(at(outcome.merged().merged(), "/metadata/annotations")).isNotNull();
    }

    @Test
    void envFromIsDeduplicatedOnlyAgainstTheContainersOwnList() {
        String second = """
                ---
                apiVersion: settings.k8s.io/v1alpha1
                kind: PodPreset
                metadata:
                  name: second
                spec:
                  envFrom:
                    - configMapRef:
                        name: shared
                    - configMapRef:
                        name: own
                """;
        String first = second.replace("name: second", "name: first");
        MergeOutcome outcome = mergeFirstPod(first + second + pod("""
                envFrom:
                  - configMapRef:
                      name: own
                """));
        assertThat(outcome.envFromDrops()).isEmpty();
        List<Object> refs = ((MappingNode) at(outcome.merged().merged(), "/spec/containers/0"))
                .sequence("envFrom").stream()
                        .map(e -> ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) e).get("configMapRef")).get("name"))
                        .map(Object.class::cast)
                        .toList();
        assertThat(refs).containsExactly("own", "shared", "shared");
    }

    @Test
    void initContainersAreMergedEphemeralOnesCheckedOnlyWithTheirFeatureGate() {
        String podWithOthers = pod("", "", """
                initContainers:
                  - name: init
                    image: busybox
                ephemeralContainers:
                  - name: debug
                    image: busybox
                """);
        MergeOutcome outcome = mergeFirstPod(ALLOW_DATABASE + podWithOthers);
        MappingNode merged = outcome.merged().merged();
        assertThat(names(merged, "/spec/initContainers/0/env", "name")).containsExactly("DB_PORT");
        assertThat((MappingNode) at(merged, "/spec/ephemeralContainers/0")).doesNotContainKey("env");

        String clashing = ALLOW_DATABASE + pod("", "", """
                ephemeralContainers:
                  - name: debug
                    image: busybox
                    env:
                      - name: DB_PORT
                        value: other
                """);
        MergeOutcome byDefault = mergeFirstPod(clashing);
        assertThat(byDefault.conflicts()).isEmpty();
        assertThat(byDefault.applied()).isTrue();
        assertThat(names(byDefault.merged().merged(), "/spec/ephemeralContainers/0/env", "name"))
                .containsExactly("DB_PORT");

        var documents = Manifests.load("t.yaml", clashing);
        MergeOutcome gateOn = PresetMerger.merge(
                PodTarget.of(documents.get(1), "default"), Manifests.presets(documents), new PresetFeatureGates(true));
        assertThat(gateOn.conflicts())
                .singleElement()
                .satisfies(c -> assertThat(c.container().name()).isEqualTo("debug"));
        assertUnchanged(gateOn);
    }

    @Test
    void anUnconvertibleSelectorRejectsThePodCreate() {
        String bad = ALLOW_DATABASE.replace("""
                    matchLabels:
                      role: frontend
                """, """
                    matchExpressions:
                      - key: role
                        operator: In
                """);
        MergeOutcome outcome = mergeFirstPod(bad + pod(""));
        assertThat(outcome.rejected()).isTrue();
        assertThat(outcome.selection().presets())
                .singleElement()
                .satisfies(p -> assertThat(p.selectorError().getMessage()).contains("values can't be empty"));
    }

    @Test
    void templatesAreMergedOnRequest() {
        String deployment = """
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  template:
                    metadata:
                      labels:
                        role: frontend
                    spec:
                      containers:
                        - name: web
                          image: nginx
                """;
        var documents = Manifests.load("t.yaml", ALLOW_DATABASE + deployment);
        var target = PodTarget.of(documents.get(1), "default");
        MergeOutcome outcome = PresetMerger.merge(target, Manifests.presets(documents));
        assertThat(outcome.applied()).isTrue();
        assertThat(names(outcome.merged().merged(), "/spec/template/spec/containers/0/env", "name"))
                .containsExactly("DB_PORT");
        assertThat(at(outcome.merged().merged(), "/spec/template/metadata/annotations"))
                .isNotNull();
    }

    private static void assertUnchanged(MergeOutcome outcome) {
        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.merged().merged())
                .isSameAs(outcome.target().document().object());
    }
}
