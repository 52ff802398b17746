package dev.podlint.source;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Kubernetes object of a file: a YAML document, or one item of a {@code kind: List} document.
 *
 * @param source      the file it came from
 * @param index       0-based index of the YAML document in the file
 * @param root        the object's node (normally a mapping)
 * @param pointerBase where the object sits in its YAML document: "" or "/items/N"
 */
public record Document(SourceFile source, int index, YamlNode root, String pointerBase) {

    /** The object as a mapping, or null when the document is not a mapping. */
    public @Nullable MappingNode object() {
        return root instanceof MappingNode m ? m : null;
    }

    public @Nullable String apiVersion() {
        return field("apiVersion");
    }

    public @Nullable String kind() {
        return field("kind");
    }

    public @Nullable String name() {
        MappingNode metadata = object() == null ? null : object().mapping("metadata");
        return metadata == null ? null : metadata.string("name");
    }

    public @Nullable String namespace() {
        MappingNode metadata = object() == null ? null : object().mapping("metadata");
        return metadata == null ? null : metadata.string("namespace");
    }

    private @Nullable String field(String key) {
        MappingNode object = object();
        return object == null ? null : object.string(key);
    }

    /** The pointer of a node given relative to the object, as findings carry it. */
    public String pointer(String relative) {
        return pointerBase + relative;
    }

    /** The node at a pointer relative to the object, or null when there is none. */
    public @Nullable YamlNode nodeAt(String relativePointer) {
        YamlNode node = root;
        for (String segment : Pointers.segments(relativePointer)) {
            node = Pointers.child(node, segment);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /**
     * Where a finding about {@code relativePointer} points: the node itself when it exists, or else
     * the start of the deepest mapping or sequence on the way (the one that should hold it).
     */
    public Span spanOf(String relativePointer) {
        YamlNode node = root;
        for (String segment : Pointers.segments(relativePointer)) {
            YamlNode child = Pointers.child(node, segment);
            if (child == null) {
                return node.span().start();
            }
            node = child;
        }
        return node.span();
    }

    /** The span of the key that names the last segment of {@code relativePointer} in its mapping. */
    public Span keySpanOf(String relativePointer) {
        List<String> segments = Pointers.segments(relativePointer);
        if (segments.isEmpty()) {
            return root.span().start();
        }
        StringBuilder parent = new StringBuilder();
        for (int i = 0; i < segments.size() - 1; i++) {
            parent.append('/').append(segments.get(i).replace("~", "~0").replace("/", "~1"));
        }
        YamlNode holder = nodeAt(parent.toString());
        Span keySpan = holder instanceof MappingNode m ? m.keySpan(segments.get(segments.size() - 1)) : null;
        if (keySpan != null) {
            return keySpan;
        }
        return spanOf(relativePointer);
    }

    @Override
    public String toString() {
        return source.displayPath() + "#" + index + pointerBase + " " + kind() + "/" + name();
    }
}
