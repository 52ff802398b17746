package dev.podlint.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Finds, in a kind's schema document, the schema that applies to a node of an object (following local
 * {@code $ref}s and an optional field's {@code anyOf [$ref, null]}): to tell where a misplaced field belongs.
 */
final class SchemaNavigator {

    private static final int MAX_REF_HOPS = 32;

    private final JsonNode document;

    SchemaNavigator(JsonNode document) {
        this.document = document;
    }

    /** The schema of the node at these instance path segments, or null when the schema does not say. */
    @Nullable
    JsonNode schemaOf(List<String> segments) {
        JsonNode schema = resolve(document);
        for (String segment : segments) {
            if (schema == null) {
                return null;
            }
            JsonNode properties = schema.get("properties");
            JsonNode items = schema.get("items");
            JsonNode additional = schema.get("additionalProperties");
            if (properties != null && properties.has(segment)) {
                schema = resolve(properties.get(segment));
            } else if (items != null && items.isObject() && segment.chars().allMatch(Character::isDigit)) {
                schema = resolve(items);
            } else if (additional != null && additional.isObject()) {
                schema = resolve(additional);
            } else {
                return null;
            }
        }
        return schema;
    }

    /** The field names an object schema declares. */
    static Set<String> properties(@Nullable JsonNode objectSchema) {
        Set<String> names = new LinkedHashSet<>();
        if (objectSchema != null && objectSchema.get("properties") != null) {
            names.addAll(objectSchema.get("properties").propertyNames());
        }
        return names;
    }

    /** Whether the schema is a map whose values are strings (labels, selectors). */
    static boolean isStringMap(@Nullable JsonNode schema) {
        if (schema == null) {
            return false;
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional == null || !additional.isObject() || schema.has("properties")) {
            return false;
        }
        JsonNode type = additional.get("type");
        return type != null
                && (type.asString("").equals("string")
                        || (type.isArray() && type.toString().contains("\"string\"")));
    }

    /** Follows local $refs and picks the only non-null branch of an anyOf/oneOf. */
    @Nullable
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hop = 0; hop < MAX_REF_HOPS && current != null; hop++) {
            JsonNode ref = current.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith("#")) {
                JsonNode target = document.at(ref.asString().substring(1));
                current = target.isMissingNode() ? null : target;
                continue;
            }
            JsonNode branch = onlyNonNullBranch(current);
            if (branch == null) {
                return current;
            }
            current = branch;
        }
        return current;
    }

    /** The one branch of an anyOf/oneOf that is not {"type": "null"} (an optional reference), else null. */
    static @Nullable JsonNode onlyNonNullBranch(JsonNode schema) {
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode branches = schema.get(keyword);
            if (branches == null || !branches.isArray() || schema.has("properties")) {
                continue;
            }
            JsonNode only = null;
            for (JsonNode branch : branches) {
                boolean isNull =
                        branch.has("type") && branch.get("type").asString("").equals("null");
                if (!isNull) {
                    if (only != null) {
                        return null;
                    }
                    only = branch;
                }
            }
            return only;
        }
        return null;
    }
}
