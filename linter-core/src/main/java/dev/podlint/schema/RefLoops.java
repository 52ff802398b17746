package dev.podlint.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Finds a subschema that applies to itself without descending into the value: a chain of local
 * {@code $ref}s, {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, {@code if}/{@code then}/{@code else}
 * that comes back to where it started. A validator would recurse on it without end. Recursion that
 * descends ({@code properties}, {@code items}, ...) is fine: the value's depth bounds it.
 */
final class RefLoops {

    private static final List<String> IN_PLACE_LISTS = List.of("allOf", "anyOf", "oneOf");
    private static final List<String> IN_PLACE_SCHEMAS = List.of("not", "if", "then", "else");

    private RefLoops() {}

    /** The JSON pointer of a subschema on such a loop, or null when there is none. */
    static @Nullable String find(JsonNode document) {
        @SuppressWarnings("IdentityHashMapUsage") // a subschema's place is its identity: equal subschemas differ
        Map<JsonNode, String> pointers = new IdentityHashMap<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pointers.put(document, "");
        pending.push(document);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            String pointer = pointers.get(node);
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    add(field.getValue(), pointer + "/" + escape(field.getKey()), pointers, pending);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    add(node.get(i), pointer + "/" + i, pointers, pending);
                }
            }
        }
        Set<JsonNode> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<JsonNode, String> schema : pointers.entrySet()) {
            if (schema.getKey().isObject() && loops(document, schema.getKey(), done)) {
                return "#" + schema.getValue();
            }
        }
        return null;
    }

    private static void add(JsonNode child, String pointer, Map<JsonNode, String> pointers, Deque<JsonNode> pending) {
        if ((child.isObject() || child.isArray()) && pointers.putIfAbsent(child, pointer) == null) {
            pending.push(child);
        }
    }

    /** Whether an in-place walk from {@code start} comes back to a node on its own path (iterative). */
    private static boolean loops(JsonNode document, JsonNode start, Set<JsonNode> done) {
        if (done.contains(start)) {
            return false;
        }
        Set<JsonNode> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<JsonNode> path = new ArrayDeque<>();
        Deque<java.util.Iterator<JsonNode>> next = new ArrayDeque<>();
        path.push(start);
        onPath.add(start);
        next.push(inPlace(document, start).iterator());
        while (!path.isEmpty()) {
            java.util.Iterator<JsonNode> children = next.peek();
            if (!children.hasNext()) {
                JsonNode finished = path.pop();
                next.pop();
                onPath.remove(finished);
                done.add(finished);
                continue;
            }
            JsonNode child = children.next();
            if (onPath.contains(child)) {
                return true;
            }
            if (done.contains(child)) {
                continue;
            }
            path.push(child);
            onPath.add(child);
            next.push(inPlace(document, child).iterator());
        }
        return false;
    }

    private static List<JsonNode> inPlace(JsonNode document, JsonNode schema) {
        List<JsonNode> out = new ArrayList<>();
        if (!schema.isObject()) {
            return out;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isString() && ref.asString().startsWith("#")) {
            try {
                JsonNode target = document.at(ref.asString().substring(1));
                if (target.isObject()) {
                    out.add(target);
                }
            } catch (IllegalArgumentException notAPointer) {
                // the validator reports it
            }
        }
        for (String keyword : IN_PLACE_LISTS) {
            JsonNode list = schema.get(keyword);
            if (list != null && list.isArray()) {
                list.forEach(item -> {
                    if (item.isObject()) {
                        out.add(item);
                    }
                });
            }
        }
        for (String keyword : IN_PLACE_SCHEMAS) {
            JsonNode sub = schema.get(keyword);
            if (sub != null && sub.isObject()) {
                out.add(sub);
            }
        }
        return out;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
