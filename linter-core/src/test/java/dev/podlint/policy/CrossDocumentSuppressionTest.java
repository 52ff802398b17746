package dev.podlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.ReportFormat;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.FailThreshold;
import dev.podlint.finding.Finding;
import dev.podlint.report.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * podlint.dev/ignore on findings of cross-document checks: the annotation of the object that holds
 * the finding's node applies, in whichever file it is (a PodPreset's, for a preset conflict).
 */
class CrossDocumentSuppressionTest {

    private static final String PRESETS = """
            apiVersion: settings.k8s.io/v1alpha1
            kind: PodPreset
            metadata:
              name: allow-database
              annotations:
                podlint.dev/ignore: "preset-conflict # the pod's own DB_PORT wins"
            spec:
              selector:
                matchLabels:
                  role: frontend
              env:
                - name: DB_PORT
                  value: "6379"
            ---
            apiVersion: settings.k8s.io/v1alpha1
            kind: PodPreset
            metadata:
              name: batch-only
              annotations:
                podlint.dev/ignore: preset-unused
            spec:
              selector:
                matchLabels:
                  role: batch
              env:
                - name: QUEUE
                  value: jobs
            """;

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: website
              labels:
                role: frontend
              annotations:
                podlint.dev/ignore: "%s"
            spec:
              restartPolicy: Never
              containers:
                - name: website
                  image: nginx:1.27
                  env:
                    - name: DB_PORT
                      value: "5432"
            """;

    @TempDir
    Path dir;

    private Report lint(boolean presetsViaOption, String podIgnores) throws IOException {
        return lint(presetsViaOption, podIgnores, PRESETS);
    }

    private Report lint(boolean presetsViaOption, String podIgnores, String presets) throws IOException {
        write("presets/db.yaml", presets);
        write("pods/web.yaml", POD.formatted(podIgnores));
        LintOptions.Builder options = LintOptions.builder().workingDirectory(dir);
        List<String> paths = new ArrayList<>(List.of("pods"));
        if (presetsViaOption) {
            options.preset("presets");
        } else {
            paths.add("presets");
        }
        return Linter.create(options.build()).lint(paths, new ByteArrayInputStream(new byte[0]));
    }

    @Test
    void aPresetsAnnotationSilencesTheFindingsInItFromAnotherFilesPod() throws IOException {
        for (boolean viaOption : List.of(false, true)) {
            Report report = lint(viaOption, "liveness-probe-missing");

            Finding conflict = only(report, "preset-conflict");
            assertThat(conflict.file()).isEqualTo("presets/db.yaml");
            assertThat(conflict.suppression()).as("--preset: %s", viaOption).isNotNull();
            assertThat(conflict.suppression().kind()).isEqualTo("inSource");
            assertThat(conflict.suppression().justification()).isEqualTo("the pod's own DB_PORT wins");
            Finding unused = only(report, "preset-unused");
            assertThat(unused.suppression()).isNotNull();
            assertThat(unused.suppression().justification()).isEmpty();
            assertThat(report.summary().errors()).isZero();
            assertThat(report.summary().suppressed()).isEqualTo(2);
            assertThat(report.exitCode(FailThreshold.ERROR)).isZero();
        }
    }

    @Test
    void thePodsAnnotationDoesNotReachANodeOfThePreset() throws IOException {
        String presetWithoutAnnotation = PRESETS.replace(
                "podlint.dev/ignore: \"preset-conflict # the pod's own DB_PORT wins\"", "team: payments");
        Report report = lint(false, "preset-conflict # not the pod's finding", presetWithoutAnnotation);

        Finding conflict = only(report, "preset-conflict");
        assertThat(conflict.file()).isEqualTo("presets/db.yaml");
        assertThat(conflict.suppressed()).isFalse();
        assertThat(report.exitCode(FailThreshold.ERROR)).isEqualTo(1);
    }

    @Test
    void sarifMarksThemAsInSourceSuppressions() throws IOException {
        Report report = lint(false, "liveness-probe-missing");
        StringWriter out = new StringWriter();
        ReportFormat.SARIF.reporter(false, dir).write(report, out);

        JsonNode results = JsonMapper.builder()
                .build()
                .readTree(out.toString())
                .path("runs")
                .path(0)
                .path("results");
        List<String> suppressed = new ArrayList<>();
        for (JsonNode result : results.values()) {
            JsonNode suppressions = result.path("suppressions");
            if (result.path("ruleId").asString().startsWith("preset-")) {
                assertThat(suppressions.size()).as(result.toString()).isEqualTo(1);
                assertThat(suppressions.path(0).path("kind").asString()).isEqualTo("inSource");
                suppressed.add(result.path("ruleId").asString() + " "
                        + suppressions.path(0).path("justification").asString(""));
            }
        }
        assertThat(suppressed)
                .containsExactlyInAnyOrder("preset-conflict the pod's own DB_PORT wins", "preset-unused ");
    }

    private static Finding only(Report report, String rule) {
        List<Finding> found =
                report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(found).as(rule).hasSize(1);
        return found.get(0);
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
