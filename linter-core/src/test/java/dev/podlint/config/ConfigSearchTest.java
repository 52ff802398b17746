package dev.podlint.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.ReportFormat;
import dev.podlint.report.Report;
import dev.podlint.report.TextReporter;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkout under someone else's folder: a {@code .podlint.yaml} above the repository's root is not
 * applied, and every run says which config file it used.
 */
class ConfigSearchTest {

    @TempDir
    Path dir;

    @Test
    void theSearchStopsAtTheRootOfTheGitRepository() throws Exception {
        Files.writeString(dir.resolve(".podlint.yaml"), "rules:\n  disable: [config-key-invalid]\n");
        Path repo = Files.createDirectories(dir.resolve("checkout"));
        Files.createDirectories(repo.resolve(".git"));
        Path k8s = Files.createDirectories(repo.resolve("k8s"));
        assertThat(ConfigFileReader.find(k8s)).isNull();
        assertThat(ConfigFileReader.find(repo)).isNull();

        Files.delete(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git"), "gitdir: /elsewhere/worktrees/checkout\n"); // a worktree
        assertThat(ConfigFileReader.find(k8s)).isNull();

        Files.writeString(repo.resolve(".podlint.yaml"), "failOn: warning\n");
        assertThat(ConfigFileReader.find(k8s)).isEqualTo(repo.resolve(".podlint.yaml"));
    }

    @Test
    void outsideAnyRepositoryTheNearestParentConfigStillApplies() throws Exception {
        Files.writeString(dir.resolve(".podlint.yaml"), "failOn: warning\n");
        Path k8s = Files.createDirectories(dir.resolve("plain/k8s"));
        assertThat(ConfigFileReader.find(k8s)).isEqualTo(dir.resolve(".podlint.yaml"));
    }

    @Test
    void theReportNamesTheConfigFileInForce() throws Exception {
        Files.writeString(dir.resolve(".podlint.yaml"), "failOn: warning\n");
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        LintOptions options = LintOptions.builder()
                .workingDirectory(dir)
                .config(new ConfigFileReader().read(ConfigFileReader.find(dir)))
                .build();
        Report report = Linter.create(options).lint(List.of("cm.yaml"), InputStream.nullInputStream());
        assertThat(report.summary().config()).isEqualTo(".podlint.yaml");
        assertThat(TextReporter.summaryLine(report, true)).endsWith("; config: .podlint.yaml");
        StringWriter json = new StringWriter();
        ReportFormat.JSON.reporter(false, dir).write(report, json);
        assertThat(json.toString()).containsPattern("\"config\" ?: ?\".podlint.yaml\"");

        Report none = Linter.create(LintOptions.builder().workingDirectory(dir).build())
                .lint(List.of("cm.yaml"), InputStream.nullInputStream());
        assertThat(TextReporter.summaryLine(none, true)).endsWith("; config: none");
    }
}
