package dev.podlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.PodlintVersion;
import dev.podlint.fixtures.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the SARIF of a few fixtures and of a report with every SARIF feature, against the files in
 * src/test/resources/golden/. The absolute working directory and podlint's version are replaced by
 * placeholders. Run with {@code -Dpodlint.updateGoldens=true} to rewrite the goldens, then review
 * the diff.
 */
class SarifGoldenTest {

    private static final Path GOLDEN = TestPaths.repoRoot().resolve("linter-core/src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "core/duplicate-key.yaml",
                "core/syntax-error-after-good-document.yaml",
                "core/valid-deployment.yaml"
            })
    void fixtureSarifMatchesItsGolden(String fixture) throws IOException {
        Path testdata = TestPaths.testdata();
        Report report = SarifSamples.lint(testdata, List.of(fixture), false);
        String sarif = normalise(SarifSamples.sarif(report, testdata), testdata);
        assertGolden(fixture.replace('/', '-').replaceAll("\\.ya?ml$", "") + ".sarif", sarif);
    }

    @Test
    void everyFeatureSarifMatchesItsGolden() throws IOException {
        Path workingDirectory = Path.of("/work dir/repo");
        String sarif = normalise(SarifSamples.sarif(SarifSamples.everyFeature(), workingDirectory), workingDirectory);
        assertGolden("every-feature.sarif", sarif);
    }

    static String normalise(String sarif, Path workingDirectory) {
        String base = workingDirectory.toAbsolutePath().normalize().toUri().toString();
        base = base.endsWith("/") ? base : base + "/";
        return sarif.replace("\"uri\" : \"" + base + "\"", "\"uri\" : \"file:///SRCROOT/\"")
                .replace("\"version\" : \"" + PodlintVersion.full() + "\"", "\"version\" : \"0.0.0-GOLDEN\"")
                .replace(
                        "\"semanticVersion\" : \"" + PodlintVersion.semantic() + "\"",
                        "\"semanticVersion\" : \"0.0.0\"");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("podlint.updateGoldens")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("golden file (create it with -Dpodlint.updateGoldens=true)")
                .exists();
        assertThat(actual)
                .as("SARIF compared with %s", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
