package dev.podlint.rule.select;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The variables every selection carries, and a helper to extend a parent's. */
public final class Variables {

    /** Present in every selection: the object and its identity. */
    public static final Set<String> COMMON = Set.of("object", "kind", "apiVersion", "metadata");

    private Variables() {
    }

    public static Map<String, Object> common(Document document) {
        Map<String, Object> vars = new HashMap<>();
        MappingNode object = document.object();
        vars.put("object", object);
        vars.put("kind", document.kind());
        vars.put("apiVersion", document.apiVersion());
        vars.put("metadata", object == null ? null : object.get("metadata"));
        return vars;
    }

    /** The variables of two selectors together. */
    public static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** A copy of {@code parent} with one more variable. */
    public static Map<String, Object> with(Map<String, Object> parent, String name, Object value) {
        Map<String, Object> vars = new HashMap<>(parent);
        vars.put(name, value);
        return vars;
    }
}
