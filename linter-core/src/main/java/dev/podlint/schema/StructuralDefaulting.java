package dev.podlint.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code default}s of a CustomResourceDefinition's structural schema applied to a custom resource, as
 * the API server does before it validates one (k8s.io/apiextensions-apiserver
 * {@code pkg/apiserver/schema/defaulting/algorithm.go}, {@code Default}): a property with a default that
 * is absent, or null where the property is not nullable, gets a copy of the default; a null map value or
 * list item that is not nullable gets its schema's default (stays null without one); then the same one
 * level down, through {@code properties}, {@code additionalProperties} and {@code items} only (a
 * structural schema has no defaults under allOf/anyOf/oneOf/not).
 */
public final class StructuralDefaulting {

    private StructuralDefaulting() {}

    /** Whether the schema has a {@code default} anywhere, so that defaulting can change an object. */
    public static boolean hasDefaults(@Nullable JsonNode schema) {
        return schema != null && !schema.findValues("default").isEmpty();
    }

    /** Defaults {@code value} in place (a JSON copy of the object, never the user's tree). */
    public static void apply(JsonNode value, @Nullable JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return;
        }
        if (value instanceof ObjectNode object) {
            JsonNode properties = schema.path("properties");
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                JsonNode fallback = property.getValue().get("default");
                if (fallback == null) {
                    continue;
                }
                JsonNode current = object.get(property.getKey());
                if (current == null || nonNullableNull(current, property.getValue())) {
                    object.set(property.getKey(), fallback.deepCopy());
                }
            }
            JsonNode additional = schema.get("additionalProperties");
            List<String> keys = new ArrayList<>(object.propertyNames());
            for (String key : keys) {
                JsonNode own = properties.get(key);
                if (own != null) {
                    apply(object.get(key), own);
                } else if (additional != null && additional.isObject()) {
                    if (nonNullableNull(object.get(key), additional) && additional.has("default")) {
                        object.set(key, additional.get("default").deepCopy());
                    }
                    apply(object.get(key), additional);
                }
            }
        } else if (value instanceof ArrayNode array) {
            JsonNode items = schema.get("items");
            if (items == null || !items.isObject()) {
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                if (nonNullableNull(array.get(i), items) && items.has("default")) {
                    array.set(i, items.get("default").deepCopy());
                }
                apply(array.get(i), items);
            }
        }
    }

    private static boolean nonNullableNull(JsonNode value, JsonNode schema) {
        return value.isNull() && !schema.path("nullable").asBoolean(false);
    }
}
