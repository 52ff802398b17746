package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podlint lint --staged}: which files, which content, under which names. */
class StagedLintTest {

    private static final String DUPLICATE =
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: x\n  a: y\n";
    private static final String GOOD = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: x\n";

    @TempDir
    Path tmp;

    ScratchRepo scratch;

    @BeforeEach
    void repository() throws Exception {
        scratch = ScratchRepo.create(tmp);
    }

    private ScratchRepo.Result lintStaged(Path cwd, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(scratch.podlint().toString(), "lint", "--no-color", "--staged"));
        command.addAll(List.of(args));
        return ScratchRepo.run(cwd, command);
    }

    private void stage(String path, String content) throws Exception {
        Path file = scratch.dir().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        assertThat(scratch.git("add", path).code()).isZero();
    }

    @Test
    void lintsStagedBlobsNamedRelativeToTheWorkingDirectory() throws Exception {
        stage("apps/web/config.yaml", DUPLICATE);
        stage(
                "apps/web/ok.json",
                "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"ok\"}}");
        stage("apps/notes.txt", "a: 1\na: 2\n");
        stage(".github/workflow.yml", DUPLICATE); // hidden folder: left out, as a folder walk does
        stage(".pre-commit-config.yaml", DUPLICATE); // a tool's configuration: left out
        Files.writeString(scratch.dir().resolve("apps/web/config.yaml"), GOOD); // unstaged fix: not what is linted

        ScratchRepo.Result fromTop = lintStaged(scratch.dir());
        assertThat(fromTop.code()).as(fromTop.all()).isEqualTo(1);
        assertThat(fromTop.out())
                .contains("apps/web/config.yaml:6:3: error duplicate-key", "in 2 files")
                .doesNotContain("workflow.yml", "pre-commit-config", "notes.txt");

        ScratchRepo.Result fromSubfolder = lintStaged(scratch.dir().resolve("apps"));
        assertThat(fromSubfolder.out())
                .startsWith("web/config.yaml:6:3: error duplicate-key")
                .doesNotContain("apps/web");

        ScratchRepo.Result narrowed = lintStaged(scratch.dir(), "apps/web/ok.json", ".github");
        assertThat(narrowed.code()).as(narrowed.all()).isEqualTo(1);
        assertThat(narrowed.out())
                .contains(".github/workflow.yml:6:3: error duplicate-key", "in 2 files")
                .doesNotContain("config.yaml");
    }

    @Test
    void deletedFilesAndNothingStagedAreClean() throws Exception {
        stage("a.yaml", GOOD);
        assertThat(scratch.git("commit", "-q", "-m", "a").code()).isZero();
        assertThat(scratch.git("rm", "-q", "a.yaml").code()).isZero();

        ScratchRepo.Result run = lintStaged(scratch.dir());
        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("in 0 files");
    }

    @Test
    void outsideAGitWorkTreeIsAUsageError() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        org.junit.jupiter.api.Assumptions.assumeTrue(ScratchRepo.gitFailsIn(plain), "tmp lies inside a git repository");
        ScratchRepo.Result run = lintStaged(plain);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("podlint: --staged needs a git work tree");
        assertThat(CliRun.of("lint").err()).startsWith("podlint: missing PATH");
        assertThat(CliRun.of("lint", "--staged", "-").err()).contains("cannot be combined with '-'");
    }

    @Test
    void theConfigFilesGlobsSelectStagedFilesAndForceExcludeAlsoNamedOnes() throws Exception {
        Files.writeString(scratch.dir().resolve(".podlint.yaml"), "exclude: [\"vendor/**\"]\n");
        stage("k8s/settings.yaml", DUPLICATE);
        stage("vendor/chart/settings.yaml", DUPLICATE);

        ScratchRepo.Result all = lintStaged(scratch.dir());
        assertThat(all.code()).as(all.all()).isEqualTo(1);
        assertThat(all.out())
                .contains("k8s/settings.yaml:6:3: error duplicate-key", "in 1 file")
                .doesNotContain("vendor/");

        ScratchRepo.Result named = lintStaged(scratch.dir(), "vendor/chart/settings.yaml");
        assertThat(named.out())
                .as(named.all())
                .contains("vendor/chart/settings.yaml:6:3: error duplicate-key", "in 1 file");
        ScratchRepo.Result folder = lintStaged(scratch.dir(), "vendor");
        assertThat(folder.code()).as(folder.all()).isZero();
        assertThat(folder.out()).contains("in 0 files");

        ScratchRepo.Result forced = lintStaged(scratch.dir(), "--force-exclude", "vendor/chart/settings.yaml");
        assertThat(forced.code()).as(forced.all()).isZero();
        assertThat(forced.out()).contains("in 0 files");
    }

    @Test
    void presetsNamedInTheConfigFileApplyToStagedPods() throws Exception {
        // Committed earlier and not staged now: the config file and the preset it names.
        Files.writeString(scratch.dir().resolve(".podlint.yaml"), "presets: [platform/presets.yaml]\n");
        Path presets = scratch.dir().resolve("platform/presets.yaml");
        Files.createDirectories(presets.getParent());
        Files.writeString(presets, """
                apiVersion: settings.k8s.io/v1alpha1
                kind: PodPreset
                metadata:
                  name: allow-database
                spec:
                  selector:
                    matchLabels:
                      role: frontend
                  env:
                    - name: DB_PORT
                      value: "6379"
                """);
        assertThat(scratch.git("add", ".").code()).isZero();
        assertThat(scratch.git("commit", "-q", "-m", "platform").code()).isZero();

        stage("app/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: website
                  labels:
                    role: frontend
                spec:
                  restartPolicy: Never
                  containers:
                    - name: website
                      image: nginx:1.27
                      env:
                        - name: DB_PORT
                          value: "5432"
                """);

        ScratchRepo.Result run = lintStaged(scratch.dir());
        assertThat(run.code()).as(run.all()).isEqualTo(1);
        assertThat(run.out())
                .contains("platform/presets.yaml:10:7: error preset-conflict", "note: app/pod.yaml:13:11", "in 1 file");
    }
}
