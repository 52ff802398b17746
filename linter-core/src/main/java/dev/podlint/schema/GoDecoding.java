package dev.podlint.schema;

import dev.podlint.kube.GoQuantity;
import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import dev.podlint.util.Once;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the API server's strict JSON decoding into the Go types rejects although the JSON schema's
 * types allow it: a resource quantity {@code Quantity.UnmarshalJSON} cannot parse ({@code 20 Gi},
 * {@code 1GB}), and an integer beyond its Go type (int32 for the fields the OpenAPI documents mark
 * {@code format: int32} and for an int-or-string, int64 for the others). Either fails the decode of
 * the whole object. Applies to built-in kinds only: custom resources are not decoded into Go types.
 */
final class GoDecoding {

    private static final String INT32_FIELDS = "/dev/podlint/schema/int32-fields.txt";
    private static final Once<Set<String>> INT32 = new Once<>(GoDecoding::load);
    private static final long INT32_MIN = Integer.MIN_VALUE;
    private static final long INT32_MAX = Integer.MAX_VALUE;
    private static final int INT32_BITS = 32;
    private static final int INT64_BITS = 64;
    private static final String DEFINITIONS = "#/definitions/";
    private static final int MAX_REF_HOPS = 32;
    /** A value is quoted up to this many characters: a message stays a message. */
    private static final int MAX_SHOWN = 120;

    private final JsonNode document;
    private final Document instance;
    private final List<SchemaViolation> violations = new ArrayList<>();

    private GoDecoding(JsonNode document, Document instance) {
        this.document = document;
        this.instance = instance;
    }

    /** The decode problems of {@code instance}'s object against the kind's schema document. */
    static List<SchemaViolation> problems(JsonNode schemaDocument, Document instance) {
        GoDecoding walk = new GoDecoding(schemaDocument, instance);
        walk.walk(instance.object(), schemaDocument, null, "", "");
        return walk.violations;
    }

    /** Whether some integer field might be beyond int32 here: the quick check leaves such objects to {@link #problems}. */
    static boolean beyondInt32(@Nullable Object value) {
        return value instanceof BigInteger || (value instanceof Long l && (l < INT32_MIN || l > INT32_MAX));
    }

    /**
     * Walks {@code node} with {@code schema}; {@code definition} is the definition last entered
     * through a $ref and {@code field} the path from it ({@code ports[]}, {@code labels{}}).
     */
    private void walk(
            @Nullable YamlNode node, JsonNode schema, @Nullable String definition, String field, String pointer) {
        if (node == null || schema == null) {
            return;
        }
        for (int hop = 0; hop < MAX_REF_HOPS; hop++) {
            JsonNode ref = schema.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(DEFINITIONS)) {
                definition = ref.asString().substring(DEFINITIONS.length());
                field = "";
                schema = document.at(ref.asString().substring(1));
                if (schema.isMissingNode()) {
                    return;
                }
                continue;
            }
            JsonNode branch = SchemaNavigator.onlyNonNullBranch(schema);
            if (branch == null) {
                break;
            }
            schema = branch;
        }
        if (node instanceof MappingNode mapping) {
            JsonNode properties = schema.get("properties");
            JsonNode additional = schema.get("additionalProperties");
            for (MappingNode.Entry entry : mapping.entries()) {
                String at = Pointers.append(pointer, entry.key());
                if (properties != null && properties.has(entry.key())) {
                    walk(
                            entry.value(),
                            properties.get(entry.key()),
                            definition,
                            field.isEmpty() ? entry.key() : field + "." + entry.key(),
                            at);
                } else if (additional != null && additional.isObject()) {
                    walk(entry.value(), additional, definition, field + "{}", at);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            JsonNode items = schema.get("items");
            if (items != null && items.isObject()) {
                for (int i = 0; i < sequence.nodes().size(); i++) {
                    walk(sequence.nodes().get(i), items, definition, field + "[]", pointer + "/" + i);
                }
            }
        } else if (node instanceof ScalarNode scalar) {
            scalar(scalar, schema, definition, field, pointer);
        }
    }

    private void scalar(ScalarNode scalar, JsonNode schema, @Nullable String definition, String field, String pointer) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return;
        }
        boolean integer = hasType(type, "integer");
        boolean string = hasType(type, "string");
        Object value = scalar.value();
        if (hasType(type, "number") && string) {
            if ((value instanceof String
                            || (value instanceof Number && !(value instanceof Double d && !Double.isFinite(d))))
                    && !GoQuantity.decodes(value)) {
                violations.add(new SchemaViolation(
                        pointer,
                        scalar.span(),
                        prefix(pointer) + shown(scalar)
                                + " is not a quantity, so the API server cannot decode the object (quantities must match"
                                + " '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$', no space before the suffix); write e.g."
                                + " 20Gi, 512Mi, 1.5 or 250m"));
            }
        } else if (integer) {
            BigInteger number = integer(value);
            boolean int32 = string || INT32.get().contains(definition + " " + field);
            if (number != null && !fits(number, int32 ? INT32_BITS : INT64_BITS)) {
                violations.add(
                        new SchemaViolation(
                                pointer,
                                scalar.span(),
                                prefix(pointer) + shown(scalar)
                                        + " is beyond the range of "
                                        + (int32
                                                ? "int32 (-2147483648 to 2147483647)"
                                                : "int64 (-9223372036854775808 to 9223372036854775807)")
                                        + ", the Go type the API server decodes this field into, so it cannot decode the object"));
            }
        }
    }

    /**
     * The integer kubectl's JSON holds for a YAML integer, or for a float with no fraction (go-yaml
     * reads an integer beyond uint64 as a float, and encoding/json writes it without exponent below
     * 1e21); null for anything else (the schema's type check reports a fraction).
     */
    private static @Nullable BigInteger integer(@Nullable Object value) {
        if (value instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (value instanceof BigInteger b) {
            return b;
        }
        if (value instanceof Double d) {
            String json = GoQuantity.jsonFloat(d);
            return json == null || json.contains(".") || json.contains("e") ? null : new BigInteger(json);
        }
        return null;
    }

    private static boolean fits(BigInteger number, int bits) {
        return number.bitLength() < bits;
    }

    /** The value as written; not in a Secret. */
    private String shown(ScalarNode scalar) {
        if ("Secret".equals(instance.kind())) {
            return "the value";
        }
        String text = scalar.value() instanceof String s ? s : scalar.text();
        String cut = text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 20) + "...";
        return scalar.value() instanceof String ? "'" + cut + "'" : cut;
    }

    private static String prefix(String pointer) {
        String path = Pointers.toFieldPath(pointer);
        return path.isEmpty() ? "" : path + ": ";
    }

    private static boolean hasType(JsonNode type, String name) {
        if (type.isString()) {
            return type.asString().equals(name);
        }
        for (JsonNode t : type) {
            if (t.asString("").equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Reads the int32 field list now, unless done already. */
    static void prefetch() {
        INT32.get();
    }

    private static Set<String> load() {
        Set<String> fields = new HashSet<>();
        try (InputStream in = GoDecoding.class.getResourceAsStream(INT32_FIELDS)) {
            if (in == null) {
                throw new IllegalStateException(INT32_FIELDS + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    fields.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(fields);
    }
}
