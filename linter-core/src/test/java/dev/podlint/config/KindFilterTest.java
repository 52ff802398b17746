package dev.podlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.Linter;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --skip-kinds and --reject-kinds (kubeconform's -skip and -reject), and kubeconform's schema locations. */
class KindFilterTest {

    /** A Secret with an unknown field and a plain-text data value, and a Deployment with an unknown field. */
    private static final String YAML = """
            apiVersion: v1
            kind: Secret
            metadata: {name: db}
            data: {password: not base64!}
            bogus: 1
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            bogus: 1
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: other}
            stringData: {password: x}
            """;

    private static List<Finding> lint(LintOptions.Builder options) {
        return Linter.create(options.build())
                .lint(List.of("-"), new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8)))
                .findings();
    }

    @Test
    void withoutAFilterBothKindsHaveFindings() {
        assertThat(lint(LintOptions.builder())).extracting(Finding::kind).contains("Secret", "Deployment");
    }

    @Test
    void aSkippedKindHasNoFindingAtAll() {
        for (String entry : List.of("Secret", "v1/Secret")) {
            List<Finding> findings = lint(LintOptions.builder().skipKind(entry));
            assertThat(findings)
                    .as(entry)
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.kind()).isEqualTo("Deployment"));
        }
        // apiVersion/kind is compared exactly: another apiVersion does not match
        assertThat(lint(LintOptions.builder().skipKind("apps/v1beta1/Deployment")))
                .extracting(Finding::kind)
                .contains("Deployment");
    }

    @Test
    void aRejectedKindGetsOneErrorPerObjectAtItsKindAndNothingElse() {
        List<Finding> findings = lint(LintOptions.builder().rejectKind("apps/v1/Deployment"));
        assertThat(findings.stream().filter(f -> "Deployment".equals(f.kind())))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("kind-rejected");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.span().line()).isEqualTo(8);
                    assertThat(f.message()).startsWith("prohibited resource kind Deployment");
                });
        List<Finding> secrets = lint(LintOptions.builder().rejectKind("Secret"));
        assertThat(secrets.stream().filter(f -> f.ruleId().equals("kind-rejected")))
                .extracting(f -> f.span().line())
                .containsExactly(2, 13);
        assertThat(secrets.stream().filter(f -> "Secret".equals(f.kind())))
                .extracting(Finding::ruleId)
                .containsOnly("kind-rejected");
    }

    @Test
    void skippingWinsOverRejecting() {
        assertThat(lint(LintOptions.builder().skipKind("Secret").rejectKind("Secret")))
                .extracting(Finding::kind)
                .doesNotContain("Secret");
    }

    @Test
    void entriesAreCommaSeparatedAsKubeconformSplitsThem() {
        assertThat(KindFilter.entries(" Secret, ,apps/v1/Deployment,")).containsExactly("Secret", "apps/v1/Deployment");
    }

    @Test
    void schemaLocationsAsKubeconformTakesThem() {
        assertThat(SchemaLocationArgument.folder("default", "-schema-location")).isEmpty();
        assertThat(SchemaLocationArgument.folder("schemas", "-schema-location")).contains("schemas");
        assertThat(SchemaLocationArgument.folder(
                        "schemas/{{ .ResourceKind }}{{ .KindSuffix }}.json", "-schema-location"))
                .contains("schemas");
        assertThat(SchemaLocationArgument.folder(
                        "/opt/s/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json",
                        "-schema-location"))
                .contains("/opt/s");
        assertThat(SchemaLocationArgument.folder(
                        "crds/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json", "-schema-location"))
                .contains("crds");
        String url =
                "https://raw.githubusercontent.com/datreeio/CRDs-catalog/main/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json";
        assertThatThrownBy(() -> SchemaLocationArgument.folder(url, "-schema-location"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("-schema-location " + url + ": podlint never fetches schemas;")
                .hasMessageContaining("download them into a folder and pass that folder");
        assertThatThrownBy(() -> SchemaLocationArgument.folder("s/{{ .ResourceKind }}.json", "--schema-location"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("podlint expands no templates");
    }
}
