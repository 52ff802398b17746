package dev.podlint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.config.LintOptions;
import dev.podlint.fixtures.Expectations;
import dev.podlint.fixtures.TestPaths;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Objects that leave out fields the OpenAPI documents mark required and create validation does not
 * require (the schema generator's unenforced-required-fields.tsv) are valid in the versions it names.
 */
class UnenforcedRequiredLintTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.27", "1.28", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36"})
    void unenforcedRequiredFieldsAreOptional(String version) throws Exception {
        String yaml = Files.readString(TestPaths.testdata().resolve("schema/unenforced-required.yaml"));

        assertThat(SchemaLint.lint(yaml, LintOptions.builder().kubernetesVersion(version)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36"})
    void aSleepActionNeedsSecondsBefore133(String version) throws Exception {
        String yaml = Files.readString(TestPaths.testdata().resolve("schema/unenforced-required-sleep.yaml"));

        var findings = SchemaLint.lint(yaml, LintOptions.builder().kubernetesVersion(version));

        assertThat(Expectations.mismatches(Expectations.of(yaml, "k8s-" + version), findings))
                .isEmpty();
    }
}
