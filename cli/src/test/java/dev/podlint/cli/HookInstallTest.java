package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code podlint hook install} in a scratch git repository, with real {@code git commit}s running the
 * hook; the hook runs this build's podlint (a small script around {@code java -cp <test classpath>}).
 */
class HookInstallTest {

    private static final String DUPLICATE = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              mode: fast
              mode: slow
            """;

    private static final String GOOD = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              mode: fast
            """;

    @TempDir
    Path tmp;

    ScratchRepo scratch;
    Path repo;
    Path podlint;

    @BeforeEach
    void scratchRepository() throws Exception {
        scratch = ScratchRepo.create(tmp);
        repo = scratch.dir();
        // 'hook install' runs git with this JVM's environment: never let it write to a global hooks folder.
        assumeTrue(scratch.git("config", "--get", "core.hooksPath").out().isEmpty(), "a global core.hooksPath is set");
        podlint = scratch.podlint();
    }

    private ScratchRepo.Result git(String... args) throws IOException, InterruptedException {
        return scratch.git(args);
    }

    @Test
    void blocksACommitWhoseStagedContentIsBadWhileTheWorkingFileIsClean() throws Exception {
        CliRun install = CliRun.of("hook", "install", "--repo", repo.toString(), "--podlint", podlint.toString());
        assertThat(install.exitCode()).as(install.err()).isZero();
        Path hook = repo.resolve(".git/hooks/pre-commit");
        assertThat(install.out()).contains("installed " + hook);
        assertThat(Files.isExecutable(hook)).isTrue();
        assertThat(Files.readString(hook))
                .startsWith("#!/bin/sh")
                .contains("podlint='" + podlint + "'", "\"$podlint\" lint --staged --force-exclude\n");

        Path manifest = Files.createDirectories(repo.resolve("k8s")).resolve("settings.yaml");
        Files.writeString(manifest, DUPLICATE);
        git("add", "k8s/settings.yaml");
        Files.writeString(manifest, GOOD); // fixed in the working tree only: the commit would still hold DUPLICATE
        assertThat(CliRun.of("lint", manifest.toString()).exitCode()).isZero();

        ScratchRepo.Result refused = git("commit", "-m", "bad settings");
        assertThat(refused.code()).isNotZero();
        assertThat(refused.all()).contains("k8s/settings.yaml:7:3: error duplicate-key", "commit refused (exit 1)");
        assertThat(git("rev-list", "--all", "--count").out()).isEqualTo("0");

        git("add", "k8s/settings.yaml");
        ScratchRepo.Result accepted = git("commit", "-m", "good settings");
        assertThat(accepted.code()).as(accepted.all()).isZero();
        assertThat(git("rev-list", "--count", "HEAD").out()).isEqualTo("1");
    }

    @Test
    void lintsTheIndexThatGitCommitAllPrepares() throws Exception {
        assertThat(CliRun.of("hook", "install", "--repo", repo.toString(), "--podlint", podlint.toString())
                        .exitCode())
                .isZero();
        Path manifest = repo.resolve("settings.yaml");
        Files.writeString(manifest, GOOD);
        git("add", "settings.yaml");
        assertThat(git("commit", "-m", "good").code()).isZero();

        Files.writeString(manifest, DUPLICATE); // not added: 'commit -a' stages it into a temporary index
        ScratchRepo.Result refused = git("commit", "-a", "-m", "bad");
        assertThat(refused.code()).isNotZero();
        assertThat(refused.all()).contains("settings.yaml:7:3: error duplicate-key");
    }

    @Test
    void aCommitWithoutManifestsDoesNotStartPodlint() throws Exception {
        Path failing = tmp.resolve("failing-podlint");
        Files.writeString(failing, "#!/bin/sh\necho podlint was started >&2\nexit 3\n");
        Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(CliRun.of("hook", "install", "--repo", repo.toString(), "--podlint", failing.toString())
                        .exitCode())
                .isZero();
        Files.writeString(repo.resolve("README.md"), "hello\n");
        git("add", "README.md");
        ScratchRepo.Result readme = git("commit", "-m", "docs");
        assertThat(readme.code()).as(readme.all()).isZero();
        assertThat(readme.all()).doesNotContain("podlint was started");

        Files.writeString(repo.resolve("app.YML"), GOOD);
        git("add", "app.YML");
        ScratchRepo.Result manifest = git("commit", "-m", "app");
        assertThat(manifest.code()).isNotZero(); // git's own exit code; the hook's is in the message
        assertThat(manifest.all()).contains("podlint was started", "commit refused (exit 3)");
    }

    @Test
    void refusesToReplaceAnExistingHookWithoutForce() throws Exception {
        Path hook = Files.createDirectories(repo.resolve(".git/hooks")).resolve("pre-commit");
        String theirs = "#!/bin/sh\necho their own hook\n";
        Files.writeString(hook, theirs);

        CliRun refused = CliRun.of("hook", "install", "--repo", repo.toString(), "--podlint", podlint.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err())
                .startsWith("podlint: " + hook + " already exists")
                .contains("--force")
                .doesNotContain("\tat ");
        assertThat(Files.readString(hook)).isEqualTo(theirs);

        CliRun forced =
                CliRun.of("hook", "install", "--force", "--repo", repo.toString(), "--podlint", podlint.toString());
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(hook)).contains("lint --staged");

        CliRun again = CliRun.of("hook", "install", "--repo", repo.toString(), "--podlint", podlint.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already this hook");
    }

    @Test
    void installsWhereCoreHooksPathSaysAndPassesLintOptions() throws Exception {
        git("config", "core.hooksPath", "githooks");
        CliRun install = CliRun.of(
                "hook",
                "install",
                "--repo",
                repo.toString(),
                "--podlint",
                podlint.toString(),
                "--",
                "--fail-on",
                "warning",
                "--disable",
                "it's-quoted");
        assertThat(install.exitCode()).as(install.err()).isZero();
        assertThat(Files.exists(repo.resolve(".git/hooks/pre-commit"))).isFalse();
        assertThat(Files.readString(repo.resolve("githooks/pre-commit")))
                .contains("lint --staged --force-exclude '--fail-on' 'warning' '--disable' 'it'\\''s-quoted'");
    }

    @Test
    void outsideAGitRepositoryIsAUsageError() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        assumeTrue(ScratchRepo.gitFailsIn(plain), "the temporary folder lies inside a git repository");
        CliRun run = CliRun.of("hook", "install", "--repo", plain.toString(), "--podlint", podlint.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("podlint: ").contains("not in a git repository");
    }
}
