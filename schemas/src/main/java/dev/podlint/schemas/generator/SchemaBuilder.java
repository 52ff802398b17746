package dev.podlint.schemas.generator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds one schema file: the kinds of a client jar, and a draft-07 definition for every model those kinds
 * reach.
 *
 * <p>Strictness: every definition is {@code "type": "object"} with {@code "additionalProperties": false}.
 * A required field must be present and not null. Every other value may be null, as Go decodes null to the
 * zero value: optional fields, array items and map values. A top-level kind's {@code apiVersion} and
 * {@code kind} allow only the kind's own values.
 */
final class SchemaBuilder {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SchemaBuilder() {}

    static ObjectNode build(ClientJar jar, KubernetesVersions.Target target) {
        Map<String, ApiCatalog.Kind> kinds = new TreeMap<>(ApiCatalog.kinds(jar));
        if (target.onlyKinds() != null) {
            kinds.values().removeIf(k -> !target.onlyKinds().contains(k.key()));
            if (kinds.size() != target.onlyKinds().size()) {
                throw new IllegalStateException(
                        "client " + target.clientJavaVersion() + " lacks some of " + target.onlyKinds());
            }
        }
        ModelReader reader = new ModelReader(jar);
        Map<String, Set<ApiCatalog.Kind>> reachedFrom = reachedFrom(kinds, reader);
        DefinitionNamer namer = new DefinitionNamer(kinds, reachedFrom);

        ObjectNode kindsNode = JSON.objectNode();
        for (Map.Entry<String, ApiCatalog.Kind> e : kinds.entrySet()) {
            kindsNode.put(e.getValue().key(), namer.name(e.getKey()));
        }
        ObjectNode definitions = JSON.objectNode();
        for (String className : new TreeSet<>(reachedFrom.keySet())) {
            String name = namer.name(className);
            definitions.set(name, definition(reader.read(className), kinds.get(className), name, namer, target));
        }
        ObjectNode file = JSON.objectNode();
        file.put("kubernetesVersion", target.kubernetesVersion());
        file.put("clientJavaVersion", target.clientJavaVersion());
        file.set("kinds", kindsNode);
        file.set("definitions", definitions);
        return file;
    }

    /** Every model reachable from the kinds, with the kinds it is reachable from. */
    private static Map<String, Set<ApiCatalog.Kind>> reachedFrom(
            Map<String, ApiCatalog.Kind> kinds, ModelReader reader) {
        Map<String, Set<ApiCatalog.Kind>> out = new TreeMap<>();
        for (Map.Entry<String, ApiCatalog.Kind> e : kinds.entrySet()) {
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> todo = new ArrayDeque<>();
            todo.add(e.getKey());
            while (!todo.isEmpty()) {
                String c = todo.poll();
                if (!seen.add(c)) {
                    continue;
                }
                out.computeIfAbsent(c, x -> new LinkedHashSet<>()).add(e.getValue());
                for (Model.Field f : reader.read(c).fields()) {
                    collectRefs(JavaTypes.shape(f.type()), todo);
                }
            }
        }
        return out;
    }

    private static void collectRefs(JavaTypes.Shape shape, Deque<String> into) {
        if (shape instanceof JavaTypes.Ref r) {
            into.add(r.className());
        } else if (shape instanceof JavaTypes.ArrayOf a) {
            collectRefs(a.items(), into);
        } else if (shape instanceof JavaTypes.MapOf m) {
            collectRefs(m.values(), into);
        }
    }

    private static ObjectNode definition(
            Model model, ApiCatalog.Kind kind, String name, DefinitionNamer namer, KubernetesVersions.Target target) {
        Set<String> required = new TreeSet<>(model.required());
        required.removeAll(FieldTable.DEFAULTED.of(target.kubernetesVersion(), name));
        required.removeAll(FieldTable.UNENFORCED_REQUIRED.of(target.kubernetesVersion(), name));
        ObjectNode properties = JSON.objectNode();
        for (Model.Field f : model.fields()) {
            ObjectNode schema;
            if (kind != null && f.jsonName().equals("apiVersion")) {
                schema = constant(kind.apiVersion());
            } else if (kind != null && f.jsonName().equals("kind")) {
                schema = constant(kind.kind());
            } else {
                schema = schema(JavaTypes.shape(f.type()), !required.contains(f.jsonName()), namer);
            }
            properties.set(f.jsonName(), schema);
        }
        for (String r : required) {
            if (!properties.has(r)) {
                throw new IllegalStateException(model.className() + " requires unknown field " + r);
            }
        }
        ObjectNode d = JSON.objectNode();
        d.put("type", "object");
        d.set("properties", properties);
        d.put("additionalProperties", false);
        if (!required.isEmpty()) {
            ArrayNode r = d.putArray("required");
            required.forEach(r::add);
        }
        return d;
    }

    private static ObjectNode constant(String value) {
        ObjectNode n = JSON.objectNode();
        n.put("type", "string");
        n.putArray("enum").add(value);
        return n;
    }

    private static ObjectNode schema(JavaTypes.Shape shape, boolean nullable, DefinitionNamer namer) {
        ObjectNode n = JSON.objectNode();
        if (shape instanceof JavaTypes.Scalar s) {
            if (s.types().size() == 1 && !nullable) {
                n.put("type", s.types().get(0));
            } else {
                ArrayNode types = n.putArray("type");
                s.types().forEach(types::add);
                if (nullable) {
                    types.add("null");
                }
            }
        } else if (shape instanceof JavaTypes.Ref r) {
            ObjectNode ref = JSON.objectNode().put("$ref", "#/definitions/" + namer.name(r.className()));
            if (!nullable) {
                return ref;
            }
            n.putArray("anyOf").add(ref).add(JSON.objectNode().put("type", "null"));
        } else if (shape instanceof JavaTypes.ArrayOf a) {
            type(n, "array", nullable);
            n.set("items", schema(a.items(), true, namer));
        } else if (shape instanceof JavaTypes.MapOf m) {
            type(n, "object", nullable);
            n.set("additionalProperties", schema(m.values(), true, namer));
        }
        // JavaTypes.Any: {} accepts any value
        return n;
    }

    private static void type(ObjectNode n, String type, boolean nullable) {
        if (nullable) {
            n.putArray("type").add(type).add("null");
        } else {
            n.put("type", type);
        }
    }
}
