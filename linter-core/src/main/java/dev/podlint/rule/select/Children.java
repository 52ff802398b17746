package dev.podlint.rule.select;

import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** Walks the mappings of a list field, with their pointers. */
final class Children {

    private Children() {}

    /** Calls {@code each} with (pointer, mapping) for every mapping item of {@code parent[field]}. */
    static void mappings(
            @Nullable YamlNode parent, String parentPointer, String field, BiConsumer<String, MappingNode> each) {
        if (!(parent instanceof MappingNode m) || !(m.node(field) instanceof SequenceNode list)) {
            return;
        }
        String listPointer = Pointers.append(parentPointer, field);
        for (int i = 0; i < list.size(); i++) {
            if (list.node(i) instanceof MappingNode item) {
                each.accept(Pointers.append(listPointer, i), item);
            }
        }
    }
}
