package dev.podlint.source;

import java.util.ArrayList;
import java.util.List;

/** Where a file's Secret values are written, so that no output ever shows them. */
public final class SecretValues {

    private SecretValues() {
    }

    /** The fields of a Secret that hold its values. */
    public static final List<String> FIELDS = List.of("data", "stringData");

    /** The spans of the values under {@code data} and {@code stringData} of every Secret among {@code documents}. */
    public static List<Span> spans(List<Document> documents) {
        List<Span> spans = new ArrayList<>();
        for (Document document : documents) {
            for (String field : FIELDS) {
                nodes(document, field).forEach(node -> spans.add(node.span()));
            }
        }
        return spans;
    }

    /**
     * The nodes holding a Secret's values under {@code field}: each entry's value (duplicated keys'
     * too), or the field's whole node when it is no mapping; none when {@code document} is no Secret.
     */
    public static List<YamlNode> nodes(Document document, String field) {
        MappingNode object = document.object();
        if (object == null || !"Secret".equals(object.string("kind")) || object.node(field) == null) {
            return List.of();
        }
        if (!(object.node(field) instanceof MappingNode values)) {
            return List.of(object.node(field));
        }
        List<YamlNode> nodes = new ArrayList<>();
        values.entries().forEach(e -> nodes.add(e.value()));
        values.duplicates().forEach(e -> nodes.add(e.value()));
        return nodes;
    }
}
