package dev.podlint.container;

import dev.podlint.rule.functions.JsonTypes;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A pod spec with its pointer, and the pod-level values the container checks read. */
record PodSpec(MappingNode node, String pointer) {

    /** The containers of the three lists, in the order the API server validates them. */
    List<Container> containers() {
        List<Container> all = new ArrayList<>();
        for (ContainerType type : ContainerType.values()) {
            if (node.node(type.field()) instanceof SequenceNode list) {
                String listPointer = Pointers.append(pointer, type.field());
                for (int i = 0; i < list.size(); i++) {
                    if (list.node(i) instanceof MappingNode container) {
                        all.add(new Container(type, Pointers.append(listPointer, i), container));
                    }
                }
            }
        }
        return all;
    }

    boolean hostNetwork() {
        return Boolean.TRUE.equals(node.get("hostNetwork"));
    }

    /** {@code terminationGracePeriodSeconds} after defaulting (30), or null when it is no integer. */
    @Nullable
    BigInteger gracePeriod() {
        Object value = node.get("terminationGracePeriodSeconds");
        return value == null ? BigInteger.valueOf(30) : JsonTypes.integer(value);
    }

    /** The pod's restartPolicy after defaulting (an empty or missing one is Always). */
    String restartPolicy() {
        Object value = node.get("restartPolicy");
        return value == null || "".equals(value) ? "Always" : String.valueOf(value);
    }

    /** {@code spec.os.name}, or null. */
    @Nullable
    String os() {
        MappingNode os = node.mapping("os");
        return os == null ? null : os.string("name");
    }

    @Nullable
    MappingNode securityContext() {
        return node.mapping("securityContext");
    }

    /** False only when {@code hostUsers} is false (it defaults to true). */
    boolean hostUsers() {
        return !Boolean.FALSE.equals(node.get("hostUsers"));
    }
}
