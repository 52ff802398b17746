package dev.podlint.schema.cel;

import dev.cel.common.values.CelByteString;
import dev.cel.common.values.NullValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An object as the API server hands it to CEL rules (k8s.io/apiserver/pkg/cel/common
 * UnstructuredToVal), typed by its structural schema (the caller defaults the object first, as the API
 * server does; a non-nullable null is left out), integers as int, {@code number}s as double, strings of
 * format {@code byte} as bytes, objects with {@code properties} under their escaped names
 * ({@link CelNames}), {@code additionalProperties} maps under their keys, unknown fields pruned unless
 * {@code x-kubernetes-preserve-unknown-fields}.
 *
 * <p>The API server runs no rule on an object with a blocking error (a wrong type, a missing required
 * field, a value outside an enum, too long or too many; apiextensions' hasBlockingErr): that is
 * {@link Blocked}, and the schema check reports the error itself.
 */
final class CelValues {

    /** The object has an error that keeps the API server from evaluating its rules. */
    static final class Blocked extends Exception {
        private static final long serialVersionUID = 1L;

        Blocked(String why) {
            super(why, null, false, false);
        }
    }

    private CelValues() {}

    /** The whole custom resource: its schema's fields, with apiVersion, kind and metadata's names. */
    static Map<String, Object> resource(Map<String, Object> object, JsonNode schema) throws Blocked {
        Object converted = convert(object, schema);
        if (!(converted instanceof Map<?, ?> map)) {
            throw new Blocked("the object is not a mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = new LinkedHashMap<>((Map<String, Object>) map);
        embedded(object, root);
        return root;
    }

    /** apiVersion, kind and metadata's name and generateName, which rules of a resource see. */
    private static void embedded(Map<String, Object> object, Map<String, Object> into) {
        for (String key : List.of("apiVersion", "kind")) {
            if (object.get(key) instanceof String value) {
                into.put(key, value);
            }
        }
        if (object.get("metadata") instanceof Map<?, ?> metadata) {
            Map<String, Object> names = new LinkedHashMap<>();
            for (String key : List.of("name", "generateName")) {
                if (metadata.get(key) instanceof String value) {
                    names.put(key, value);
                }
            }
            into.put("metadata", names);
        }
    }

    /** The CEL value of {@code value} (a YAML tree's plain view) under {@code schema}. */
    static Object convert(@Nullable Object value, JsonNode schema) throws Blocked {
        if (value == null) {
            return NullValue.NULL_VALUE;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (value instanceof Long || value instanceof String) {
                return value;
            }
            throw new Blocked("not an integer or string");
        }
        String type = schema.path("type").asString("");
        switch (type) {
            case "object" -> {
                if (!(value instanceof Map<?, ?> map)) {
                    throw new Blocked("not an object");
                }
                return object(map, schema);
            }
            case "array" -> {
                if (!(value instanceof List<?> list)) {
                    throw new Blocked("not an array");
                }
                return array(list, schema);
            }
            case "string" -> {
                if (!(value instanceof String text)) {
                    throw new Blocked("not a string");
                }
                checkString(text, schema);
                return "byte".equals(schema.path("format").asString("")) ? bytes(text) : text;
            }
            case "integer" -> {
                if (!(value instanceof Long)) {
                    throw new Blocked("not an integer");
                }
                checkEnum(value, schema);
                return value;
            }
            case "number" -> {
                if (value instanceof Long l) {
                    return l.doubleValue();
                }
                if (value instanceof Double d) {
                    return d;
                }
                throw new Blocked("not a number");
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    throw new Blocked("not a boolean");
                }
                return value;
            }
            default -> {
                return untyped(value, schema);
            }
        }
    }

    /** A node without a type (x-kubernetes-preserve-unknown-fields, or an empty schema). */
    private static Object untyped(Object value, JsonNode schema) throws Blocked {
        if (value instanceof Map<?, ?> map && (schema.has("properties") || schema.has("additionalProperties"))) {
            return object(map, schema);
        }
        if (value instanceof List<?> list && schema.path("items").isObject()) {
            return array(list, schema);
        }
        return generic(value);
    }

    /** A value no schema describes (under x-kubernetes-preserve-unknown-fields): as it is. */
    private static Object generic(@Nullable Object value) throws Blocked {
        if (value == null) {
            return NullValue.NULL_VALUE;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.put(String.valueOf(entry.getKey()), generic(entry.getValue()));
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(generic(item));
            }
            return out;
        }
        if (value instanceof BigInteger) {
            throw new Blocked("an integer out of range");
        }
        return value;
    }

    private static Map<String, Object> object(Map<?, ?> map, JsonNode schema) throws Blocked {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            String name = property.getKey();
            JsonNode propertySchema = property.getValue();
            Object value = map.get(name);
            boolean present = map.containsKey(name) && (value != null || nullable(propertySchema));
            String escaped = CelNames.escape(name);
            if (present && escaped != null) {
                out.put(escaped, convert(value, propertySchema));
            }
        }
        if (schema.path("required").isArray()) {
            for (JsonNode required : schema.get("required")) {
                String name = required.asString("");
                String escaped = CelNames.escape(name);
                if (escaped != null && !out.containsKey(escaped) && !map.containsKey(name)) {
                    throw new Blocked("missing required field " + name);
                }
            }
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (properties.has(key)) {
                continue;
            }
            if (additional.isObject()) {
                out.put(key, convert(entry.getValue(), additional));
            } else if (preserve || additional.asBoolean(false) || embeddedField(key, schema)) {
                out.put(key, generic(entry.getValue()));
            }
        }
        if (schema.has("maxProperties")
                && out.size() > schema.get("maxProperties").asLong(Long.MAX_VALUE)) {
            throw new Blocked("too many properties");
        }
        return out;
    }

    private static boolean embeddedField(String key, JsonNode schema) {
        return schema.path("x-kubernetes-embedded-resource").asBoolean(false)
                && (key.equals("apiVersion") || key.equals("kind") || key.equals("metadata"));
    }

    private static List<Object> array(List<?> list, JsonNode schema) throws Blocked {
        if (schema.has("maxItems") && list.size() > schema.get("maxItems").asLong(Long.MAX_VALUE)) {
            throw new Blocked("too many items");
        }
        List<Object> out = new ArrayList<>(list.size());
        JsonNode items = schema.path("items");
        for (Object item : list) {
            out.add(convert(item, items.isObject() ? items : empty()));
        }
        return out;
    }

    private static void checkString(String text, JsonNode schema) throws Blocked {
        if (schema.has("maxLength")
                && text.codePointCount(0, text.length())
                        > schema.get("maxLength").asLong()) {
            throw new Blocked("too long");
        }
        checkEnum(text, schema);
    }

    private static void checkEnum(Object value, JsonNode schema) throws Blocked {
        JsonNode values = schema.get("enum");
        if (values == null || !values.isArray()) {
            return;
        }
        for (JsonNode allowed : values) {
            if (value.equals(plain(allowed))) {
                return;
            }
        }
        throw new Blocked("not one of the enum's values");
    }

    private static Object bytes(String text) {
        try {
            return CelByteString.of(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static boolean nullable(JsonNode schema) {
        return schema.path("nullable").asBoolean(false);
    }

    private static JsonNode empty() {
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    /** A JSON value (a schema's default or enum value) as the YAML tree's plain view holds values. */
    static @Nullable Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                out.put(field.getKey(), plain(field.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            for (JsonNode item : node) {
                out.add(plain(item));
            }
            return out;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.asLong() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isString()) {
            return node.asString();
        }
        return null;
    }
}
