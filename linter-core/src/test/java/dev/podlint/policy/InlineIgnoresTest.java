package dev.podlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.ReportFormat;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.report.Report;
import dev.podlint.source.ManifestLoader;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code # podlint-ignore} comments: where one is read as a directive, what it covers, and until when. */
class InlineIgnoresTest {

    @TempDir
    Path dir;

    private static List<IgnoreDirective> directives(String yaml) {
        return directives("f.yaml", yaml);
    }

    private static List<IgnoreDirective> directives(String file, String yaml) {
        return IgnoreComments.read(new ManifestLoader().load(file, yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aHashInsideAQuotedOrBlockValueIsNoDirective() {
        assertThat(directives("""
                        apiVersion: v1
                        kind: ConfigMap
                        metadata: {name: a}
                        data:
                          a: "x # podlint-ignore config-key-invalid"
                          b: 'x # podlint-ignore config-key-invalid'
                          c: x#podlint-ignore config-key-invalid
                          d: >
                            # podlint-ignore config-key-invalid
                          e: "two
                            # podlint-ignore config-key-invalid lines"
                        """)).isEmpty();
    }

    @Test
    void aDirectiveRightAfterABlockScalarIsOne() {
        assertThat(directives("""
                        apiVersion: v1
                        kind: ConfigMap
                        metadata: {name: a}
                        data:
                          script: |
                            echo hi

                          # podlint-ignore config-key-invalid
                          "bad key": x
                          other: |+
                            kept

                        # podlint-ignore config-key-invalid
                          "bad key 2": y
                        """))
                .extracting(d -> d.span().line() + " " + d.pointer())
                .containsExactly("8 /data/bad key", "13 /data/bad key 2");
    }

    @Test
    void endOfLineAndLineBeforeCoverTheOutermostNodeStartingThere() {
        List<IgnoreDirective> found = directives("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: a
                spec: # podlint-ignore pod-invalid
                  containers:
                    # podlint-ignore container-name, image-invalid -- both
                    - name: app
                      image: nginx # podlint-ignore image-invalid until 2030-01-31 -- pinned
                """);
        assertThat(found)
                .extracting(d -> d.span().line() + " " + d.pointer() + " " + d.rules() + " " + d.until() + " '"
                        + d.reason() + "'")
                .containsExactly(
                        "5 /spec [pod-invalid] null ''",
                        "7 /spec/containers/0 [container-name, image-invalid] null 'both'",
                        "9 /spec/containers/0/image [image-invalid] 2030-01-31 'pinned'");
        assertThat(found.get(2).span().column()).isEqualTo(20);
    }

    @Test
    void untilWorksThroughItsDayAndStopsTheDayAfter() {
        String yaml = """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: a}
                data:
                  "bad key": x # podlint-ignore config-key-invalid until 2030-01-31 -- migration
                """;
        assertThat(apply(yaml, LocalDate.of(2030, 1, 31)))
                .extracting(f -> f.ruleId() + (f.suppressed() ? " (suppressed)" : ""))
                .containsExactly("config-key-invalid (suppressed)");
        assertThat(apply(yaml, LocalDate.of(2030, 2, 1)))
                .extracting(f -> f.ruleId() + (f.suppressed() ? " (suppressed)" : ""))
                .containsExactly("config-key-invalid", "unused-ignore");
    }

    @Test
    void withUnusedIgnoreOffDirectivesStillWorkAndNothingIsReportedAboutThem() {
        Report report = lint("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: a}
                data:
                  "bad key": x # podlint-ignore config-key-invalid
                  good: z # podlint-ignore config-key-invalid
                """, LintOptions.builder().workingDirectory(dir).disable("unused-ignore"));
        assertThat(report.findings())
                .extracting(f -> f.ruleId() + (f.suppressed() ? " (suppressed)" : ""))
                .containsExactly("config-key-invalid (suppressed)");
    }

    @Test
    void aDisabledRulesDirectiveIsNotHeldAgainstIt() {
        Report report = lint("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: a}
                data:
                  good: z # podlint-ignore config-key-invalid
                """, LintOptions.builder().workingDirectory(dir).disable("config-key-invalid"));
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void noNodeNoiseAfterASyntaxError() {
        Report report = lint("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: a
                # podlint-ignore config-key-invalid

                """, LintOptions.builder().workingDirectory(dir));
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("yaml-syntax");
    }

    @Test
    void sarifListsThemAsInSourceSuppressionsWithTheReason() {
        Report report = lint("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: a}
                data:
                  "bad key": x # podlint-ignore config-key-invalid -- read by the old client
                """, LintOptions.builder().workingDirectory(dir));
        StringWriter out = new StringWriter();
        try {
            ReportFormat.SARIF.reporter(false, dir).write(report, out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        JsonNode result = JsonMapper.builder()
                .build()
                .readTree(out.toString())
                .path("runs")
                .path(0)
                .path("results")
                .path(0);
        assertThat(result.path("ruleId").asString()).isEqualTo("config-key-invalid");
        assertThat(result.path("suppressions").path(0).path("kind").asString()).isEqualTo("inSource");
        assertThat(result.path("suppressions").path(0).path("justification").asString())
                .isEqualTo("read by the old client");
    }

    private List<Finding> apply(String yaml, LocalDate today) {
        Report report = lint(yaml, LintOptions.builder().workingDirectory(dir).disable("unused-ignore"));
        List<Finding> raw = report.findings().stream()
                .map(f -> f.suppressed() ? f.withSuppression(null) : f)
                .toList();
        InlineIgnores ignores = new InlineIgnores(
                Set.of("config-key-invalid", "unused-ignore"),
                Set.of("config-key-invalid", "unused-ignore"),
                Severity.WARNING,
                today);
        return ignores.apply(raw, directives(raw.get(0).file(), yaml));
    }

    private static Report lint(String yaml, LintOptions.Builder options) {
        return Linter.create(options.build())
                .lint(List.of("-"), new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
