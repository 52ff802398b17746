package dev.podlint.rule.enums;

import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The paths of a scope's enum rows as a tree, so a document is walked once for all of them: rows
 * that share a prefix ({@code volumes/*}) share the walk.
 */
final class EnumTrie<R> {

    /** Called for each scalar a row's path reaches; {@code path} is relative to the scope. */
    interface Visitor<R> {
        void visit(R row, ScalarNode value, List<Object> path);
    }

    private final Map<String, EnumTrie<R>> fields = new HashMap<>();
    private @Nullable EnumTrie<R> items;
    private final List<R> rows = new ArrayList<>();

    boolean isEmpty() {
        return fields.isEmpty() && items == null;
    }

    void add(List<EnumField.Segment> path, R row) {
        add(path, 0, row);
    }

    private void add(List<EnumField.Segment> path, int step, R row) {
        if (step == path.size()) {
            rows.add(row);
            return;
        }
        EnumField.Segment segment = path.get(step);
        if (segment.everyItem()) {
            if (items == null) {
                items = new EnumTrie<>();
            }
            items.add(path, step + 1, row);
        } else {
            for (String field : segment.fields()) {
                fields.computeIfAbsent(field, f -> new EnumTrie<>()).add(path, step + 1, row);
            }
        }
    }

    void walk(YamlNode node, List<Object> path, Visitor<R> visitor) {
        if (!rows.isEmpty() && node instanceof ScalarNode scalar) {
            for (R row : rows) {
                visitor.visit(row, scalar, path);
            }
        }
        if (node instanceof MappingNode map && !fields.isEmpty()) {
            // look the tree's fields up in the mapping, unless the mapping is much the smaller
            if (2 * map.size() < fields.size()) {
                for (MappingNode.Entry entry : map.entries()) {
                    EnumTrie<R> child = fields.get(entry.key());
                    if (child != null) {
                        descend(child, entry.value(), entry.key(), path, visitor);
                    }
                }
            } else {
                for (Map.Entry<String, EnumTrie<R>> field : fields.entrySet()) {
                    YamlNode value = map.node(field.getKey());
                    if (value != null) {
                        descend(field.getValue(), value, field.getKey(), path, visitor);
                    }
                }
            }
        } else if (node instanceof SequenceNode list && items != null) {
            for (int i = 0; i < list.size(); i++) {
                descend(items, list.node(i), i, path, visitor);
            }
        }
    }

    private static <R> void descend(
            EnumTrie<R> child, YamlNode node, Object step, List<Object> path, Visitor<R> visitor) {
        path.add(step);
        child.walk(node, path, visitor);
        path.remove(path.size() - 1);
    }
}
