package dev.podlint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.config.LintOptions;
import dev.podlint.fixtures.TestPaths;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Objects that leave out fields the API server's defaulting fills in are valid in every bundled version. */
class DefaultedFieldsLintTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.27", "1.28", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36"})
    void defaultedFieldsAreOptional(String version) throws Exception {
        String yaml = Files.readString(TestPaths.testdata().resolve("schema/defaulted-fields.yaml"));

        assertThat(SchemaLint.lint(yaml, LintOptions.builder().kubernetesVersion(version)))
                .isEmpty();
    }
}
