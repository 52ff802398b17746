package dev.podlint.oracle.mutate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Systematic drops, one document per field: every field of a seed is walked against the bundled 1.36
 * schema of its kind, and each present field is removed once, at any depth and in list items. A field
 * the schema marks required is a {@link #REQUIRED} drop (the API server should reject it, unless
 * validation accepts the zero value Go decodes); any other field is an {@link #OPTIONAL} drop (the API
 * server should accept it, unless validation wants it after all: "Required value"). So the harness asks
 * the oracle about every required field of the schema a seed uses, and about every field whose
 * absence validation might reject without the schema saying so.
 *
 * <p>A field is dropped once per seed: in the first list item that has it ({@code containers[0].name}
 * stands for every container's name). The top-level {@code apiVersion} and {@code kind} are left
 * alone (without them there is no object to validate), and so are the keys of maps (labels, data) and
 * the few fields an admission plugin fills in ({@link #FILLED_BY_ADMISSION}).
 */
public final class FieldDrops {

    public static final String REQUIRED = "drop-required-field";
    public static final String OPTIONAL = "drop-optional-field";

    /**
     * Fields an admission plugin that a cluster runs by default fills in before validation, which the
     * oracle (no admission) cannot judge: a Pod's serviceAccountName (the ServiceAccount plugin sets
     * "default", so a projected serviceAccountToken source stays allowed).
     */
    private static final Set<String> FILLED_BY_ADMISSION = Set.of("Pod .spec.serviceAccountName");

    private static final String SCHEMA = "/dev/podlint/schemas/kubernetes/v1.36.json";
    private static final String REF_PREFIX = "#/definitions/";

    /** One field of a seed to drop: where it is (keys and list indexes) and whether the schema requires it. */
    public record Drop(Seed seed, List<Object> parent, String key, boolean required) {

        public String id() {
            return required ? REQUIRED : OPTIONAL;
        }

        /** The Kubernetes field path of the dropped field ({@code spec.containers[0].name}). */
        public String path() {
            StringBuilder path = new StringBuilder();
            for (Object step : parent) {
                if (step instanceof Integer i) {
                    path.append('[').append(i).append(']');
                } else {
                    path.append(path.isEmpty() ? "" : ".").append(step);
                }
            }
            return path.isEmpty() ? key : path + "." + key;
        }

        /** A copy of the seed without the field. */
        public Doc apply() {
            Doc doc = new Doc(seed);
            YNode node = doc.root;
            for (Object step : parent) {
                node = step instanceof Integer i ? ((YList) node).get(i) : ((YMap) node).get((String) step);
            }
            ((YMap) node).remove(key);
            return doc;
        }
    }

    private final JsonNode definitions;
    private final JsonNode kinds;

    private FieldDrops(JsonNode schemaFile) {
        this.definitions = schemaFile.get("definitions");
        this.kinds = schemaFile.get("kinds");
    }

    public static FieldDrops bundled() {
        try (InputStream in = FieldDrops.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is not on the classpath");
            }
            return new FieldDrops(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every drop of every seed, in seed order and then in the seed's written order. */
    public List<Drop> drops(List<Seed> seeds) {
        List<Drop> drops = new ArrayList<>();
        for (Seed seed : seeds) {
            drops.addAll(drops(seed));
        }
        return drops;
    }

    /** The drops of one seed; none when the schema has no such kind. */
    public List<Drop> drops(Seed seed) {
        JsonNode definition = kinds.get(seed.root().text("apiVersion") + "/" + seed.kind());
        List<Drop> drops = new ArrayList<>();
        if (definition != null) {
            walk(seed, seed.root(), definitions.get(definition.asString()), new ArrayList<>(), new HashSet<>(), drops);
        }
        return drops;
    }

    private void walk(Seed seed, YMap map, JsonNode schema, List<Object> at, Set<String> seen, List<Drop> drops) {
        JsonNode properties = schema.path("properties");
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        for (String key : map.keys()) {
            JsonNode property = properties.get(key);
            if (property == null || (at.isEmpty() && (key.equals("apiVersion") || key.equals("kind")))) {
                continue;
            }
            String pattern = pattern(at, key);
            if (seen.add(pattern) && !FILLED_BY_ADMISSION.contains(seed.kind() + " " + pattern)) {
                drops.add(new Drop(seed, List.copyOf(at), key, required.contains(key)));
            }
            List<Object> next = new ArrayList<>(at);
            next.add(key);
            descend(seed, map.get(key), resolve(property), next, seen, drops);
        }
    }

    private void descend(Seed seed, YNode value, JsonNode schema, List<Object> at, Set<String> seen, List<Drop> drops) {
        if (value instanceof YMap child && schema.has("properties")) {
            walk(seed, child, schema, at, seen, drops);
        } else if (value instanceof YList list && schema.has("items")) {
            JsonNode items = resolve(schema.get("items"));
            for (int i = 0; i < list.size(); i++) {
                List<Object> next = new ArrayList<>(at);
                next.add(i);
                descend(seed, list.get(i), items, next, seen, drops);
            }
        }
    }

    /** The object or array schema behind a $ref or an optional reference ({@code anyOf: [$ref, null]}). */
    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            return resolve(definitions.get(schema.get("$ref").asString().substring(REF_PREFIX.length())));
        }
        if (schema.has("anyOf")) {
            for (JsonNode alternative : schema.get("anyOf")) {
                if (!"null".equals(alternative.path("type").asString(""))) {
                    return resolve(alternative);
                }
            }
        }
        return schema;
    }

    /** The field's path with list indexes left out: one drop per field of a seed, not per list item. */
    private static String pattern(List<Object> at, String key) {
        StringBuilder p = new StringBuilder();
        for (Object step : at) {
            p.append(step instanceof Integer ? "[]" : "." + step);
        }
        return p + "." + key;
    }
}
