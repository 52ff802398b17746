package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --format sarif}, {@code --format github} and {@code --baseline} through the command line. */
class CiFormatsTest {

    private static final String DUPLICATE = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: db
            data:
              password: c3VwZXJzZWNyZXQ=
              password: b3RoZXJzZWNyZXQ=
            """;

    @TempDir
    Path dir;

    private Path manifest() throws IOException {
        Path file = dir.resolve("app.yaml");
        Files.writeString(file, DUPLICATE);
        return file;
    }

    @Test
    void sarifHasOneResultPerFindingAndNoSecretValue() throws IOException {
        Path file = manifest();
        CliRun run = CliRun.of("lint", "--format", "sarif", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode sarif = JsonMapper.builder().build().readTree(run.out());
        assertThat(sarif.path("version").asString()).isEqualTo("2.1.0");
        JsonNode result = sarif.path("runs").get(0).path("results").get(0);
        assertThat(result.path("ruleId").asString()).isEqualTo("duplicate-key");
        assertThat(result.path("locations")
                        .get(0)
                        .path("physicalLocation")
                        .path("region")
                        .path("startLine")
                        .asInt())
                .isEqualTo(7);
        assertThat(run.out()).doesNotContain("c3VwZXJzZWNyZXQ=", "b3RoZXJzZWNyZXQ=");
    }

    @Test
    void githubFormatPrintsWorkflowCommands() throws IOException {
        Path file = manifest();
        CliRun run = CliRun.of("lint", "--format", "github", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .startsWith("::error file=" + file.toString().replace(":", "%3A")
                        + ",line=7,col=3,endLine=7,endColumn=11,title=duplicate-key::duplicate key \"password\"")
                .contains("podlint: 1 error")
                .doesNotContain("c3VwZXJzZWNyZXQ=");
    }

    @Test
    void baselineSuppressesKnownFindingsAndABadOneIsAUsageError() throws IOException {
        Path file = manifest();
        Path baseline = dir.resolve("podlint.sarif");
        CliRun first = CliRun.of("lint", "--format", "sarif", "--output", baseline.toString(), file.toString());
        assertThat(first.exitCode()).isEqualTo(1);

        CliRun again = CliRun.of("lint", "--no-color", "--baseline", baseline.toString(), file.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("1 suppressed").doesNotContain("duplicate-key");
        CliRun asSarif = CliRun.of("lint", "--format", "sarif", "--baseline", baseline.toString(), file.toString());
        assertThat(asSarif.out()).contains("\"kind\" : \"external\"", "in baseline " + baseline);

        CliRun missing =
                CliRun.of("lint", "--baseline", dir.resolve("none.sarif").toString(), file.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("podlint: cannot read baseline ").contains("none.sarif: no such file");
    }

    @Test
    void theConfigFilesBaselineAppliesUnlessTheCommandLineNamesAnother() throws IOException {
        Path file = manifest();
        Path baseline = dir.resolve("podlint.sarif");
        CliRun.of("lint", "--format", "sarif", "--output", baseline.toString(), file.toString());
        Path config = Files.writeString(dir.resolve("podlint.yaml"), "baseline: podlint.sarif\n");

        CliRun fromConfig = CliRun.of("lint", "--no-color", "--config", config.toString(), file.toString());
        assertThat(fromConfig.exitCode()).isZero();
        assertThat(fromConfig.out()).contains("1 suppressed").doesNotContain("duplicate-key");

        CliRun given = CliRun.of(
                "lint",
                "--config",
                config.toString(),
                "--baseline",
                dir.resolve("none.sarif").toString(),
                file.toString());
        assertThat(given.exitCode()).isEqualTo(2);
        assertThat(given.err()).contains("none.sarif: no such file");
    }

    @Test
    void severalFormatsInOneRunEachToItsFile() throws IOException {
        Path file = manifest();
        Path sarif = dir.resolve("out/podlint.sarif");
        Path junit = dir.resolve("podlint.junit.xml");
        CliRun run = CliRun.of(
                "lint",
                "--no-color",
                "--format",
                "sarif=" + sarif,
                "--format",
                "text",
                "-f",
                "junit=" + junit,
                file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("duplicate-key")
                .contains("podlint: 1 error")
                .doesNotContain("\"runs\"");
        assertThat(Files.readString(sarif)).contains("\"ruleId\" : \"duplicate-key\"");
        assertThat(Files.readString(junit)).startsWith("<?xml").contains("name=\"duplicate-key\"");
    }

    @Test
    void onlyTheFormatWithoutAFileGoesToOutput() throws IOException {
        Path file = manifest();
        Path json = dir.resolve("podlint.json");
        Path checkstyle = dir.resolve("podlint.checkstyle.xml");
        CliRun run = CliRun.of(
                "lint", "-f", "json", "-o", json.toString(), "-f", "checkstyle=" + checkstyle, file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(json)).contains("\"rule\" : \"duplicate-key\"");
        assertThat(Files.readString(checkstyle)).contains("source=\"duplicate-key\"");
    }

    @Test
    void formatMistakesAreUsageErrors() throws IOException {
        String target = manifest().toString();
        String same = dir.resolve("r.txt").toString();
        assertUsageError("only one format can go to stdout", "-f", "text", "-f", "json", target);
        assertUsageError("two reports would be written to", "-f", "json=" + same, "-f", "sarif=" + same, target);
        assertUsageError(
                "unknown format 'xml'; known: text, json, sarif, github, junit, checkstyle, codequality",
                "-f",
                "xml",
                target);
        assertUsageError(
                "--output names the file of the --format given without",
                "-f",
                "json=" + same,
                "-o",
                dir.resolve("o.txt").toString(),
                target);
        assertUsageError("--format " + target + " is a file this run reads", "-f", "junit=" + target, target);
    }

    private static void assertUsageError(String message, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "lint";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(run.err()).contains(message);
    }
}
