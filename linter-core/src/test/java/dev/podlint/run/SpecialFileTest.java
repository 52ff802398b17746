package dev.podlint.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.podlint.Linter;
import dev.podlint.RuleRegistry;
import dev.podlint.config.ConfigFileReader;
import dev.podlint.config.LintOptions;
import dev.podlint.config.UsageException;
import dev.podlint.finding.Finding;
import dev.podlint.policy.BaselineReader;
import dev.podlint.report.Report;
import dev.podlint.rule.RuleFileException;
import dev.podlint.source.BoundedFiles;
import dev.podlint.source.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FIFOs, devices and dangling links where podlint expects files: in a folder it lints, a rule folder,
 * as the baseline or the config file, or swapped in after the walk. None blocks or fills memory; each
 * is named.
 */
class SpecialFileTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final Path DEV_ZERO = Path.of("/dev/zero");

    @TempDir
    Path dir;

    private static void assumeUnixDevices() {
        assumeTrue(Files.exists(DEV_ZERO), "needs /dev/zero");
    }

    private static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
        return path;
    }

    private Report lint(LintOptions.Builder options, String... paths) {
        return assertTimeoutPreemptively(
                HANG_GUARD,
                () -> Linter.create(options.workingDirectory(dir).build())
                        .lint(List.of(paths), InputStream.nullInputStream()));
    }

    @Test
    void fifosDeviceLinksAndDanglingLinksInAFolderAreSkippedAndNamed() throws Exception {
        assumeUnixDevices();
        Path k8s = Files.createDirectories(dir.resolve("k8s"));
        Files.writeString(
                k8s.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {'a b': x}\n");
        fifo(k8s.resolve("pipe.yaml"));
        Files.createSymbolicLink(k8s.resolve("zero.yaml"), DEV_ZERO);
        Files.createSymbolicLink(k8s.resolve("gone.yaml"), k8s.resolve("missing.yaml"));
        Report report = lint(LintOptions.builder(), "k8s");
        assertThat(report.findings()).extracting(Finding::ruleId).contains("config-key-invalid");
        assertThat(report.notifications())
                .extracting(n -> n.file() + ": " + n.message())
                .containsExactlyInAnyOrder(
                        "k8s/pipe.yaml: not a regular file (a FIFO, device or socket), skipped",
                        "k8s/zero.yaml: not a regular file (a FIFO, device or socket), skipped",
                        "k8s/gone.yaml: broken symbolic link, skipped");
        assertThat(report.notifications()).noneMatch(n -> n.error());
        assertThat(report.summary().skipped()).isEqualTo(3);
        assertThat(dev.podlint.report.TextReporter.summaryLine(report)).endsWith("; 3 paths skipped");
    }

    @Test
    void aFileSwappedForADeviceAfterTheWalkIsRefusedWhenOpened() {
        assumeUnixDevices();
        InputFile swapped = new InputFile(DEV_ZERO, "k8s/app.yaml");
        assertTimeoutPreemptively(
                HANG_GUARD,
                () -> assertThatThrownBy(() -> swapped.read(InputStream.nullInputStream(), 64L << 20))
                        .isInstanceOf(BoundedFiles.NotRegularFile.class)
                        .hasMessageContaining("not a regular file"));
    }

    @Test
    void aReadStopsOneBytePastItsLimitWhateverTheFileClaims() throws Exception {
        Path big = dir.resolve("big.yaml");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(10L << 20); // sparse: costs no disk
        }
        assertThat(BoundedFiles.read(big, 1 << 20)).hasSize((1 << 20) + 1);
    }

    @Test
    void aFifoOrDeviceInARuleFolderIsARuleFileErrorNotAHang() throws Exception {
        assumeUnixDevices();
        Path fifoRules = Files.createDirectories(dir.resolve("fifo-rules"));
        fifo(fifoRules.resolve("rule.yaml"));
        Path zeroRules = Files.createDirectories(dir.resolve("zero-rules"));
        Files.createSymbolicLink(zeroRules.resolve("rule.yaml"), DEV_ZERO);
        for (Path rules : List.of(fifoRules, zeroRules)) {
            assertTimeoutPreemptively(
                    HANG_GUARD,
                    () -> assertThatThrownBy(() -> RuleRegistry.load(LintOptions.builder()
                                    .workingDirectory(dir)
                                    .ruleDirectory(rules)
                                    .build()
                                    .rules()))
                            .isInstanceOf(RuleFileException.class)
                            .hasMessageContaining("rule.yaml")
                            .hasMessageContaining("not a regular file"));
        }
    }

    @Test
    void aBaselineThatIsADeviceOrFifoIsAUsageError() throws Exception {
        assumeUnixDevices();
        Path pipe = fifo(dir.resolve("baseline.json"));
        for (Path baseline : List.of(DEV_ZERO, pipe)) {
            assertTimeoutPreemptively(
                    HANG_GUARD,
                    () -> assertThatThrownBy(() -> BaselineReader.read(baseline, baseline.toString()))
                            .isInstanceOf(UsageException.class)
                            .hasMessageContaining("not a regular file"));
        }
    }

    @Test
    void aConfigFileThatCannotBeReadIsAnErrorNotIgnored() throws Exception {
        assumeUnixDevices();
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createSymbolicLink(repo.resolve(".podlint.yaml"), DEV_ZERO);
        Path found = ConfigFileReader.find(repo);
        assertThat(found).isEqualTo(repo.resolve(".podlint.yaml"));
        assertTimeoutPreemptively(
                HANG_GUARD,
                () -> assertThatThrownBy(() -> new ConfigFileReader().read(found))
                        .isInstanceOf(UsageException.class)
                        .hasMessageContaining("cannot read the config file")
                        .hasMessageContaining("not a regular file"));
        Files.delete(repo.resolve(".podlint.yaml"));
        Files.createSymbolicLink(repo.resolve(".podlint.yaml"), repo.resolve("nowhere.yaml"));
        assertThatThrownBy(() -> new ConfigFileReader().read(ConfigFileReader.find(repo)))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("broken symbolic link");
    }
}
