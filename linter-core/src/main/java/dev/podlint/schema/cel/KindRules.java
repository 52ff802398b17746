package dev.podlint.schema.cel;

import dev.podlint.schema.StructuralDefaulting;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@code x-kubernetes-validations} rules of one served CRD version, compiled once per run, keyed by
 * the schema node that declares them (the rules of an {@code allOf} branch count as its node's).
 */
final class KindRules {

    private final JsonNode schema;
    private final Map<JsonNode, List<CompiledRule>> rules;
    private final boolean defaults;

    private KindRules(JsonNode schema, Map<JsonNode, List<CompiledRule>> rules) {
        this.schema = schema;
        this.rules = rules;
        this.defaults = StructuralDefaulting.hasDefaults(schema);
    }

    /** The rules of {@code schema}, or null when it has none (then no CEL class is loaded). */
    static @Nullable KindRules of(@Nullable JsonNode schema) {
        if (schema == null || schema.findValue("x-kubernetes-validations") == null) {
            return null;
        }
        @SuppressWarnings("IdentityHashMapUsage") // rules belong to a schema node, not to every equal one
        Map<JsonNode, List<CompiledRule>> rules = new IdentityHashMap<>();
        collect(schema, rules, 0);
        return rules.isEmpty() ? null : new KindRules(schema, rules);
    }

    JsonNode schema() {
        return schema;
    }

    /** Whether the schema has defaults, so that an object is defaulted before its rules run. */
    boolean defaults() {
        return defaults;
    }

    List<CompiledRule> at(JsonNode node) {
        return rules.getOrDefault(node, List.of());
    }

    /** Schemas nest only as deep as the loader's depth limit allows; a guard all the same. */
    private static final int MAX_DEPTH = 1_000;

    private static void collect(JsonNode node, Map<JsonNode, List<CompiledRule>> into, int depth) {
        if (!node.isObject() || depth > MAX_DEPTH) {
            return;
        }
        List<CompiledRule> own = new ArrayList<>(compileAll(node));
        for (JsonNode branch : node.path("allOf")) {
            own.addAll(compileAll(branch));
        }
        if (!own.isEmpty()) {
            into.put(node, List.copyOf(own));
        }
        for (JsonNode property : node.path("properties")) {
            collect(property, into, depth + 1);
        }
        collect(node.path("items"), into, depth + 1);
        collect(node.path("additionalProperties"), into, depth + 1);
    }

    private static List<CompiledRule> compileAll(JsonNode node) {
        List<CompiledRule> out = new ArrayList<>();
        for (JsonNode entry : node.path("x-kubernetes-validations")) {
            if (entry.isObject() && entry.path("rule").isString()) {
                out.add(RuleCompiler.compile(entry));
            }
        }
        return out;
    }
}
