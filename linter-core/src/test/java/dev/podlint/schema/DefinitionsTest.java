package dev.podlint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundled files are read from their packed form, definition by definition, and a kind's closure
 * holds exactly the definitions the whole JSON file gives for every name its references reach.
 */
class DefinitionsTest {

    @Test
    void everyBundledFileIsDecodedOnUseAndEachKindGetsWhatItReaches() throws Exception {
        BundledSchemas bundled = BundledSchemas.get();
        for (KubernetesVersion version : bundled.versions()) {
            SchemaFile file = bundled.version(version);
            assertThat(file.definitions().decodedOnUse())
                    .as(file.resourceName())
                    .isTrue();
            JsonNode whole;
            try (InputStream in = BundledSchemas.class
                    .getClassLoader()
                    .getResourceAsStream(BundledSchemas.DIR + file.resourceName())) {
                whole = BundledSchemas.Json.MAPPER.readTree(in).get("definitions");
            }
            for (String kind : file.kinds().keySet()) {
                String root = file.kinds().get(kind);
                ObjectNode closure = file.definitions().closure(root);
                Set<String> expected = new HashSet<>();
                reach(whole, root, expected);
                assertThat(closure.propertyNames()).as(kind).containsExactlyInAnyOrderElementsOf(expected);
                for (String name : expected) {
                    assertThat(closure.get(name)).as(kind + " " + name).isEqualTo(whole.get(name));
                }
            }
        }
    }

    private static void reach(JsonNode definitions, String name, Set<String> reached) {
        if (definitions.get(name) == null || !reached.add(name)) {
            return;
        }
        refs(definitions, definitions.get(name), reached);
    }

    private static void refs(JsonNode definitions, JsonNode node, Set<String> reached) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isString() && ref.asString().startsWith("#/definitions/")) {
            reach(definitions, ref.asString().substring("#/definitions/".length()), reached);
        }
        for (JsonNode child : node) {
            refs(definitions, child, reached);
        }
    }
}
