package dev.podlint.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.ReportFormat;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.fixtures.TestPaths;
import dev.podlint.report.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code helm template ... | podlint lint -}: findings are reported under the template named by
 * the {@code # Source:} comment of their document, at their line in the rendered stream.
 */
class RenderedHelmTest {

    private static final String STATEFULSET = "loki/templates/single-binary/statefulset.yaml";

    private static Report lintStdin(byte[] stdin) {
        Path dir = TestPaths.repoRoot();
        return Linter.create(LintOptions.builder().workingDirectory(dir).build())
                .lint(List.of("-"), new ByteArrayInputStream(stdin));
    }

    private static byte[] rendered() throws IOException {
        return Files.readAllBytes(TestPaths.testdata().resolve("rendered/helm-template-loki.yaml"));
    }

    @Test
    void findingsOfRenderedOutputNameTheirTemplate() throws IOException {
        Report report = lintStdin(rendered());
        assertThat(report.findings())
                .extracting(f -> f.file() + ":" + f.span().line() + " " + f.ruleId())
                .containsExactlyInAnyOrder(
                        STATEFULSET + " (rendered):286 liveness-probe-missing",
                        STATEFULSET + " (rendered):330 liveness-probe-missing",
                        STATEFULSET + " (rendered):330 readiness-probe-missing");

        StringWriter text = new StringWriter();
        ReportFormat.TEXT.reporter(false, TestPaths.repoRoot()).write(report, text);
        assertThat(text.toString())
                .contains(STATEFULSET + " (rendered):286:11: warning liveness-probe-missing")
                .contains(" 286 |         - name: loki");
    }

    @Test
    void sarifPutsTheAlertOnTheTemplateFile() throws IOException {
        StringWriter sarif = new StringWriter();
        ReportFormat.SARIF.reporter(false, TestPaths.repoRoot()).write(lintStdin(rendered()), sarif);
        JsonNode results = JsonMapper.builder()
                .build()
                .readTree(sarif.toString())
                .path("runs")
                .path(0)
                .path("results");
        assertThat(results.values()).hasSize(3).allSatisfy(result -> {
            JsonNode location = result.path("locations").path(0).path("physicalLocation");
            assertThat(location.path("artifactLocation").path("uri").asString()).isEqualTo(STATEFULSET);
            assertThat(location.path("artifactLocation").path("uriBaseId").asString())
                    .isEqualTo("%SRCROOT%");
        });
    }

    @Test
    void aDocumentWithoutASourceCommentStaysOnStdin() {
        String stream = """
                ---
                # Source: web/templates/a.yaml
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: a
                data:
                  k: x
                  k: y
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: b
                data:
                  k: x
                  k: y
                """;
        Report report = lintStdin(stream.getBytes(StandardCharsets.UTF_8));
        assertThat(report.findings())
                .filteredOn(f -> f.ruleId().equals("duplicate-key"))
                .extracting(f -> f.file() + ":" + f.span().line())
                .containsExactly("web/templates/a.yaml (rendered):9", "<stdin>:17");
    }

    @Test
    void aRenderedFileNamedOnTheCommandLineKeepsItsOwnName() {
        Report report = Linter.create(LintOptions.builder()
                        .workingDirectory(TestPaths.testdata())
                        .build())
                .lint(List.of("rendered/helm-template-loki.yaml"), InputStream.nullInputStream());
        assertThat(report.findings()).extracting(Finding::file).containsOnly("rendered/helm-template-loki.yaml");
    }
}
