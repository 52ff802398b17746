package dev.podlint.source;

import java.util.ArrayList;
import java.util.List;

/** Where a file's Secret values are written, so that no output ever shows them. */
public final class SecretValues {

    private SecretValues() {}

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

    /**
     * {@code problem} as it may be shown: when it lies inside a Secret's value (a key of a mapping
     * written as a value is as secret as the rest of it), with a message that quotes nothing and the
     * pointer of the value's own entry ({@code /stringData/KEY}).
     */
    public static LoadProblem withoutValues(LoadProblem problem, List<Document> documents) {
        Span at = problem.span();
        for (Document document : documents) {
            for (String field : FIELDS) {
                for (YamlNode value : nodes(document, field)) {
                    Span span = value.span();
                    if (span.contains(at.line(), at.column())
                            && !(span.line() == at.line() && span.column() == at.column())) {
                        return new LoadProblem(
                                problem.type(),
                                problem.documentIndex(),
                                entryOf(problem.pointer(), field),
                                "the YAML of a Secret's value has a problem ("
                                        + problem.type().ruleId() + "; not shown, as the value is secret)",
                                problem.span());
                    }
                }
            }
        }
        return problem;
    }

    private static String entryOf(String pointer, String field) {
        int at = pointer.indexOf("/" + field + "/");
        int end = at < 0 ? -1 : pointer.indexOf('/', at + field.length() + 2);
        return end < 0 ? pointer : pointer.substring(0, end);
    }
}
