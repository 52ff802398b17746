package dev.podlint.container;

import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import org.jspecify.annotations.Nullable;

/** One container of a pod spec: its list, its pointer in the document and its mapping. */
record Container(ContainerType type, String pointer, MappingNode node) {

    /** The container's name when it is a string, else null. */
    @Nullable
    String name() {
        return node.string("name");
    }

    /** How a message names it: 'web', or its field path when it has no name. */
    String label() {
        String name = name();
        return name == null || name.isEmpty() ? ApiPaths.of(pointer) : "'" + Quoted.shorten(name) + "'";
    }

    /** An init container with restartPolicy Always (a sidecar). */
    boolean isSidecar() {
        return type == ContainerType.INIT && "Always".equals(node.get("restartPolicy"));
    }
}
