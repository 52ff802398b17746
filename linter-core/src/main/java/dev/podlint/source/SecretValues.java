package dev.podlint.source;

import java.util.ArrayList;
import java.util.List;

/** Where a file's Secret values are written, so that no output ever shows them. */
public final class SecretValues {

    private SecretValues() {
    }

    /** The spans of the values under {@code data} and {@code stringData} of every Secret among {@code documents}. */
    public static List<Span> spans(List<Document> documents) {
        List<Span> spans = new ArrayList<>();
        for (Document document : documents) {
            MappingNode object = document.object();
            if (object == null || !"Secret".equals(object.string("kind"))) {
                continue;
            }
            for (String field : List.of("data", "stringData")) {
                if (object.node(field) instanceof MappingNode values) {
                    values.entries().forEach(e -> spans.add(e.value().span()));
                    values.duplicates().forEach(e -> spans.add(e.value().span()));
                } else if (object.node(field) != null) {
                    spans.add(object.node(field).span());
                }
            }
        }
        return spans;
    }
}
