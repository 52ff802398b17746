package dev.podlint.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kubectl apply stores the object's JSON in its last-applied-configuration annotation, so an object
 * whose JSON nears 256 KiB is rejected on apply. The thresholds below are the real ones: the
 * annotation key (48 bytes) plus the JSON kubectl writes (the object with {@code "annotations":{}}
 * and {@code "namespace":"default"} added, and a newline) may total 262144 bytes.
 */
class ApplyAnnotationSizeTest {

    /** The JSON of {@link #configMap} is the value's length plus this many bytes. */
    private static final int OVERHEAD =
            "{\"apiVersion\":\"v1\",\"data\":{\"big\":\"\"},\"kind\":\"ConfigMap\",\"metadata\":".length()
                    + "{\"annotations\":{},\"name\":\"big\",\"namespace\":\"default\"}}\n".length();

    private static final int LIMIT = 262144 - ApplyAnnotationSize.KEY.length();

    @Test
    void anObjectFitsUpToTheLimitAndNotAByteMore() {
        assertThat(apply(configMap("x".repeat(LIMIT - OVERHEAD)))).isEmpty();
        assertThat(apply(configMap("x".repeat(LIMIT - OVERHEAD + 1))))
                .hasSize(1)
                .allSatisfy(f -> assertThat(f.message()).contains("too large for client-side 'kubectl apply'"));
    }

    @Test
    void htmlCharactersCountSixBytesEachAsEncodingJsonEscapesThem() {
        int escaped = (LIMIT - OVERHEAD) / 6;
        assertThat(apply(configMap("<".repeat(escaped)))).isEmpty();
        assertThat(apply(configMap("<".repeat(escaped + 1)))).hasSize(1);
    }

    @Test
    void anEarlierLastAppliedAnnotationIsReplacedNotAdded() {
        String manifest = configMap("x".repeat(LIMIT - OVERHEAD - 200))
                .replace(
                        "metadata:\n",
                        "metadata:\n  annotations:\n    " + ApplyAnnotationSize.KEY + ": '" + "y".repeat(100_000)
                                + "'\n");
        assertThat(apply(manifest)).isEmpty();
    }

    @Test
    void aNamespacedObjectGetsItsNamespaceWrittenByKubectl() {
        String named =
                configMap("x".repeat(LIMIT - OVERHEAD)).replace("  name: big\n", "  name: big\n  namespace: default\n");
        assertThat(apply(named)).isEmpty();
    }

    @Test
    void aliasesMakeAShortTextALargeObject() {
        StringBuilder manifest = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n");
        manifest.append("  a0: &v \"").append("x".repeat(30_000)).append("\"\n");
        for (int i = 1; i < 10; i++) {
            manifest.append("  a").append(i).append(": *v\n");
        }
        assertThat((long) manifest.length() * 6)
                .as("too short a text to need the bound")
                .isLessThan(LIMIT);
        assertThat(apply(manifest.toString())).hasSize(1);
    }

    private static String configMap(String value) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  big: \"" + value + "\"\n";
    }

    private static List<Finding> apply(String manifest) {
        return ApiValidationVersionsTest.lint(manifest, null).stream()
                .filter(f -> f.ruleId().equals("apply-too-large"))
                .toList();
    }
}
