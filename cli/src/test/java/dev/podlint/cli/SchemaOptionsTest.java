package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** --kubernetes-version, --schema-location, --crd and --strict-kinds on the command line. */
class SchemaOptionsTest {

    private static final String GADGET_CRD = Path.of(System.getProperty("podlint.repoRoot", ".."))
            .resolve("testdata/schema/crds/gadgets.yaml")
            .toAbsolutePath()
            .toString();

    private static final String GADGET = """
            apiVersion: tools.example.com/v1
            kind: Gadget
            metadata:
              name: g
            spec:
              size: 3
              colur: red
            """;

    private static final String WIDGET = """
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: gadget
            """;

    private static final String CRON_JOB_V1BETA1 = """
            apiVersion: batch/v1beta1
            kind: CronJob
            metadata:
              name: nightly
            """;

    @Test
    void anUnknownKubernetesVersionIsAUsageErrorNamingTheBundledOnes() {
        CliRun run = CliRun.withStdin(WIDGET, "lint", "--kubernetes-version", "1.9", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("podlint: --kubernetes-version 1.9: podlint bundles the schemas of 1.27, 1.28, 1.30, ")
                .doesNotContain("\tat ");
    }

    @Test
    void strictKindsTurnsUnknownKindsIntoErrors() {
        CliRun lenient = CliRun.withStdin(WIDGET, "lint", "--no-color", "-");
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).contains("warning unknown-kind");
        CliRun strict = CliRun.withStdin(WIDGET, "lint", "--no-color", "--strict-kinds", "-");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).contains("error unknown-kind");
    }

    @Test
    void theTargetVersionIsNamedInRemovedApiFindings() {
        CliRun run = CliRun.withStdin(CRON_JOB_V1BETA1, "lint", "--no-color", "--kubernetes-version", "1.30", "-");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("removed-api batch/v1beta1 CronJob was removed in Kubernetes 1.25"
                        + " (linting for 1.30): use apiVersion batch/v1");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aMissingSchemaLocationIsAUsageError() {
        CliRun run = CliRun.withStdin(WIDGET, "lint", "--schema-location", "/no/such/dir", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("podlint: --schema-location /no/such/dir: not a folder");
    }

    @Test
    void crdValidatesItsCustomResources() {
        CliRun without = CliRun.withStdin(GADGET, "lint", "--no-color", "-");
        assertThat(without.exitCode()).isZero();
        assertThat(without.out()).contains("warning unknown-kind");
        CliRun with = CliRun.withStdin(GADGET, "lint", "--no-color", "--crd", GADGET_CRD, "-");
        assertThat(with.exitCode()).isEqualTo(1);
        assertThat(with.out())
                .contains("<stdin>:7:3: error schema spec: unknown field 'colur'; did you mean 'colour'?")
                .doesNotContain("unknown-kind");
    }

    @Test
    void aMissingCrdIsAUsageError() {
        CliRun run = CliRun.withStdin(GADGET, "lint", "--crd", "no/such/crds", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("podlint: --crd no/such/crds: no such file or directory");
    }
}
