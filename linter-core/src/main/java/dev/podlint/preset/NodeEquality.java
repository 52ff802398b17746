package dev.podlint.preset;

import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Structural equality of trees ({@link MappingNode} and {@link SequenceNode} compare by identity, so
 * two entries written in different files are never {@code equals}). Mappings compare regardless of
 * key order, integers regardless of their Java type; positions are ignored.
 */
public final class NodeEquality {

    private NodeEquality() {}

    /** Same structure and values, exactly as written (null values included). */
    public static boolean equal(YamlNode a, YamlNode b) {
        return Objects.equals(plain(a), plain(b));
    }

    /**
     * Go's {@code reflect.DeepEqual} on the decoded API objects, as the admission plugin compares
     * entries: after the same v1 defaults on both sides, with {@code null} and zero values of
     * non-pointer fields equal to absent, and {@code optional: false} still different from no
     * {@code optional}; a pod's entry as decoded from the create request, a preset's as read back
     * from storage (see {@link Decoding}).
     */
    static boolean deepEqual(Located a, Located b, EntryKind kind) {
        return deepEqual(a.node(), Decoding.of(a), b.node(), Decoding.of(b), kind);
    }

    static boolean deepEqual(MappingNode a, Decoding aDecoding, MappingNode b, Decoding bDecoding, EntryKind kind) {
        return Objects.equals(V1Defaults.canonical(a, kind, aDecoding), V1Defaults.canonical(b, kind, bDecoding));
    }

    /** The tree as plain, comparable Java values: HashMap, ArrayList, String, Boolean, BigInteger, Double, null. */
    public static @Nullable Object plain(@Nullable YamlNode node) {
        if (node == null) {
            return null;
        }
        if (node instanceof MappingNode m) {
            Map<String, Object> out = new HashMap<>();
            for (MappingNode.Entry e : m.entries()) {
                out.put(e.key(), plain(e.value()));
            }
            return out;
        }
        if (node instanceof SequenceNode s) {
            List<Object> out = new ArrayList<>(s.size());
            for (YamlNode item : s.nodes()) {
                out.add(plain(item));
            }
            return out;
        }
        return scalar((ScalarNode) node);
    }

    static @Nullable Object scalar(ScalarNode scalar) {
        Object value = scalar.value();
        if (value instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (value instanceof Integer i) {
            return BigInteger.valueOf(i);
        }
        return value;
    }
}
