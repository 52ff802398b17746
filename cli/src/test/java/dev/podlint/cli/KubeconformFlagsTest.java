package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kubeconform's flags on podlint's command line: each accepted one changes the run as it does in kubeconform. */
class KubeconformFlagsTest {

    /** A Secret with an unknown field (line 4), a Deployment with one (line 9), a custom resource (line 11). */
    private static final String YAML = """
            apiVersion: v1
            kind: Secret
            metadata: {name: db}
            bogus: 1
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            bogus: 1
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: w}
            """;

    private static CliRun lint(String... flags) {
        String[] args = new String[flags.length + 3];
        args[0] = "lint";
        args[1] = "--no-color";
        System.arraycopy(flags, 0, args, 2, flags.length);
        args[args.length - 1] = "-";
        return CliRun.withStdin(YAML, args);
    }

    @Test
    void withoutFlagsEveryObjectHasFindings() {
        CliRun run = lint();
        assertThat(run.out()).contains("<stdin>:4:", "<stdin>:9:", "warning unknown-kind");
    }

    @Test
    void skipLeavesOutTheKindsItNamesInEverySpelling() {
        for (String flag : new String[] {"--skip-kinds", "-skip", "--skip"}) {
            CliRun run = lint(flag, "Secret,apps/v1/Deployment");
            assertThat(run.err()).as(flag).isEmpty();
            assertThat(run.out())
                    .as(flag)
                    .doesNotContain("<stdin>:4:", "<stdin>:9:")
                    .contains("unknown-kind");
            assertThat(run.exitCode()).as(flag).isZero();
        }
        CliRun repeated = lint("-skip", "Secret", "-skip", "Deployment");
        assertThat(repeated.out()).doesNotContain("<stdin>:4:", "<stdin>:9:");
    }

    @Test
    void rejectGivesEachObjectOfTheKindOneError() {
        for (String flag : new String[] {"--reject-kinds", "-reject", "--reject"}) {
            CliRun run = lint(flag, "v1/Secret");
            assertThat(run.exitCode()).as(flag).isEqualTo(1);
            assertThat(run.out())
                    .as(flag)
                    .contains("<stdin>:2:7: error kind-rejected prohibited resource kind Secret")
                    .doesNotContain("<stdin>:4:")
                    .contains("<stdin>:9:");
        }
    }

    @Test
    void ignoreMissingSchemasDropsUnknownKind() {
        CliRun run = lint("-ignore-missing-schemas");
        assertThat(run.out()).doesNotContain("unknown-kind").contains("<stdin>:9:");
        CliRun both = lint("--ignore-missing-schemas", "--strict-kinds");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("contradict");
    }

    @Test
    void kubernetesVersionAcceptsKubeconformsValues() {
        String cronJob = "apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: n}\n";
        CliRun patch = CliRun.withStdin(cronJob, "lint", "--no-color", "-kubernetes-version", "1.27.2", "-");
        assertThat(patch.out()).contains("(linting for 1.27)");
        CliRun master = CliRun.withStdin(cronJob, "lint", "--no-color", "-kubernetes-version", "master", "-");
        assertThat(master.out()).contains("(linting for 1.36)");
        CliRun clash =
                CliRun.withStdin(cronJob, "lint", "--kubernetes-version", "1.30", "-kubernetes-version", "1.31.0", "-");
        assertThat(clash.exitCode()).isEqualTo(2);
    }

    @Test
    void schemaLocationDefaultIsTheBundledSchemasAndUrlsAreRefusedIntact(@TempDir Path dir) throws Exception {
        CliRun bundled = lint("-schema-location", "default");
        assertThat(bundled.exitCode()).isEqualTo(1);
        assertThat(bundled.out()).contains("<stdin>:4:");
        String url = "https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/"
                + "{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json";
        for (String flag : new String[] {"-schema-location", "--schema-location"}) {
            CliRun remote = lint(flag, url);
            assertThat(remote.exitCode()).as(flag).isEqualTo(2);
            assertThat(remote.err()).as(flag).contains(url).contains("podlint never fetches schemas");
        }
        Files.writeString(
                dir.resolve("widget-example-v1.json"),
                "{\"type\": \"object\", \"required\": [\"spec\"], \"properties\": {\"spec\": {\"type\": \"object\"}}}");
        CliRun local = lint("-schema-location", dir + "/{{ .ResourceKind }}{{ .KindSuffix }}.json");
        assertThat(local.err()).isEmpty();
        assertThat(local.out()).doesNotContain("unknown-kind").contains("<stdin>:11:");
    }

    @Test
    void theReadmesKubeconformLineRuns() {
        CliRun run = lint(
                "-strict", "-summary", "-skip", "Secret", "-ignore-missing-schemas", "-kubernetes-version", "1.30.2");
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .doesNotContain("<stdin>:4:", "unknown-kind")
                .contains("<stdin>:9:")
                .contains("in 1 file (3 documents)");
    }

    @Test
    void outputMapsKubeconformsFormatsAndRefusesTheOthers() {
        CliRun json = lint("-output", "json");
        assertThat(json.out()).startsWith("{");
        CliRun junit = lint("-output", "junit");
        assertThat(junit.out()).contains("<testsuite");
        CliRun tap = lint("-output", "tap");
        assertThat(tap.exitCode()).isEqualTo(2);
        assertThat(tap.err()).contains("no tap output");
        CliRun mistaken = lint("--output", "json");
        assertThat(mistaken.exitCode()).isEqualTo(2);
        assertThat(mistaken.err()).contains("--format");
    }

    @Test
    void strictSummaryWorkersAndVerboseAreAcceptedAndStrictStaysStrict() {
        CliRun run = lint("-strict", "-summary", "-n", "8", "-verbose");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("<stdin>:4:", "unknown field 'bogus'");
        assertThat(lint("-n", "0").exitCode()).isEqualTo(2);
        CliRun cache = lint("-cache", "/tmp/schemas");
        assertThat(cache.exitCode()).isEqualTo(2);
        assertThat(cache.err()).contains("never downloads");
    }

    @Test
    void theConfigFilesKindsApplyAndTheCommandLinesAreAdded(@TempDir Path dir) throws java.io.IOException {
        Path config = Files.writeString(dir.resolve("podlint.yaml"), "skipKinds: [Widget]\nrejectKinds: [v1/Secret]\n");

        CliRun fromFile = lint("--config", config.toString());
        assertThat(fromFile.exitCode()).isEqualTo(1);
        assertThat(fromFile.out())
                .contains("<stdin>:2:7: error kind-rejected prohibited resource kind Secret")
                .doesNotContain("<stdin>:4:", "unknown-kind")
                .contains("<stdin>:9:");

        CliRun added = lint("--config", config.toString(), "--skip-kinds", "Secret", "--reject-kinds", "Deployment");
        assertThat(added.out())
                .doesNotContain("<stdin>:2:", "<stdin>:4:", "<stdin>:9:", "unknown-kind")
                .contains("<stdin>:7:7: error kind-rejected prohibited resource kind Deployment");
    }
}
