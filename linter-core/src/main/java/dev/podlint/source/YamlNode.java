package dev.podlint.source;

import org.jspecify.annotations.Nullable;

/**
 * A node of a parsed document: a mapping, a sequence or a scalar, with its exact position.
 * Mappings and sequences also behave as {@code Map<String,Object>} and {@code List<Object>} whose
 * values are plain Java values (scalars unwrapped), so expressions can read them directly.
 */
public sealed interface YamlNode permits MappingNode, SequenceNode, ScalarNode {

    Span span();

    /** The JSON type name: object, array, string, integer, number, boolean or null. */
    String jsonType();

    /** The plain value: a scalar's Java value, or the collection node itself. */
    Object value();

    /** The plain value of a node, or null for no node. */
    static @Nullable Object valueOf(YamlNode node) {
        return node == null ? null : node.value();
    }
}
