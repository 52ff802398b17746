package dev.podlint.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code definitions} of a bundled schema file, each decoded when a kind that reaches it is first
 * resolved: a cold run over one Deployment decodes the definitions a Deployment refers to, not the
 * whole file ({@link PackedSchemas}); a file parsed whole (no packed form) has them all already.
 */
final class Definitions {

    private static final String REF_PREFIX = "#/definitions/";

    /** Each definition's place in the file. */
    private final Map<String, Integer> order;

    private final Function<String, JsonNode> decode;
    private final boolean decodedOnUse;
    private final Map<String, JsonNode> parsed = new ConcurrentHashMap<>();

    private Definitions(Map<String, Integer> order, Function<String, JsonNode> decode, boolean decodedOnUse) {
        this.order = order;
        this.decode = decode;
        this.decodedOnUse = decodedOnUse;
    }

    /** Definitions parsed already (a file read whole). */
    static Definitions of(JsonNode definitions) {
        Map<String, Integer> order = new LinkedHashMap<>();
        Definitions all = new Definitions(
                order,
                name -> {
                    throw new IllegalStateException("every definition is parsed: " + name);
                },
                false);
        for (Map.Entry<String, JsonNode> entry : definitions.properties()) {
            order.put(entry.getKey(), order.size());
            all.parsed.put(entry.getKey(), entry.getValue());
        }
        return all;
    }

    /** The definitions of these names, in file order, each decoded when first reached. */
    static Definitions decodedOnUse(Collection<String> names, Function<String, JsonNode> decode) {
        Map<String, Integer> order = new HashMap<>();
        for (String name : names) {
            order.put(name, order.size());
        }
        return new Definitions(order, decode, true);
    }

    /** Whether the definitions are decoded one by one (false: the file was parsed whole). */
    boolean decodedOnUse() {
        return decodedOnUse;
    }

    /**
     * The definition {@code root} and every definition it refers to, directly or not, in file order:
     * what a schema with {@code "$ref": "#/definitions/<root>"} can reach.
     */
    ObjectNode closure(@Nullable String root) {
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        if (root != null) {
            todo.push(root);
        }
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!order.containsKey(name) || !reached.add(name)) {
                continue;
            }
            collectRefs(definition(name), todo);
        }
        List<String> names = new ArrayList<>(reached);
        names.sort(Comparator.comparingInt(this::position));
        ObjectNode closure = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            closure.set(name, definition(name));
        }
        return closure;
    }

    /** The definition of that name, or null when the file has none. */
    @Nullable
    JsonNode get(String name) {
        return order.containsKey(name) ? definition(name) : null;
    }

    private JsonNode definition(String name) {
        JsonNode node = parsed.get(name);
        return node != null ? node : parsed.computeIfAbsent(name, decode);
    }

    private int position(String name) {
        return Objects.requireNonNull(order.get(name), "only definitions of the file are reached");
    }

    private static void collectRefs(JsonNode node, Deque<String> todo) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(REF_PREFIX)) {
                todo.push(ref.asString().substring(REF_PREFIX.length()));
            }
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                collectRefs(child, todo);
            }
        }
    }
}
