package dev.podlint.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.config.LintOptions;
import dev.podlint.config.UsageException;
import dev.podlint.finding.Finding;
import dev.podlint.fixtures.Expectations;
import dev.podlint.fixtures.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Custom resources validated with schemas from --schema-location folders (kubeconform's layout). */
class SchemaLocationTest {

    private static Path schemaFolder() throws Exception {
        return Path.of(SchemaLocationTest.class.getResource("/schema-locations").toURI());
    }

    @Test
    void theFixtureMeetsItsWithSchemasExpectations() throws Exception {
        Path fixture = TestPaths.testdata().resolve("schema/custom-resources.yaml");
        List<Finding> findings =
                SchemaLint.lint(Files.readString(fixture), LintOptions.builder().schemaLocation(schemaFolder()));
        assertThat(Expectations.mismatches(Expectations.of(Files.readString(fixture), "with-schemas"), findings))
                .isEmpty();
        assertThat(findings)
                .extracting(Finding::message)
                .contains(
                        "spec.size: expected integer, found string \"big\"",
                        "spec: unknown field 'color'; did you mean 'colour'?",
                        "spec: missing required field 'endpoints'");
    }

    @Test
    void libraryMessagesOfCustomSchemasAreKeptWithThePath() throws Exception {
        List<Finding> findings = SchemaLint.lint("""
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec: {size: 0}
                """, LintOptions.builder().schemaLocation(schemaFolder()));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("spec.size: ").contains("1");
            assertThat(f.span().line()).isEqualTo(4);
        });
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertThatThrownBy(() ->
                        SchemaLint.lint("a: b\n", LintOptions.builder().schemaLocation(Path.of("/no/such/folder"))))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("/no/such/folder: not a folder");
    }

    @Test
    void kindSuffixFollowsKubeconform() {
        assertThat(SchemaFolders.kindSuffix("v1")).isEqualTo("-v1");
        assertThat(SchemaFolders.kindSuffix("apps/v1")).isEqualTo("-apps-v1");
        assertThat(SchemaFolders.kindSuffix("networking.k8s.io/v1")).isEqualTo("-networking-v1");
    }
}
