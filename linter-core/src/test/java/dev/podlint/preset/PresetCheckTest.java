package dev.podlint.preset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.fixtures.RuleFamilies;
import dev.podlint.report.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetCheckTest {

    @TempDir
    Path dir;

    private Report lint(LintOptions.Builder options, String... paths) {
        // The preset stage alone (every PodPreset also gets removed-api from the schema stage, tested there).
        return Linter.create(RuleFamilies.only(options.workingDirectory(dir), RuleFamilies.LOADING, "preset-")
                        .build())
                .lint(List.of(paths), new ByteArrayInputStream(new byte[0]));
    }

    @Test
    void conflictNamesBothSidesAndPointsAtBoth() throws IOException {
        Files.writeString(dir.resolve("presets.yaml"), PresetMergerTest.ALLOW_DATABASE);
        Files.writeString(dir.resolve("pod.yaml"), PresetMergerTest.pod("""
                env:
                  - name: DB_PORT
                    value: "5432"
                """));
        Report report = lint(LintOptions.builder(), "presets.yaml", "pod.yaml");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("preset-conflict");
            assertThat(f.file()).isEqualTo("presets.yaml");
            assertThat(f.path()).isEqualTo("/spec/env/0");
            assertThat(f.span().line()).isEqualTo(10);
            assertThat(f.message())
                    .contains(
                            "PodPreset \"allow-database\"",
                            "the pod's own entry",
                            "env vars with name \"DB_PORT\"",
                            "container \"website\"",
                            "Pod \"website\"",
                            "would apply none");
            assertThat(f.related()).singleElement().satisfies(r -> {
                assertThat(r.file()).isEqualTo("pod.yaml");
                assertThat(Files.readAllLines(dir.resolve("pod.yaml"))
                                .get(r.span().line() - 1))
                        .contains("- name: DB_PORT");
            });
        });
    }

    /**
     * The API server validates a preset's mounts against its own volumes (k8s-semantics 1.2), so it would
     * never have stored this one; podlint reports that and still applies the preset (the docs say nothing
     * of presets that cannot exist), so the merged pod is what the preset meant.
     */
    @Test
    void aPresetTheApiServerWouldRejectIsReportedAndStillApplied() throws IOException {
        String preset = MergedPodTest.CACHE_MOUNT_PRESET;
        String pod = PresetMergerTest.pod("", "", """
                volumes:
                  - name: cache-volume
                    emptyDir: {}
                """);
        Files.writeString(dir.resolve("all.yaml"), preset + pod);
        Report report = lint(LintOptions.builder(), "all.yaml");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("preset-mount-volume-missing");
            assertThat(f.path()).isEqualTo("/spec/volumeMounts/0/name");
            assertThat(f.span().line()).isEqualTo(8);
            assertThat(f.message()).contains("'cache-volume'", "it has none", "Not found");
        });
        MergeOutcome outcome = Manifests.mergeFirstPod(preset + pod);
        assertThat(outcome.applied()).isTrue();
        assertThat(Manifests.names(outcome.merged().merged(), "/spec/containers/0/volumeMounts", "mountPath"))
                .containsExactly("/cache");
    }

    @Test
    void presetsGivenWithPresetOptionApplyWithoutBeingLinted() throws IOException {
        Path library = Files.createDirectories(dir.resolve("library"));
        // The library also holds a Pod and a duplicate key outside any preset: neither is reported.
        Files.writeString(
                library.resolve("presets.yaml"), PresetMergerTest.ALLOW_DATABASE + """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: c
                data:
                  a: "1"
                """ + PresetMergerTest.pod("""
                env:
                  - name: DB_PORT
                    value: "1"
                """));
        Files.writeString(dir.resolve("pod.yaml"), PresetMergerTest.pod("""
                env:
                  - name: DB_PORT
                    value: "5432"
                """));
        Report withPreset = lint(LintOptions.builder().preset("library"), "pod.yaml");
        assertThat(withPreset.findings())
                .extracting(Finding::ruleId, Finding::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("preset-conflict", "library/presets.yaml"));
        assertThat(withPreset.findings().get(0).related().get(0).file()).isEqualTo("pod.yaml");
        assertThat(withPreset.summary().files()).isEqualTo(1);
        assertThat(lint(LintOptions.builder(), "pod.yaml").findings()).isEmpty();

        Report missing = lint(LintOptions.builder().preset("nowhere"), "pod.yaml");
        assertThat(missing.notifications())
                .singleElement()
                .satisfies(n -> assertThat(n.message()).contains("--preset", "no such file"));
    }

    @Test
    void namespaceOptionPlacesDocumentsWithoutOne() throws IOException {
        Files.writeString(
                dir.resolve("all.yaml"),
                PresetMergerTest.ALLOW_DATABASE.replace(
                                "  name: allow-database", "  name: allow-database\n  namespace: team")
                        + PresetMergerTest.pod(""));
        assertThat(lint(LintOptions.builder(), "all.yaml").findings())
                .extracting(Finding::ruleId)
                .containsExactly("preset-unused");
        assertThat(lint(LintOptions.builder().defaultNamespace("team"), "all.yaml")
                        .findings())
                .isEmpty();
    }

    @Test
    void templatesCountOnlyOnRequest() throws IOException {
        Files.writeString(dir.resolve("all.yaml"), PresetMergerTest.ALLOW_DATABASE + """
                ---
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: report
                spec:
                  template:
                    metadata:
                      labels:
                        role: frontend
                    spec:
                      restartPolicy: Never
                      containers:
                        - name: report
                          image: busybox:1.36
                          env:
                            - name: DB_PORT
                              value: "1"
                """);
        assertThat(lint(LintOptions.builder(), "all.yaml").findings())
                .extracting(Finding::ruleId)
                .containsExactly("preset-unused");
        assertThat(lint(LintOptions.builder().presetTemplates(true), "all.yaml").findings())
                .extracting(Finding::ruleId)
                .containsExactly("preset-conflict");
    }

    @Test
    void templatesSkipObjectsWithoutAKind() throws IOException {
        Files.writeString(dir.resolve("all.yaml"), PresetMergerTest.ALLOW_DATABASE + """
                ---
                apiVersion: v1
                metadata:
                  name: no-kind
                """);
        Report report = lint(LintOptions.builder().presetTemplates(true), "all.yaml");
        assertThat(report.notifications()).isEmpty();
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("preset-unused");
    }
}
