package dev.podlint.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Which field names an object of a Kubernetes type can have, as the bundled schemas say: to tell a
 * rule author that {@code container.nme} names no field. Only a closed object (fixed properties,
 * {@code additionalProperties: false}) gives an answer; below a map ({@code labels},
 * {@code resources.limits}), a free-form object, a list or a scalar nothing is known, and a name is
 * unknown only when no bundled Kubernetes version has it (fields come and go between versions).
 */
public final class FieldNames {

    private static final String REF_PREFIX = "#/definitions/";

    /**
     * A name no bundled schema has where the path puts it.
     *
     * @param index where in the path it is
     * @param known the names an object there can have, sorted
     */
    public record Unknown(int index, List<String> known) {}

    private FieldNames() {}

    /**
     * The first name of {@code path} that an object of one of the {@code definitions} (such as
     * {@code io.k8s.api.core.v1.Container}) cannot have there, or empty when each may be there or the
     * schemas cannot tell. The newest version is asked first; the others only about a name it lacks.
     */
    public static Optional<Unknown> unknown(List<String> definitions, List<String> path) {
        BundledSchemas bundled = BundledSchemas.get();
        Optional<Unknown> newest = unknown(List.of(bundled.version(bundled.newest())), definitions, path);
        if (newest.isEmpty()) {
            return newest;
        }
        List<SchemaFile> all = new ArrayList<>();
        for (KubernetesVersion version : bundled.versions()) {
            all.add(bundled.version(version));
        }
        return unknown(all, definitions, path);
    }

    private static Optional<Unknown> unknown(List<SchemaFile> files, List<String> definitions, List<String> path) {
        List<Located> current = new ArrayList<>();
        for (SchemaFile file : files) {
            for (String definition : definitions) {
                JsonNode node = file.definitions().get(definition);
                if (node != null) {
                    current.add(new Located(file, node));
                }
            }
        }
        if (current.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < path.size(); i++) {
            String name = path.get(i);
            List<Located> next = new ArrayList<>();
            TreeSet<String> known = new TreeSet<>();
            for (Located at : resolved(current)) {
                JsonNode properties = at.node().get("properties");
                JsonNode additional = at.node().get("additionalProperties");
                boolean closed = properties != null
                        && properties.isObject()
                        && additional != null
                        && additional.isBoolean()
                        && !additional.asBoolean();
                if (!closed) {
                    return Optional.empty(); // a map, a free-form object, a list or a scalar: anything goes
                }
                properties.propertyNames().forEach(known::add);
                JsonNode field = properties.get(name);
                if (field != null) {
                    next.add(new Located(at.file(), field));
                }
            }
            if (next.isEmpty()) {
                return Optional.of(new Unknown(i, List.copyOf(known)));
            }
            current = next;
        }
        return Optional.empty();
    }

    private record Located(SchemaFile file, JsonNode node) {}

    /** The schemas a node stands for: its {@code $ref} followed, each branch of {@code anyOf}/{@code oneOf}/{@code allOf} but null. */
    private static List<Located> resolved(List<Located> nodes) {
        List<Located> out = new ArrayList<>();
        for (Located at : nodes) {
            resolve(at.file(), at.node(), out, 0);
        }
        return out;
    }

    private static void resolve(SchemaFile file, JsonNode node, List<Located> out, int depth) {
        if (depth > 16) {
            out.add(new Located(file, node));
            return;
        }
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isString() && ref.asString().startsWith(REF_PREFIX)) {
            JsonNode target = file.definitions().get(ref.asString().substring(REF_PREFIX.length()));
            if (target != null) {
                resolve(file, target, out, depth + 1);
            } else {
                out.add(new Located(file, node)); // unresolvable: open
            }
            return;
        }
        boolean branched = false;
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            JsonNode branches = node.get(combinator);
            if (branches != null && branches.isArray()) {
                for (JsonNode branch : branches) {
                    if (!isNullOnly(branch)) {
                        branched = true;
                        resolve(file, branch, out, depth + 1);
                    }
                }
            }
        }
        if (!branched) {
            out.add(new Located(file, node));
        }
    }

    private static boolean isNullOnly(JsonNode schema) {
        JsonNode type = schema.get("type");
        return type != null && type.isString() && type.asString().equals("null") && schema.size() == 1;
    }
}
