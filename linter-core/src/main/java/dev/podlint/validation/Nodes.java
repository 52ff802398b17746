package dev.podlint.validation;

import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads a document the way the API server's decoder would see it, for values of the expected type
 * only: a value of another type is the schema check's finding, not the validation's.
 */
final class Nodes {

    private Nodes() {}

    static @Nullable MappingNode map(@Nullable MappingNode parent, String key) {
        return parent == null ? null : parent.mapping(key);
    }

    static @Nullable MappingNode map(@Nullable MappingNode parent, String... path) {
        MappingNode node = parent;
        for (String key : path) {
            node = map(node, key);
        }
        return node;
    }

    static @Nullable SequenceNode list(@Nullable MappingNode parent, String key) {
        return parent == null ? null : parent.sequence(key);
    }

    /** The string under {@code key}, or null (absent, null, or not a string). */
    static @Nullable String string(@Nullable MappingNode parent, String key) {
        return parent == null ? null : parent.string(key);
    }

    /** True when {@code key} holds a value other than null (as JSON would carry it). */
    static boolean present(@Nullable MappingNode parent, String key) {
        if (parent == null) {
            return false;
        }
        YamlNode node = parent.node(key);
        return node != null && !(node instanceof ScalarNode s && s.value() == null);
    }

    /**
     * True when {@code key} is written with a null value (which decodes to the Go zero value), not
     * left out: a key left out of a required field is the schema check's finding.
     */
    static boolean isNull(@Nullable MappingNode parent, String key) {
        return parent != null && parent.containsKey(key) && !present(parent, key);
    }

    /** An integer under {@code key} in the 64-bit range, or null. */
    static @Nullable Long integer(@Nullable MappingNode parent, String key) {
        return parent != null && parent.get(key) instanceof Long l ? l : null;
    }

    /** An int32 field: null when absent, not an integer, or out of int32 range (a decode error). */
    static @Nullable Long int32(@Nullable MappingNode parent, String key) {
        Long l = integer(parent, key);
        return l != null && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? l : null;
    }

    static @Nullable Boolean bool(@Nullable MappingNode parent, String key) {
        return (parent != null && parent.get(key) instanceof Boolean b) ? b : null;
    }

    /** A string scalar's value, or null. */
    static @Nullable String string(@Nullable YamlNode node) {
        return node instanceof ScalarNode s && s.value() instanceof String str ? str : null;
    }

    /** The mapping at item {@code i} of a list, or null. */
    static @Nullable MappingNode item(SequenceNode list, int i) {
        return list.node(i) instanceof MappingNode m ? m : null;
    }
}
