package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCliTest {

    private static final String JOB = """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate   # keep me
            spec:
              template:
                spec:
                  containers:
                    - name: migrate
                      image: example/migrate:1.0
                      imagePullPolicy: always
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void fixWritesTheFixesAndReportsWhatRemains() throws IOException {
        Path file = write("job.yaml", JOB);
        CliRun run = CliRun.of("lint", "--no-color", "--fix", file.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).contains("job.yaml: fixed 2 findings");
        assertThat(Files.readString(file))
                .isEqualTo(JOB.replace(
                                "    spec:\n      containers:",
                                "    spec:\n      restartPolicy: OnFailure\n      containers:")
                        .replace("always", "Always"));
        CliRun again = CliRun.of("lint", "--no-color", "--fix", file.toString());
        assertThat(again.err()).doesNotContain("fixed");
    }

    @Test
    void diffPrintsAUnifiedDiffWritesNothingAndExitsAsAfterTheFixes() throws IOException {
        Path file = write("job.yaml", JOB);
        CliRun run = CliRun.of("lint", "--no-color", "--fix", "--diff", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "+++ b/",
                        "@@ -5,7 +5,8 @@",
                        "+      restartPolicy: OnFailure",
                        "-          imagePullPolicy: always");
        assertThat(Files.readString(file)).isEqualTo(JOB);

        Path unfixable = write("bad.yaml", JOB.replace("name: migrate   #", "name: Migrate_   #"));
        CliRun left = CliRun.of("lint", "--no-color", "--fix", "--diff", unfixable.toString());
        assertThat(left.exitCode()).as("an invalid name has no fix").isEqualTo(1);
    }

    @Test
    void diffNeverShowsASecretValue() throws IOException {
        Path file = write("secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db
                data:
                  password: s3cr3t!value
                """);
        CliRun run = CliRun.of("lint", "--no-color", "--fix", "--diff", file.toString());
        assertThat(run.out()).doesNotContain("s3cr3t").contains("+  password: ***", "masked", "never prints");
        assertThat(run.err()).doesNotContain("s3cr3t");
    }

    @Test
    void diffWithoutFixIsAUsageError() throws IOException {
        Path file = write("job.yaml", JOB);
        CliRun run = CliRun.of("lint", "--diff", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--diff shows what --fix would change");
    }

    @Test
    void explainSaysWhetherARuleHasAFix() {
        assertThat(CliRun.of("explain", "enum-value").out()).contains("podlint lint --fix: a value that differs");
        assertThat(CliRun.of("explain", "duplicate-key").out()).contains("podlint lint --fix: no automatic fix");
    }
}
