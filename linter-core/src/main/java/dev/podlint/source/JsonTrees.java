package dev.podlint.source;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts a document tree to the Jackson tree a schema validator reads, once per document: the
 * JSON kubectl would send (scalars already typed as go-yaml v2 types them; timestamps as strings).
 */
public final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    public static JsonNode toJson(YamlNode node) {
        if (node instanceof MappingNode mapping) {
            // Sized up front: no rehashing while filling (this conversion is a large part of validation).
            Map<String, JsonNode> fields = new LinkedHashMap<>((int) (mapping.size() / 0.75f) + 1);
            for (MappingNode.Entry entry : mapping.entries()) {
                fields.put(entry.key(), toJson(entry.value()));
            }
            return new ObjectNode(NODES, fields);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode(sequence.size());
            for (YamlNode item : sequence.nodes()) {
                array.add(toJson(item));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private static JsonNode scalar(ScalarNode scalar) {
        Object value = scalar.value();
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.longValue());
        }
        return NODES.stringNode(value.toString());
    }
}
