package dev.podlint.preset;

import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.Span;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds changed copies of trees that share every unchanged node (with its position) with the
 * original. New keys go after the existing ones.
 */
final class TreeEdit {

    private TreeEdit() {}

    /** {@code map} with {@code key} set to {@code value}: in place when present, else appended at {@code keySpan}. */
    static MappingNode with(MappingNode map, String key, YamlNode value, @Nullable Span keySpan) {
        List<MappingNode.Entry> entries = new ArrayList<>();
        boolean replaced = false;
        for (MappingNode.Entry e : map.entries()) {
            if (e.key().equals(key)) {
                entries.add(new MappingNode.Entry(key, e.keySpan(), value));
                replaced = true;
            } else {
                entries.add(e);
            }
        }
        if (!replaced) {
            entries.add(
                    new MappingNode.Entry(key, Objects.requireNonNull(keySpan, "a new key needs its position"), value));
        }
        return MappingNode.of(map.span(), entries);
    }

    static MappingNode without(MappingNode map, String key) {
        List<MappingNode.Entry> entries = new ArrayList<>();
        for (MappingNode.Entry e : map.entries()) {
            if (!e.key().equals(key)) {
                entries.add(e);
            }
        }
        return MappingNode.of(map.span(), entries);
    }

    /** {@code list} (or a new list at {@code span} when absent) with {@code extra} appended. */
    static SequenceNode append(@Nullable SequenceNode list, List<? extends YamlNode> extra, Span span) {
        List<YamlNode> items = new ArrayList<>(list == null ? List.of() : list.nodes());
        items.addAll(extra);
        return new SequenceNode(list == null ? span : list.span(), items);
    }

    /** {@code list} with item {@code index} replaced. */
    static SequenceNode replace(@Nullable SequenceNode list, int index, YamlNode item) {
        SequenceNode sequence = Objects.requireNonNull(list, "the path exists");
        List<YamlNode> items = new ArrayList<>(sequence.nodes());
        items.set(index, item);
        return new SequenceNode(sequence.span(), items);
    }

    /** {@code root} with the node at {@code path} (mapping keys and sequence indexes) replaced. */
    static YamlNode replaceAt(@Nullable YamlNode root, List<String> path, YamlNode replacement) {
        if (path.isEmpty()) {
            return replacement;
        }
        String head = path.get(0);
        List<String> rest = path.subList(1, path.size());
        if (root instanceof MappingNode m) {
            return with(m, head, replaceAt(m.node(head), rest, replacement), m.keySpan(head));
        }
        SequenceNode s = (SequenceNode) Objects.requireNonNull(root, "the path exists");
        int index = Integer.parseInt(head);
        return replace(s, index, replaceAt(s.node(index), rest, replacement));
    }
}
