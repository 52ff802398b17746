package dev.podlint.schema;

import dev.podlint.source.Pointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code x-kubernetes-list-type: set} and {@code map} (with {@code x-kubernetes-list-map-keys}) of a
 * CustomResourceDefinition's structural schema: no two items of a set are equal, no two items of a map
 * list have the same keys. As k8s.io/apiextensions-apiserver {@code pkg/apiserver/schema/listtype}
 * {@code ValidateListSetsAndMaps}: the walk follows {@code properties}, {@code additionalProperties} and
 * {@code items}; the second item of each repeated value is reported (a third one is not); an integer and
 * a float are different values, as they are in the decoded JSON; an item of a map list that is no object
 * (nor null) is an error, and the list's keys are then not compared.
 */
final class ListTypes {

    /** One duplicate: the JSON pointer of the item and what repeats. */
    record Problem(String pointer, String message) {}

    private ListTypes() {}

    /** Whether the schema uses a set or map list type anywhere. */
    static boolean used(@Nullable JsonNode schema) {
        return schema != null && !schema.findValues("x-kubernetes-list-type").isEmpty();
    }

    static List<Problem> problems(JsonNode object, @Nullable JsonNode schema) {
        List<Problem> out = new ArrayList<>();
        if (schema != null) {
            walk("", object, schema, out);
        }
        return out;
    }

    private static void walk(String pointer, @Nullable JsonNode value, JsonNode schema, List<Problem> out) {
        if (value == null || !schema.isObject()) {
            return;
        }
        if (value.isObject()) {
            JsonNode additional = schema.get("additionalProperties");
            JsonNode properties = schema.path("properties");
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                String at = Pointers.append(pointer, field.getKey());
                if (additional != null && additional.isObject()) {
                    walk(at, field.getValue(), additional, out);
                }
                JsonNode own = properties.get(field.getKey());
                if (own != null) {
                    walk(at, field.getValue(), own, out);
                }
            }
        } else if (value.isArray()) {
            String listType = schema.path("x-kubernetes-list-type").asString("");
            if (listType.equals("set")) {
                List<JsonNode> items = new ArrayList<>();
                value.forEach(items::add);
                for (int i : duplicates(items)) {
                    out.add(new Problem(
                            Pointers.append(pointer, i),
                            "duplicate value " + value.get(i) + ": the list is a set (x-kubernetes-list-type: set)"));
                }
            } else if (listType.equals("map")) {
                mapList(pointer, value, schema, out);
            }
            JsonNode items = schema.get("items");
            if (items != null) {
                for (int i = 0; i < value.size(); i++) {
                    walk(Pointers.append(pointer, i), value.get(i), items, out);
                }
            }
        }
    }

    private static void mapList(String pointer, JsonNode list, JsonNode schema, List<Problem> out) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isObject() && !item.isNull()) {
                out.add(new Problem(
                        Pointers.append(pointer, i),
                        "must be an object: the list is a map (x-kubernetes-list-type: map)"));
                return;
            }
        }
        List<String> keyFields = new ArrayList<>();
        schema.path("x-kubernetes-list-map-keys").forEach(k -> keyFields.add(k.asString("")));
        List<JsonNode> keys = new ArrayList<>();
        for (JsonNode item : list) {
            ObjectNode key = JsonNodeFactory.instance.objectNode();
            for (String field : keyFields) {
                if (item.isObject() && item.has(field)) {
                    key.set(field, item.get(field));
                }
            }
            keys.add(key);
        }
        for (int i : duplicates(keys)) {
            String what =
                    keys.get(i).isEmpty() ? "no key (" + String.join(", ", keyFields) + ")" : "key " + keys.get(i);
            out.add(new Problem(
                    Pointers.append(pointer, i),
                    "duplicate entry with " + what + ": the list is a map keyed by " + String.join(", ", keyFields)
                            + " (x-kubernetes-list-type: map)"));
        }
    }

    /** validateListSet: the index of the second occurrence of each repeated value. */
    private static List<Integer> duplicates(List<JsonNode> items) {
        List<Integer> second = new ArrayList<>();
        if (items.size() <= 1) {
            return second;
        }
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            int times = seen.merge(identity(items.get(i)), 1, Integer::sum);
            if (times == 2) {
                second.add(i);
            }
        }
        return second;
    }

    /** What Go compares: a scalar's type and value; an object or array by its JSON with sorted keys. */
    private static Object identity(JsonNode node) {
        if (node.isObject() || node.isArray()) {
            return "json:" + canonical(node);
        }
        if (node.isIntegralNumber()) {
            return List.of("int", node.bigIntegerValue());
        }
        if (node.isNumber()) {
            return List.of("float", node.doubleValue());
        }
        if (node.isNull()) {
            return List.of("null");
        }
        return List.of(node.getNodeType().name(), node.asString(""));
    }

    private static String canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, String> sorted = new TreeMap<>();
            node.properties().forEach(e -> sorted.put(e.getKey(), canonical(e.getValue())));
            StringBuilder out = new StringBuilder("{");
            sorted.forEach((k, v) -> out.append(JsonNodeFactory.instance.stringNode(k))
                    .append(':')
                    .append(v)
                    .append(','));
            return out.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            node.forEach(item -> out.append(canonical(item)).append(','));
            return out.append(']').toString();
        }
        return node.toString();
    }
}
