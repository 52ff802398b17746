package dev.podlint.schemas.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * defaulted-fields.tsv is what oracle/defaultedfields/generate.sh reads from the Go sources now. Needs Go
 * and the Kubernetes modules of every bundled minor in the Go module cache; skipped without them.
 */
class DefaultedFieldsExtractionTest {

    @Test
    void theCommittedListIsAFreshExtraction() throws Exception {
        Path script = TestPaths.module().resolveSibling("oracle/defaultedfields/generate.sh");
        String cache = goModCache();
        Assumptions.assumeTrue(cache != null, "Go is not installed");
        Assumptions.assumeTrue(
                Files.isDirectory(Path.of(cache, "k8s.io/kubernetes@v1.30.14")),
                "the Kubernetes modules are not in the Go module cache");
        Process process = new ProcessBuilder("bash", script.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String fresh = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("generate.sh exit code").isZero();
        Path committed = TestPaths.module().resolve("src/main/resources" + FieldTable.DEFAULTED.resource());
        assertThat(fresh)
                .as("%s differs from generate.sh's output: rerun it and regenerate the schemas", committed)
                .isEqualTo(Files.readString(committed));
    }

    private static String goModCache() throws InterruptedException {
        try {
            Process go = new ProcessBuilder("go", "env", "GOMODCACHE")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(go.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return go.waitFor() == 0 && !out.isEmpty() ? out : null;
        } catch (IOException e) {
            return null;
        }
    }
}
