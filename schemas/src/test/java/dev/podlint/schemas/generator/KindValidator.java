package dev.podlint.schemas.generator;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Validates documents against one bundled schema file, the way the linter will: one draft-07 schema per kind. */
final class KindValidator {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final JsonNode file;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private final Map<String, Schema> byKind = new HashMap<>();

    KindValidator(Path schemaFile) throws IOException {
        this.file = MAPPER.readTree(schemaFile.toFile());
    }

    boolean knows(String apiVersion, String kind) {
        return file.get("kinds").has(apiVersion + "/" + kind);
    }

    /** The validator's errors for a document of a kind the file has. */
    List<Error> validate(JsonNode document) {
        return validateAs(
                document.get("apiVersion").asString() + "/"
                        + document.get("kind").asString(),
                document);
    }

    /** The validator's errors for a document checked against the schema of the kind {@code key}. */
    List<Error> validateAs(String key, JsonNode document) {
        Schema schema = byKind.computeIfAbsent(key, k -> {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("$ref", "#/definitions/" + file.get("kinds").get(k).asString());
            root.set("definitions", file.get("definitions"));
            return registry.getSchema(root);
        });
        return schema.validate(document);
    }
}
