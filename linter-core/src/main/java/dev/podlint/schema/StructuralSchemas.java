package dev.podlint.schema;

import dev.podlint.source.BoundedRegex;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a CustomResourceDefinition's {@code openAPIV3Schema} (a Kubernetes structural schema) into the
 * JSON Schema (draft 7) podlint validates with, keeping what the API server enforces when it stores a
 * custom resource under strict field validation (kubectl's default since 1.27):
 * <ul>
 *   <li>unknown fields are errors wherever the schema lists {@code properties}, unless
 *       {@code x-kubernetes-preserve-unknown-fields} or {@code additionalProperties} allow them;</li>
 *   <li>{@code nullable} adds null; a null field that is not nullable is pruned by the API server, not
 *       rejected, so properties accept null too (but not among an enum's values: "must be one of a, b"
 *       reads better, and a blank enum field is most likely a value forgotten);</li>
 *   <li>{@code x-kubernetes-int-or-string} accepts an integer or a string;
 *       {@code x-kubernetes-embedded-resource} adds apiVersion, kind and metadata;</li>
 *   <li>OpenAPI 3.0's boolean {@code exclusiveMinimum}/{@code exclusiveMaximum} become draft 7 numbers.</li>
 * </ul>
 * The schema's {@code default}s are not part of the converted schema: {@link StructuralDefaulting} applies
 * them to the object before it is validated.
 * A string {@code format} the API server checks becomes one of {@link KubernetesFormats}; others are
 * dropped, as apiextensions-apiserver drops them. Left out: {@code x-kubernetes-validations} (CEL rules)
 * and a {@code pattern} Java cannot compile (Go's RE2 syntax differs in rare constructs).
 */
final class StructuralSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Keywords that carry over unchanged: they mean the same in OpenAPI 3.0 and draft 7. */
    private static final Set<String> SAME_MEANING = Set.of(
            "required",
            "minLength",
            "maxLength",
            "minItems",
            "maxItems",
            "uniqueItems",
            "minProperties",
            "maxProperties",
            "multipleOf",
            "minimum",
            "maximum");

    private static final Set<String> JUNCTORS = Set.of("allOf", "anyOf", "oneOf");

    private StructuralSchemas() {}

    /**
     * The schema of a whole custom resource: its {@code metadata} checked as ObjectMeta (as the API server
     * does, whatever the CRD says of it) through {@code metaRef}, apiVersion and kind always known.
     */
    static ObjectNode resource(@Nullable JsonNode openApiV3Schema, String metaRef) {
        ObjectNode root = convert(openApiV3Schema == null ? preserveUnknown() : openApiV3Schema, true, false);
        JsonNode properties = root.get("properties");
        if (properties instanceof ObjectNode props) {
            props.set("apiVersion", typed("string"));
            props.set("kind", typed("string"));
            props.set("metadata", JSON.objectNode().put("$ref", metaRef));
        }
        return root;
    }

    private static ObjectNode preserveUnknown() {
        return JSON.objectNode().put("type", "object").put("x-kubernetes-preserve-unknown-fields", true);
    }

    /**
     * @param structural whether this node is part of the structural tree (not inside allOf/anyOf/oneOf/not,
     *                   whose branches see the whole object and must not reject its other fields)
     * @param property   whether this node is the value of a property (null there is pruned, not rejected)
     */
    private static ObjectNode convert(JsonNode schema, boolean structural, boolean property) {
        ObjectNode out = JSON.objectNode();
        if (!schema.isObject()) {
            return out;
        }
        boolean nullable = schema.path("nullable").asBoolean(false);
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        boolean acceptNull = nullable || property;
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            ArrayNode types = JSON.arrayNode().add("integer").add("string");
            if (acceptNull) {
                types.add("null");
            }
            out.set("type", types);
        } else if (schema.path("type").isString()) {
            String type = schema.get("type").asString();
            out.set("type", acceptNull ? JSON.arrayNode().add(type).add("null") : JSON.stringNode(type));
        }
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (SAME_MEANING.contains(key)) {
                out.set(key, value);
            } else if (key.equals("enum") && value.isArray()) {
                ArrayNode values = ((ArrayNode) value).deepCopy();
                if (nullable) {
                    values.addNull();
                }
                out.set("enum", values);
            } else if (key.equals("format") && value.isString()) {
                String name = KubernetesFormats.validatorName(
                        value.asString(),
                        schema.path("type").isString() ? schema.get("type").asString() : null);
                if (name != null) {
                    out.put("format", name);
                }
            } else if (key.equals("pattern") && value.isString() && compiles(value.asString())) {
                out.set("pattern", value);
            } else if (key.equals("properties") && value.isObject()) {
                ObjectNode properties = JSON.objectNode();
                for (Map.Entry<String, JsonNode> p : value.properties()) {
                    properties.set(p.getKey(), convert(p.getValue(), structural, structural));
                }
                out.set("properties", properties);
            } else if (key.equals("additionalProperties")) {
                out.set("additionalProperties", value.isObject() ? convert(value, structural, false) : value);
            } else if (key.equals("items") && value.isObject()) {
                out.set("items", convert(value, structural, false));
            } else if (JUNCTORS.contains(key) && value.isArray()) {
                ArrayNode branches = JSON.arrayNode();
                for (JsonNode branch : value) {
                    branches.add(convert(branch, false, false));
                }
                out.set(key, branches);
            } else if (key.equals("not") && value.isObject()) {
                out.set("not", convert(value, false, false));
            }
        }
        exclusiveBound(schema, out, "exclusiveMinimum", "minimum");
        exclusiveBound(schema, out, "exclusiveMaximum", "maximum");
        if (schema.path("x-kubernetes-embedded-resource").asBoolean(false)) {
            ObjectNode properties = out.has("properties") ? (ObjectNode) out.get("properties") : JSON.objectNode();
            properties.set("apiVersion", typed("string"));
            properties.set("kind", typed("string"));
            if (!properties.has("metadata")) {
                properties.set("metadata", typed("object"));
            }
            if (!preserve || out.has("properties")) {
                out.set("properties", properties);
            }
        }
        if (structural && !preserve && out.has("properties") && !out.has("additionalProperties")) {
            out.put("additionalProperties", false);
        }
        return out;
    }

    /** OpenAPI 3.0: {@code minimum: 0, exclusiveMinimum: true}; draft 7: {@code exclusiveMinimum: 0}. */
    private static void exclusiveBound(JsonNode schema, ObjectNode out, String exclusive, String bound) {
        JsonNode flag = schema.get(exclusive);
        if (flag == null) {
            return;
        }
        if (flag.isNumber()) {
            out.set(exclusive, flag);
        } else if (flag.asBoolean(false) && schema.path(bound).isNumber()) {
            out.remove(bound);
            out.set(exclusive, schema.get(bound));
        }
    }

    private static ObjectNode typed(String type) {
        return JSON.objectNode().put("type", type);
    }

    private static boolean compiles(String regex) {
        try {
            BoundedRegex.compile(regex);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
