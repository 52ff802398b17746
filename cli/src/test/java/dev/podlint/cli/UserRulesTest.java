package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's user rule (examples/rules/container-memory-limit.yaml) from --rules and from the config file. */
class UserRulesTest {

    private static final Path REPO = Path.of(System.getProperty("podlint.repoRoot", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Path EXAMPLE_RULES = REPO.resolve("examples/rules");

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              restartPolicy: Never
              containers:
                - name: limited
                  image: nginx:1.27
                  resources:
                    limits:
                      memory: 128Mi
                - name: unlimited
                  image: nginx:1.27
            """;

    @TempDir
    Path dir;

    private Path pod() throws IOException {
        return Files.writeString(dir.resolve("pod.yaml"), POD);
    }

    @Test
    void aUserRuleRunsFromTheRulesOption() throws IOException {
        CliRun run = CliRun.of("lint", "--no-color", "--rules", EXAMPLE_RULES.toString(), pod().toString());
        assertThat(run.out())
                .contains(":13:7: warning container-memory-limit container 'unlimited' sets no "
                        + "resources.limits.memory");
        assertThat(run.out()).doesNotContain("'limited'");
        assertThat(run.exitCode()).isZero();
        CliRun failing =
                CliRun.of("lint", "--fail-on", "warning", "--rules", EXAMPLE_RULES.toString(), pod().toString());
        assertThat(failing.exitCode()).isEqualTo(1);
    }

    @Test
    void aUserRuleRunsFromTheConfigFileWithItsSettings() throws IOException {
        Path config = Files.writeString(
                dir.resolve(".podlint.yaml"),
                """
                failOn: warning
                rules:
                  folders: [%s]
                  severity:
                    container-memory-limit: error
                """.formatted(REPO.relativize(EXAMPLE_RULES).toString()).replace("[", "[" + dirToRepo()));
        CliRun run = CliRun.of("lint", "--no-color", "--config", config.toString(), pod().toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(":13:7: error container-memory-limit");
        assertThat(run.exitCode()).isEqualTo(1);
        CliRun disabled = CliRun.of(
                "lint",
                "--no-color",
                "--config",
                config.toString(),
                "--disable",
                "container-memory-limit",
                pod().toString());
        assertThat(disabled.out()).doesNotContain("container-memory-limit");
        assertThat(disabled.exitCode()).isZero();
    }

    @Test
    void rulesAndExplainShowUserRules() {
        CliRun rules = CliRun.of("rules", "--rules", EXAMPLE_RULES.toString());
        assertThat(rules.out()).contains("container-memory-limit").contains("secret-data-base64");
        CliRun explain = CliRun.of("explain", "--rules", EXAMPLE_RULES.toString(), "container-memory-limit");
        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).contains("A container without a memory limit").contains("Bad:");
        assertThat(CliRun.of("explain", "container-memory-limit").exitCode()).isEqualTo(2);
    }

    @Test
    void aBrokenUserRuleIsAUsageErrorNamingFileLineAndField() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.yaml"), """
                id: broken
                severity: warning
                category: test
                summary: broken
                select: containers
                assert: container.image =
                """);
        CliRun run = CliRun.of("lint", "--rules", rules.toString(), pod().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("podlint: " + rules.resolve("broken.yaml") + ":6: field 'assert': ");
    }

    @Test
    void aBrokenConfigFileIsAUsageErrorNamingFileLineAndField() throws IOException {
        Path config = Files.writeString(dir.resolve(".podlint.yaml"), "failOn: warning\nrules:\n  disabel: [x]\n");
        CliRun run = CliRun.of("lint", "--config", config.toString(), pod().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("podlint: " + config + ":3:3: field 'rules.disabel': unknown field");
    }

    /** The path from the temp folder (where the config file is) to the repository root. */
    private String dirToRepo() {
        return dir.toAbsolutePath().relativize(REPO).toString() + "/";
    }
}
