package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data loss: a report ({@code lint -o}, {@code merge -o}) never lands on a file the run reads, by
 * whatever path leads to it, and is written whole or not at all.
 */
class OutputOverwriteTest {

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            """;

    private static final String CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: widgets.example.com
            spec:
              group: example.com
              names: {kind: Widget, plural: widgets}
              scope: Namespaced
              versions:
                - name: v1
                  served: true
                  storage: true
                  schema:
                    openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
            """;

    /** The README's user rule. */
    private static final Path RULE = Path.of(System.getProperty("podlint.repoRoot", ".."))
            .toAbsolutePath()
            .normalize()
            .resolve("examples/rules/container-memory-limit.yaml");

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    /** Runs podlint and checks that it refused with exit 2, one line, and {@code kept} unchanged. */
    private static void assertRefused(Path kept, String... args) throws IOException {
        String before = Files.readString(kept);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("a file this run reads; refusing to overwrite it");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(kept)).isEqualTo(before);
    }

    @Test
    void aFileOfAnInputFolder() throws IOException {
        Path pod = write("k8s/pod.yaml", POD);
        assertRefused(pod, "lint", "-o", pod.toString(), dir.resolve("k8s").toString());
    }

    @Test
    void anInputThroughAHardLink() throws IOException {
        Path pod = write("k8s/pod.yaml", POD);
        Path link = Files.createLink(dir.resolve("report.txt"), pod);
        assertRefused(pod, "lint", "--output", link.toString(), pod.toString());
    }

    @Test
    void anInputThroughASymbolicLinkOrDotDot() throws IOException {
        Path pod = write("k8s/pod.yaml", POD);
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), pod);
        assertRefused(pod, "lint", "-o", link.toString(), pod.toString());
        assertRefused(
                pod,
                "lint",
                "-o",
                dir.resolve("k8s/../k8s/./pod.yaml").toString(),
                dir.resolve("k8s").toString());
    }

    @Test
    void aCrdFile() throws IOException {
        Path pod = write("k8s/pod.yaml", POD);
        Path crd = write("crds/widget.yaml", CRD);
        assertRefused(crd, "lint", "--crd", dir.resolve("crds").toString(), "-o", crd.toString(), pod.toString());
    }

    @Test
    void theConfigFile() throws IOException {
        Path pod = write("k8s/pod.yaml", POD);
        Path config = write(".podlint.yaml", "failOn: warning\n");
        assertRefused(config, "lint", "--config", config.toString(), "-o", config.toString(), pod.toString());
    }

    @Test
    void aRuleFile() throws IOException {
        Path pod = write("k8s/pod.yaml", POD);
        Path rule = write("rules/memory.yaml", Files.readString(RULE));
        assertRefused(rule, "lint", "--rules", dir.resolve("rules").toString(), "-o", rule.toString(), pod.toString());
    }

    @Test
    void theBaselineAndASchema() throws IOException {
        Path pod = write("k8s/pod.yaml", POD);
        Path baseline = dir.resolve("baseline.json");
        assertThat(CliRun.of("lint", "-f", "json", "-o", baseline.toString(), pod.toString())
                        .exitCode())
                .isZero();
        assertRefused(
                baseline,
                "lint",
                "--baseline",
                baseline.toString(),
                "-f",
                "json",
                "-o",
                baseline.toString(),
                pod.toString());
        Path schema = write("schemas/widget-example-v1.json", "{\"type\": \"object\"}\n");
        assertRefused(
                schema,
                "lint",
                "--schema-location",
                dir.resolve("schemas").toString(),
                "-o",
                schema.toString(),
                pod.toString());
    }

    @Test
    void mergeOutputIsNoInputNorPreset() throws IOException {
        Path pod = write("k8s/pod.yaml", POD);
        Path preset = write("presets/preset.yaml", DocsExample.ALLOW_DATABASE);
        assertRefused(pod, "merge", "-o", pod.toString(), dir.resolve("k8s").toString());
        assertRefused(
                preset,
                "merge",
                "--preset",
                dir.resolve("presets").toString(),
                "-o",
                Files.createLink(dir.resolve("merged.yaml"), preset).toString(),
                pod.toString());
    }

    @Test
    void aReportReplacesItsFileWholeLeavingOtherHardLinksAlone() throws IOException {
        Path pod = write("k8s/pod.yaml", POD);
        Path keep = write("keep.txt", "kept\n");
        Files.createDirectories(dir.resolve("out"));
        Path report = Files.createLink(dir.resolve("out/report.txt"), keep);
        CliRun run = CliRun.of("lint", "-o", report.toString(), pod.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(report)).contains("podlint: 0 errors, 2 warnings");
        assertThat(Files.readString(keep)).isEqualTo("kept\n");
        try (Stream<Path> left = Files.list(dir.resolve("out"))) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("report.txt"));
        }
    }

    @Test
    void aLinkPlantedAtTheOutputPathIsReplacedNotWrittenThrough() throws IOException {
        Path pod = write("k8s/pod.yaml", POD);
        Path victim = write("home/.ssh/authorized_keys", "ssh-ed25519 AAAA user\n");
        Path planted = Files.createSymbolicLink(dir.resolve("podlint.sarif"), victim);
        CliRun run = CliRun.of("lint", "-f", "sarif", "-o", planted.toString(), pod.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(victim)).isEqualTo("ssh-ed25519 AAAA user\n");
        assertThat(Files.isSymbolicLink(planted)).isFalse();
        assertThat(Files.readString(planted)).contains("sarif-schema-2.1.0.json");
    }

    @Test
    void aPipeOrDeviceAtTheOutputPathIsWrittenToNotReplaced() throws Exception {
        Path pod = write("k8s/pod.yaml", POD);
        Path fifo = dir.resolve("report.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        String[] read = new String[1];
        Thread reader = new Thread(() -> {
            try {
                read[0] = Files.readString(fifo);
            } catch (IOException e) {
                read[0] = e.toString();
            }
        });
        reader.setDaemon(true); // blocked for good if the pipe was replaced
        reader.start();
        Path link = Files.createSymbolicLink(dir.resolve("stdout"), fifo);
        CliRun run = CliRun.of("lint", "-o", link.toString(), pod.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        reader.join(10_000);
        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class).isOther())
                .as("still a pipe")
                .isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(read[0]).contains("podlint: 0 errors, 2 warnings");
    }

    @Test
    void aNewReportMayGoNextToTheInputs() throws IOException {
        Path pod = write("k8s/pod.yaml", POD);
        CliRun run = CliRun.of(
                "lint", "-f", "json", "-o", dir.resolve("k8s/podlint.json").toString(), pod.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("k8s/podlint.json"))).contains("\"findings\"");
    }
}
