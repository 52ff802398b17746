package dev.podlint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.Linter;
import dev.podlint.ReportFormat;
import dev.podlint.config.LintOptions;
import dev.podlint.config.UsageException;
import dev.podlint.finding.FailThreshold;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Fingerprints;
import dev.podlint.finding.Notification;
import dev.podlint.finding.Severity;
import dev.podlint.finding.Suppression;
import dev.podlint.report.Report;
import dev.podlint.report.SourceExcerpts;
import dev.podlint.report.Summary;
import dev.podlint.source.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BaselineTest {

    private static final String TWO_DUPLICATES = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              mode: fast
              mode: slow
              mode: fastest
            """;

    @TempDir
    Path dir;

    private Report lint(Path baseline) {
        LintOptions options =
                LintOptions.builder().workingDirectory(dir).baseline(baseline).build();
        return Linter.create(options).lint(List.of("k8s"), new ByteArrayInputStream(new byte[0]));
    }

    private void manifest(String text) throws IOException {
        Files.createDirectories(dir.resolve("k8s"));
        Files.writeString(dir.resolve("k8s/app.yaml"), text);
    }

    private Path save(Report report, ReportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        format.reporter(false, dir).write(report, out);
        Path file = dir.resolve("baseline." + format.fileExtension());
        Files.writeString(file, out.toString());
        return Path.of(file.getFileName().toString()); // relative: resolved against the working directory
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportFormat.class,
            names = {"SARIF", "JSON"})
    void findingsOfTheBaselineAreSuppressedAndNewOnesStillFail(ReportFormat format) throws IOException {
        manifest(TWO_DUPLICATES);
        Report first = lint(null);
        assertThat(first.findings()).hasSize(2);
        assertThat(first.exitCode(FailThreshold.ERROR)).isEqualTo(1);
        Path baseline = save(first, format);

        Report same = lint(baseline);
        assertThat(same.findings())
                .hasSize(2)
                .allSatisfy(f ->
                        assertThat(f.suppression()).isEqualTo(new Suppression("external", "in baseline " + baseline)));
        assertThat(same.summary().suppressed()).isEqualTo(2);
        assertThat(same.exitCode(FailThreshold.ERROR)).isZero();

        // Lines inserted above, and a third repetition of the same key: only that one is new.
        manifest("# moved down\n" + TWO_DUPLICATES + "  mode: again\n");
        Report later = lint(baseline);
        List<Finding> open =
                later.findings().stream().filter(f -> !f.suppressed()).toList();
        assertThat(later.findings()).hasSize(3);
        assertThat(open)
                .singleElement()
                .satisfies(f -> assertThat(f.span().line()).isEqualTo(10));
        assertThat(later.exitCode(FailThreshold.ERROR)).isEqualTo(1);
    }

    @Test
    void aMissingUnreadableOrForeignBaselineIsAUsageError() throws IOException {
        manifest(TWO_DUPLICATES);
        assertThatThrownBy(() -> lint(Path.of("nope.sarif")))
                .isInstanceOf(UsageException.class)
                .hasMessage("cannot read baseline nope.sarif: no such file");
        Files.writeString(dir.resolve("text.sarif"), "k8s/app.yaml:7:3: error duplicate-key ...");
        assertThatThrownBy(() -> lint(Path.of("text.sarif")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("baseline text.sarif is not JSON");
        Files.writeString(dir.resolve("other.json"), "{\"items\": []}");
        assertThatThrownBy(() -> lint(Path.of("other.json")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("neither a SARIF nor a JSON report of podlint");
        Files.writeString(
                dir.resolve("foreign.sarif"),
                "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"kube-linter\"}}, \"results\": []}]}");
        assertThatThrownBy(() -> lint(Path.of("foreign.sarif")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("without a podlint run");
        Files.writeString(dir.resolve("bad.json"), "{\"version\": 1, \"findings\": [{\"rule\": \"schema\"}]}");
        assertThatThrownBy(() -> lint(Path.of("bad.json")))
                .isInstanceOf(UsageException.class)
                .hasMessage("baseline bad.json: finding 0 has no 'file' string");
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportFormat.class,
            names = {"SARIF", "JSON"})
    void aBaselineWrittenFromAnotherDirectorySaysItMatchedNoLintedFile(ReportFormat format) throws IOException {
        manifest(TWO_DUPLICATES);
        Path baseline = save(lint(null), format);
        assertThat(lint(baseline).notifications()).isEmpty();

        // The same files linted from their parent folder: every path differs, nothing is baselined.
        Path parent = Files.createDirectories(dir.resolve("repo"));
        Files.move(dir.resolve("k8s"), parent.resolve("k8s"));
        LintOptions options =
                LintOptions.builder().workingDirectory(dir).baseline(baseline).build();
        Report moved = Linter.create(options).lint(List.of("repo/k8s"), new ByteArrayInputStream(new byte[0]));
        assertThat(moved.findings()).hasSize(2).noneMatch(Finding::suppressed);
        assertThat(moved.notifications())
                .containsExactly(new Notification(
                        false,
                        baseline.toString(),
                        "none of the 2 baseline entries matched a linted file;"
                                + " was the baseline written from another directory?"));
        assertThat(moved.exitCode(FailThreshold.ERROR)).isEqualTo(1);
    }

    @Test
    void aBaselineOfFixedProblemsInTheLintedFilesSaysNothing() throws IOException {
        manifest(TWO_DUPLICATES);
        Path baseline = save(lint(null), ReportFormat.SARIF);
        manifest("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n");
        Report fixed = lint(baseline);
        assertThat(fixed.findings()).isEmpty();
        assertThat(fixed.notifications()).isEmpty();
    }

    @Test
    void aRunOfOtherFilesThanTheBaselinedOnesSaysNothing() throws IOException {
        manifest(TWO_DUPLICATES);
        Path baseline = save(lint(null), ReportFormat.JSON);
        Files.writeString(dir.resolve("k8s/other.yaml"), TWO_DUPLICATES.replace("settings", "other"));
        LintOptions options =
                LintOptions.builder().workingDirectory(dir).baseline(baseline).build();
        Report other = Linter.create(options).lint(List.of("k8s/other.yaml"), new ByteArrayInputStream(new byte[0]));
        assertThat(other.findings()).hasSize(2).noneMatch(Finding::suppressed);
        assertThat(other.notifications()).isEmpty();
    }

    @Test
    void anAnnotationSuppressionIsKeptAndUsesUpNothing() {
        Finding annotated = finding(new Suppression("inSource", "why"));
        Baseline baseline = new Baseline(Map.of(Fingerprints.hash(annotated), 1), "b.sarif");
        List<Finding> applied = baseline.apply(List.of(annotated, finding(null), finding(null)));
        assertThat(applied)
                .extracting(Finding::suppression)
                .containsExactly(annotated.suppression(), new Suppression("external", "in baseline b.sarif"), null);
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportFormat.class,
            names = {"SARIF", "JSON"})
    void onlyOpenFindingsOfTheEarlierRunAreBaselined(ReportFormat format) throws IOException {
        // The JSON report lists no suppressed finding, SARIF lists them all: both must baseline the same.
        Report earlier = new Report(
                List.of(finding(new Suppression("inSource", "")), finding(null)),
                List.of(),
                new Summary(1, 1, 1, 0, 0, 1),
                List.of(),
                new SourceExcerpts());
        Path file = save(earlier, format);
        Baseline baseline = BaselineReader.read(dir.resolve(file), file.toString());
        assertThat(baseline.size()).isEqualTo(1);
        List<Finding> now = baseline.apply(List.of(finding(null), finding(null)));
        assertThat(now).extracting(Finding::suppressed).containsExactly(true, false);
    }

    private static Finding finding(Suppression suppression) {
        return new Finding(
                "duplicate-key",
                Severity.ERROR,
                "duplicate key \"a\" (first defined at line 3)",
                "a.yaml",
                0,
                "ConfigMap",
                "c",
                null,
                "/data/a",
                Span.FILE_START,
                List.of(),
                suppression);
    }
}
