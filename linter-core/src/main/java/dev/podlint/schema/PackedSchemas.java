package dev.podlint.schema;

import dev.podlint.source.PackedBytes;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundled schema files as the build packs them ({@link BundledSchemaPacker}): each definition a
 * binary JSON tree decoded on first use into the Jackson nodes {@link JsonTreeReader} would give,
 * behind a header of the version, the kinds and where each definition starts. A cold start reads
 * a Deployment's definitions without scanning the file or running a JSON parser.
 *
 * <p>Body ({@link PackedBytes}): the definitions' trees, then the header the entry offset points at.
 */
final class PackedSchemas {

    /** Where the build writes them: {@code <DIR><file name without .json>.packed}. */
    static final String DIR = "dev/podlint/schemas/packed/";

    private static final int MAGIC = 0x50534331; // "PSC1"
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final int OBJECT = 0;
    private static final int ARRAY = 1;
    private static final int STRING = 2;
    private static final int INT = 3;
    private static final int LONG = 4;
    private static final int BIG_INTEGER = 5;
    private static final int DOUBLE = 6;
    private static final int TRUE = 7;
    private static final int FALSE = 8;
    private static final int NULL = 9;

    private PackedSchemas() {}

    static String resourceName(String schemaFileName) {
        return DIR + schemaFileName.replaceFirst("\\.json$", "") + ".packed";
    }

    static byte[] pack(JsonNode file) {
        PackedBytes.Writer out = new PackedBytes.Writer();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> definition : file.get("definitions").properties()) {
            offsets.put(definition.getKey(), out.position());
            node(out, definition.getValue());
        }
        int header = out.position();
        out.string(file.get("kubernetesVersion").asString());
        JsonNode kinds = file.get("kinds");
        out.varint(kinds.size());
        for (Map.Entry<String, JsonNode> kind : kinds.properties()) {
            out.string(kind.getKey());
            out.string(kind.getValue().asString());
        }
        out.varint(offsets.size());
        offsets.forEach((name, offset) -> {
            out.string(name);
            out.varint(offset);
        });
        return out.finish(MAGIC, header);
    }

    static SchemaFile read(String resourceName, byte[] bytes) {
        PackedBytes.Contents contents = new PackedBytes.Contents(bytes, MAGIC, resourceName);
        PackedBytes.Cursor in = contents.entry();
        String kubernetesVersion = in.string();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (int i = (int) in.varint(); i > 0; i--) {
            kinds.put(in.string(), in.string());
        }
        Map<String, Integer> offsets = new LinkedHashMap<>();
        for (int i = (int) in.varint(); i > 0; i--) {
            offsets.put(in.string(), (int) in.varint());
        }
        return new SchemaFile(
                resourceName,
                kubernetesVersion,
                Collections.unmodifiableMap(kinds),
                Definitions.decodedOnUse(
                        offsets.keySet(),
                        name -> node(contents.at(Objects.requireNonNull(
                                offsets.get(name), "only definitions of the file are reached")))));
    }

    /** The kinds a packed file serves, its definitions left alone. */
    static Set<String> kinds(byte[] bytes, String resourceName) {
        PackedBytes.Cursor in = new PackedBytes.Contents(bytes, MAGIC, resourceName).entry();
        in.string();
        Set<String> kinds = new LinkedHashSet<>();
        for (int i = (int) in.varint(); i > 0; i--) {
            kinds.add(in.string());
            in.string();
        }
        return Collections.unmodifiableSet(kinds);
    }

    private static void node(PackedBytes.Writer out, JsonNode node) {
        if (node.isObject()) {
            out.varint(OBJECT);
            out.varint(node.size());
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                out.string(property.getKey());
                node(out, property.getValue());
            }
        } else if (node.isArray()) {
            out.varint(ARRAY);
            out.varint(node.size());
            for (JsonNode item : node) {
                node(out, item);
            }
        } else if (node.isString()) {
            out.varint(STRING);
            out.string(node.asString());
        } else if (node.isInt()) {
            out.varint(INT);
            out.signed(node.intValue());
        } else if (node.isLong()) {
            out.varint(LONG);
            out.signed(node.longValue());
        } else if (node.isBigInteger()) {
            out.varint(BIG_INTEGER);
            out.string(node.bigIntegerValue().toString());
        } else if (node.isDouble()) {
            out.varint(DOUBLE);
            out.varint(Double.doubleToRawLongBits(node.doubleValue()));
        } else if (node.isBoolean()) {
            out.varint(node.booleanValue() ? TRUE : FALSE);
        } else if (node.isNull()) {
            out.varint(NULL);
        } else {
            throw new IllegalArgumentException("cannot pack a JSON node of type " + node.getNodeType());
        }
    }

    private static JsonNode node(PackedBytes.Cursor in) {
        int type = in.readByte();
        return switch (type) {
            case OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (int i = (int) in.varint(); i > 0; i--) {
                    String name = in.string();
                    object.set(name, node(in));
                }
                yield object;
            }
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = (int) in.varint(); i > 0; i--) {
                    array.add(node(in));
                }
                yield array;
            }
            case STRING -> NODES.stringNode(in.string());
            case INT -> NODES.numberNode((int) in.signed());
            case LONG -> NODES.numberNode(in.signed());
            case BIG_INTEGER -> NODES.numberNode(new BigInteger(in.string()));
            case DOUBLE -> NODES.numberNode(Double.longBitsToDouble(in.varint()));
            case TRUE -> NODES.booleanNode(true);
            case FALSE -> NODES.booleanNode(false);
            case NULL -> NODES.nullNode();
            default -> throw new IllegalArgumentException("corrupt packed schema: node type " + type);
        };
    }
}
