package dev.podlint.validation;

import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;

/**
 * Reads a document the way the API server's decoder would see it, for values of the expected type
 * only: a value of another type is the schema check's finding, not the validation's.
 */
final class Nodes {

    private Nodes() {
    }

    static MappingNode map(MappingNode parent, String key) {
        return parent == null ? null : parent.mapping(key);
    }

    static MappingNode map(MappingNode parent, String... path) {
        MappingNode node = parent;
        for (String key : path) {
            node = map(node, key);
        }
        return node;
    }

    static SequenceNode list(MappingNode parent, String key) {
        return parent == null ? null : parent.sequence(key);
    }

    /** The string under {@code key}, or null (absent, null, or not a string). */
    static String string(MappingNode parent, String key) {
        return parent == null ? null : parent.string(key);
    }

    /** True when {@code key} holds a value other than null (as JSON would carry it). */
    static boolean present(MappingNode parent, String key) {
        if (parent == null) {
            return false;
        }
        YamlNode node = parent.node(key);
        return node != null && !(node instanceof ScalarNode s && s.value() == null);
    }

    /** An integer under {@code key} in the 64-bit range, or null. */
    static Long integer(MappingNode parent, String key) {
        return parent != null && parent.get(key) instanceof Long l ? l : null;
    }

    /** An int32 field: null when absent, not an integer, or out of int32 range (a decode error). */
    static Long int32(MappingNode parent, String key) {
        Long l = integer(parent, key);
        return l != null && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? l : null;
    }

    static Boolean bool(MappingNode parent, String key) {
        return parent != null && parent.get(key) instanceof Boolean b ? b : null;
    }

    /** A string scalar's value, or null. */
    static String string(YamlNode node) {
        return node instanceof ScalarNode s && s.value() instanceof String str ? str : null;
    }

    /** The mapping at item {@code i} of a list, or null. */
    static MappingNode item(SequenceNode list, int i) {
        return list.node(i) instanceof MappingNode m ? m : null;
    }
}
