package dev.podlint.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.finding.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file's {@code skipKinds} and {@code rejectKinds}: {@code --skip-kinds} and {@code --reject-kinds}. */
class ConfigKindsTest {

    /** A Secret whose data is not base64, a ConfigMap with a bad key, a valid Service. */
    private static final String MANIFESTS = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: creds
            data:
              token: "not base64!"
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              "bad key": x
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              ports:
                - port: 80
            """;

    @TempDir
    Path dir;

    private LintOptions.Builder configured(String config) throws IOException {
        Path file = Files.writeString(dir.resolve(".podlint.yaml"), config);
        return LintOptions.builder().workingDirectory(dir).config(new ConfigFileReader().read(file));
    }

    private static List<String> findings(LintOptions.Builder options) {
        return Linter.create(options.build())
                .lint(List.of("-"), new ByteArrayInputStream(MANIFESTS.getBytes(StandardCharsets.UTF_8)))
                .findings()
                .stream()
                .map(f -> f.span().line() + ":" + f.span().column() + " " + f.ruleId())
                .toList();
    }

    @Test
    void withoutThemTheSecretAndTheConfigMapHaveFindings() throws IOException {
        assertThat(findings(configured("failOn: error\n")))
                .anyMatch(f -> f.startsWith("6:"))
                .anyMatch(f -> f.startsWith("13:"))
                .noneMatch(f -> f.endsWith("kind-rejected"));
    }

    @Test
    void aSkippedKindGetsNothingAndARejectedOneOnlyKindRejectedAtItsKind() throws IOException {
        LintOptions.Builder options = configured("""
                skipKinds: [v1/ConfigMap]
                rejectKinds: [Secret]
                """);

        assertThat(options.build().kinds())
                .isEqualTo(new KindFilter(java.util.Set.of("v1/ConfigMap"), java.util.Set.of("Secret")));
        assertThat(findings(options)).containsExactly("2:7 kind-rejected");
    }

    @Test
    void theCommandLinesKindsAreAddedAndSkippingWins() throws IOException {
        LintOptions.Builder options = configured("rejectKinds: [Secret, ConfigMap]\n");
        options.skipKind("Secret"); // as --skip-kinds Secret after the config file

        assertThat(findings(options)).containsExactly("9:7 kind-rejected");
        assertThat(options.build().kinds().reject()).containsExactlyInAnyOrder("Secret", "ConfigMap");
    }

    @Test
    void theFindingNamesTheKind() throws IOException {
        List<Finding> found = Linter.create(
                        configured("rejectKinds: [Service]\n").build())
                .lint(List.of("-"), new ByteArrayInputStream(MANIFESTS.getBytes(StandardCharsets.UTF_8)))
                .findings()
                .stream()
                .filter(f -> f.ruleId().equals("kind-rejected"))
                .toList();
        assertThat(found)
                .extracting(Finding::message)
                .containsExactly("prohibited resource kind Service (--reject-kinds, rejectKinds)");
    }
}
