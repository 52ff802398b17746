package dev.podlint.preset;

import dev.podlint.source.YamlNode;
import org.jspecify.annotations.Nullable;

/** A label selector that {@code metav1.LabelSelectorAsSelector} cannot convert, and the node at fault. */
public final class InvalidSelectorException extends Exception {

    private final transient @Nullable YamlNode node;
    private final String relativePointer;

    public InvalidSelectorException(@Nullable YamlNode node, String relativePointer, String message) {
        super(message, null, false, false);
        this.node = node;
        this.relativePointer = relativePointer;
    }

    public @Nullable YamlNode node() {
        return node;
    }

    /** Pointer of {@link #node()} relative to the selector. */
    public String relativePointer() {
        return relativePointer;
    }
}
