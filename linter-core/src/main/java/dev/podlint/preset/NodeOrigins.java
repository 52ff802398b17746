package dev.podlint.preset;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which document holds each node of a merged tree that did not come from the pod itself: the
 * nodes a preset injected (by identity: the same preset node may sit in several containers).
 */
final class NodeOrigins {

    /** A node's home: its document and its pointer relative to that document's object. */
    record Origin(Document document, String pointer) {}

    @SuppressWarnings("IdentityHashMapUsage") // keyed by node identity: equal nodes in two places have two origins
    private final Map<YamlNode, Origin> origins = new IdentityHashMap<>();

    /** Records {@code root} and every node below it as written in {@code document} at {@code pointer}. */
    void register(YamlNode root, Document document, String pointer) {
        Deque<Object[]> todo = new ArrayDeque<>();
        todo.push(new Object[] {root, pointer});
        while (!todo.isEmpty()) {
            Object[] next = todo.pop();
            YamlNode node = (YamlNode) next[0];
            String at = (String) next[1];
            if (origins.putIfAbsent(node, new Origin(document, at)) != null) {
                continue;
            }
            if (node instanceof MappingNode m) {
                for (MappingNode.Entry e : m.entries()) {
                    todo.push(new Object[] {e.value(), Pointers.append(at, e.key())});
                }
            } else if (node instanceof SequenceNode s) {
                for (int i = 0; i < s.size(); i++) {
                    todo.push(new Object[] {s.node(i), Pointers.append(at, i)});
                }
            }
        }
    }

    /** The origin of a node that came from elsewhere, or null for the pod's own (and new) nodes. */
    @Nullable
    Origin get(YamlNode node) {
        return origins.get(node);
    }
}
