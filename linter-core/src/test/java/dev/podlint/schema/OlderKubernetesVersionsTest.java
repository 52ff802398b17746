package dev.podlint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.fixtures.Expectations;
import dev.podlint.fixtures.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The oldest bundled minors, 1.27 and 1.28, against the fixture's {@code # k8s-1.27:}/{@code # k8s-1.28:} comments. */
class OlderKubernetesVersionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.27", "1.28"})
    void theFixtureMeetsTheVersionsExpectations(String version) throws Exception {
        Path fixture = TestPaths.testdata().resolve("versions/kubernetes-1.27-1.28.yaml");
        List<Finding> findings = Linter.create(
                        LintOptions.builder().kubernetesVersion(version).build())
                .lint(List.of(fixture.toString()), System.in)
                .findings();
        assertThat(Expectations.mismatches(Expectations.of(Files.readString(fixture), "k8s-" + version), findings))
                .isEmpty();
    }
}
