package dev.podlint.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.podlint.Linter;
import dev.podlint.ReportFormat;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.finding.FindingCap;
import dev.podlint.report.Report;
import dev.podlint.report.TextReporter;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports of a bounded size whatever the input, with true words about what they leave out. */
class OutputBoundsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private Report lint(String... paths) {
        return assertTimeoutPreemptively(
                HANG_GUARD,
                () -> Linter.create(LintOptions.builder().workingDirectory(dir).build())
                        .lint(List.of(paths), InputStream.nullInputStream()));
    }

    @Test
    void aFileOverTheSizeLimitIsNotSaidToBeTheLimitsSize() throws Exception {
        try (RandomAccessFile file =
                new RandomAccessFile(dir.resolve("huge.yaml").toFile(), "rw")) {
            file.setLength(100_000_000L); // sparse: costs no disk
        }
        Report report = lint("huge.yaml");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("yaml-syntax");
            assertThat(f.message()).isEqualTo("file is over the limit of 64.0 MiB; not linted");
        });
    }

    @Test
    void findingsOfOneRuleInOneFileAreCappedAndTheRestCounted() throws Exception {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n");
        for (int i = 0; i < 2500; i++) {
            yaml.append("  'bad key ").append(i).append("': v\n");
        }
        Files.writeString(dir.resolve("cm.yaml"), yaml);
        Files.writeString(
                dir.resolve("other.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\ndata: {'x y': v}\n");
        Report report = lint("cm.yaml", "other.yaml");
        assertThat(report.findings())
                .filteredOn(f -> f.file().equals("cm.yaml"))
                .hasSize(FindingCap.PER_RULE_AND_FILE)
                .extracting(Finding::ruleId)
                .containsOnly("config-key-invalid");
        assertThat(report.findings())
                .filteredOn(f -> f.file().equals("other.yaml"))
                .hasSize(1);
        assertThat(report.summary().leftOut()).isEqualTo(1500);
        assertThat(report.notifications()).singleElement().satisfies(n -> {
            assertThat(n.error()).isFalse();
            assertThat(n.file()).isEqualTo("cm.yaml");
            assertThat(n.message())
                    .isEqualTo("1500 more config-key-invalid findings left out (at most 1000 per rule and file)");
        });
        assertThat(TextReporter.summaryLine(report)).contains("1500 more left out (at most 1000 per rule and file)");
        for (ReportFormat format : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            format.reporter(false, dir).write(report, out);
            assertThat(out.toString()).as(format.toString()).contains("1500");
        }
    }

    @Test
    void configKeyChecksAreLinearInTheNumberOfKeys() throws Exception {
        // 100,000 keys in data and 100,000 in binaryData: one key lookup each, not a copy of all keys each
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n");
        for (int i = 0; i < 100_000; i++) {
            yaml.append("  key-").append(i).append(": v\n");
        }
        yaml.append("  both: v\nbinaryData:\n");
        for (int i = 0; i < 100_000; i++) {
            yaml.append("  bin-").append(i).append(": aGk=\n");
        }
        yaml.append("  both: aGk=\n");
        Files.writeString(dir.resolve("big.yaml"), yaml);
        Report report = lint("big.yaml");
        assertThat(report.findings())
                .filteredOn(f -> f.ruleId().equals("config-key-invalid"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("key 'both' is in both data and binaryData"));
    }
}
