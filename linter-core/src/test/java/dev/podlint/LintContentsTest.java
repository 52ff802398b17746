package dev.podlint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.report.Report;
import dev.podlint.source.NamedContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contents given in memory are linted exactly as the same bytes read from a file of that name. */
class LintContentsTest {

    private static final String DUPLICATE = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              a: "1"
              a: "2"
            """;

    private static final String BROKEN = "apiVersion: v1\nkind: [Pod\n";

    @TempDir
    Path dir;

    @Test
    void inMemoryContentsGiveTheSameReportAsFilesWithTheirNames() throws IOException {
        Files.createDirectories(dir.resolve("k8s"));
        Files.writeString(dir.resolve("k8s/config.yaml"), DUPLICATE);
        Files.writeString(dir.resolve("k8s/broken.yaml"), BROKEN);
        Linter linter =
                Linter.create(LintOptions.builder().workingDirectory(dir).build());

        Report fromFiles = linter.lint(List.of("k8s"), new ByteArrayInputStream(new byte[0]));
        Report fromContents = linter.lintContents(List.of(
                new NamedContent("k8s/config.yaml", DUPLICATE.getBytes(StandardCharsets.UTF_8)),
                new NamedContent("k8s/broken.yaml", BROKEN.getBytes(StandardCharsets.UTF_8))));

        assertThat(fromContents.findings()).extracting(Finding::ruleId).containsExactly("yaml-syntax", "duplicate-key");
        assertThat(fromContents.findings()).isEqualTo(fromFiles.findings());
        assertThat(fromContents.summary()).isEqualTo(fromFiles.summary());
        Finding duplicate = fromContents.findings().get(1);
        assertThat(duplicate.file()).isEqualTo("k8s/config.yaml");
        assertThat(fromContents
                        .excerpts()
                        .line("k8s/config.yaml", duplicate.span().line()))
                .contains("a: \"2\"");
    }

    @Test
    void sourceLinesAreKeptOnlyWhenAsked() {
        List<NamedContent> contents =
                List.of(new NamedContent("config.yaml", DUPLICATE.getBytes(StandardCharsets.UTF_8)));
        Report kept = Linter.create(LintOptions.builder().workingDirectory(dir).build())
                .lintContents(contents);
        Report dropped = Linter.create(LintOptions.builder()
                        .workingDirectory(dir)
                        .sourceExcerpts(false)
                        .build())
                .lintContents(contents);

        assertThat(dropped.findings()).isEqualTo(kept.findings()).hasSize(1);
        int line = kept.findings().get(0).span().line();
        assertThat(kept.excerpts().line("config.yaml", line)).isEqualTo("  a: \"2\"");
        assertThat(dropped.excerpts().line("config.yaml", line)).isNull();
    }

    @Test
    void noContentsIsAnEmptyCleanRun() {
        Report report = Linter.create(
                        LintOptions.builder().workingDirectory(dir).build())
                .lintContents(List.of());
        assertThat(report.findings()).isEmpty();
        assertThat(report.notifications()).isEmpty();
        assertThat(report.summary().files()).isZero();
    }
}
