package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Injection: file names taken as options, forged CI workflow commands, terminal control sequences.
 * (The pre-commit framework itself runs the hook on a staged {@code -o.yaml} in .ci/hook-test.sh.)
 */
class InjectionTest {

    private static final Path REPO = Path.of(System.getProperty("podlint.repoRoot", ".."))
            .toAbsolutePath()
            .normalize();

    private static final String DUPLICATE =
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  x: \"1\"\n  x: \"2\"\n";

    @TempDir
    Path dir;

    /** podlint in its own process, in {@code dir}, so that relative file names are really relative. */
    private CliRun inProcess(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new CliRun(process.exitValue(), out, Files.readString(dir.resolve("stderr.txt")));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theHookOfThePreCommitFrameworkEndsItsOptionsSoAFileNamedLikeAnOptionIsLinted()
            throws IOException, InterruptedException {
        List<Map<String, Object>> hooks =
                (List<Map<String, Object>>) new Load(LoadSettings.builder().build())
                        .loadFromString(Files.readString(REPO.resolve(".pre-commit-hooks.yaml")));
        for (Map<String, Object> hook : hooks) {
            if (!Boolean.FALSE.equals(hook.get("pass_filenames"))) {
                List<String> args = (List<String>) hook.get("args");
                assertThat(args)
                        .as("args of hook " + hook.get("id"))
                        .isNotNull()
                        .last()
                        .isEqualTo("--");
                // pre-commit runs entry + args + the staged file names
                List<String> command = new ArrayList<>(List.of(((String) hook.get("entry")).split(" ")));
                command.remove(0); // bin/podlint: the launcher; this test runs the classes
                command.addAll(args);
                command.add("-o.yaml");
                Files.writeString(dir.resolve("-o.yaml"), DUPLICATE);
                CliRun run = inProcess(command);
                assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
                assertThat(run.out()).contains("-o.yaml:7:3: error duplicate-key");
                assertThat(dir.resolve(".yaml")).doesNotExist();
            }
        }
    }

    @Test
    void everyArgumentAfterTheEndOfOptionsIsAPath() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("--format=json"), DUPLICATE);
        CliRun run = inProcess(List.of("lint", "--no-color", "--", "--format=json"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("--format=json:7:3: error duplicate-key");
    }

    @Test
    void aFileNameCannotForgeAWorkflowCommandOnStderr() throws IOException {
        Path forged = dir.resolve("a\n::add-mask::x\n::error title=forged::y.yaml");
        Files.createDirectories(forged);
        CliRun run =
                CliRun.of("lint", "-f", "github", forged.resolve("missing.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("podlint: "));
        assertThat(run.out().lines())
                .allSatisfy(line ->
                        assertThat(line).doesNotStartWith("::add-mask::").doesNotStartWith("::error title=forged"));
    }

    @Test
    void anUnknownOptionIsEchoedWithItsControlCharactersWrittenOut() {
        CliRun run = CliRun.of("lint", "--\u001b]0;pwned\u0007\n::add-mask::x", "k8s/");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\\x1b]0;pwned\\x07\\n::add-mask::x").doesNotContain("\u001b", "\u0007");
        assertThat(run.err().lines()).noneMatch(line -> line.startsWith("::"));
    }

    @Test
    void textOutputWritesControlCharactersOut() throws IOException {
        Path manifest = dir.resolve("evil\u001b]0;pwned\u0007.yaml");
        Files.writeString(
                manifest,
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n"
                        + "  \"k\\e[2J\\rfake.yaml:1:1: error\": \"1\"\n  \"k\\e[2J\\rfake.yaml:1:1: error\": \"2\"\n");
        CliRun run = CliRun.of("lint", "--no-color", manifest.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("evil\\x1b]0;pwned\\x07.yaml", "k\\x1b[2J\\rfake.yaml")
                .doesNotContain("\u001b", "\u0007", "\r");
        assertThat(run.out().lines()).noneMatch(line -> line.startsWith("fake.yaml"));
    }

    @Test
    void rulesAndExplainWriteAUserRulesControlCharactersOut() throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("evil.yaml"), """
                id: evil-rule
                severity: warning
                category: security
                summary: "looks harmless\\e]0;pwned\\a\\e[2J"
                help: "line one\\e[31m\\nline two"
                select: objects
                assert: "true"
                """);
        CliRun list = CliRun.of("rules", "--rules", rules.toString());
        CliRun explain = CliRun.of("explain", "--rules", rules.toString(), "evil-rule");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(list.out())
                .contains("looks harmless\\x1b]0;pwned\\x07\\x1b[2J")
                .doesNotContain("\u001b", "\u0007");
        assertThat(explain.out())
                .contains("looks harmless\\x1b]0;pwned", "line one\\x1b[31m\nline two")
                .doesNotContain("\u001b", "\u0007");
    }
}
