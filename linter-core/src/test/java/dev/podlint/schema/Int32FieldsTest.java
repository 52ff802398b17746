package dev.podlint.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The int32 fields of {@link GoDecoding}: those the Kubernetes OpenAPI document marks {@code format: int32}. */
class Int32FieldsTest {

    private static final Path SWAGGER = Path.of(
            System.getProperty("user.home"), "go/pkg/mod/k8s.io/kubernetes@v1.36.3/api/openapi-spec/swagger.json");

    private static Set<String> table() throws IOException {
        try (InputStream in = GoDecoding.class.getResourceAsStream("/dev/podlint/schema/int32-fields.txt")) {
            Set<String> lines = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    @Test
    void everyInt32FieldOfTheKubernetesSourceIsInTheTable() throws IOException {
        assumeTrue(Files.isRegularFile(SWAGGER), "the Kubernetes v1.36.3 module is not in the Go module cache");
        JsonNode definitions =
                JsonMapper.builder().build().readTree(SWAGGER.toFile()).get("definitions");
        Set<String> int32 = new TreeSet<>();
        for (Map.Entry<String, JsonNode> definition : definitions.properties()) {
            JsonNode properties = definition.getValue().get("properties");
            if (properties != null) {
                for (Map.Entry<String, JsonNode> property : properties.properties()) {
                    collect(definition.getKey(), property.getKey(), property.getValue(), int32);
                }
            }
        }
        assertThat(int32).hasSizeGreaterThan(100);
        assertThat(table()).containsAll(int32);
    }

    @Test
    void theQuickCheckLeavesOnlyValuesBeyondInt32ToTheDecodingCheck() throws IOException {
        assertThat(table())
                .contains("io.k8s.api.apps.v1.DeploymentSpec replicas", "io.k8s.api.core.v1.Probe failureThreshold")
                .doesNotContain("io.k8s.api.core.v1.PodSpec terminationGracePeriodSeconds");
        assertThat(GoDecoding.beyondInt32(2147483647L)).isFalse();
        assertThat(GoDecoding.beyondInt32(-2147483648L)).isFalse();
        assertThat(GoDecoding.beyondInt32(2147483648L)).isTrue();
        assertThat(GoDecoding.beyondInt32(BigInteger.TWO.pow(64))).isTrue();
    }

    private static void collect(String definition, String field, JsonNode schema, Set<String> into) {
        String type = schema.path("type").asString("");
        if (type.equals("integer") && schema.path("format").asString("").equals("int32")) {
            into.add(definition + " " + field);
        } else if (type.equals("array") && schema.has("items")) {
            collect(definition, field + "[]", schema.get("items"), into);
        } else if (type.equals("object") && schema.path("additionalProperties").isObject()) {
            collect(definition, field + "{}", schema.get("additionalProperties"), into);
        }
    }
}
