package dev.podlint.rule.select;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import java.util.AbstractMap;
import java.util.Collections;
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

    /**
     * {@code parent} with one more variable (more may be put): a layer over the parent, not a copy, as
     * selections nest (pod spec, container, env var) and are made for every node of every document.
     */
    public static Map<String, Object> with(Map<String, Object> parent, String name, Object value) {
        Map<String, Object> vars = new Layer(parent);
        vars.put(name, value);
        return vars;
    }

    /** Its own variables over its parent's, which it never changes. */
    private static final class Layer extends AbstractMap<String, Object> {
        private final Map<String, Object> parent;
        private final Map<String, Object> own = new HashMap<>(8);

        Layer(Map<String, Object> parent) {
            this.parent = parent;
        }

        @Override
        public Object get(Object key) {
            Object value = own.get(key);
            return value != null || own.containsKey(key) ? value : parent.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return own.containsKey(key) || parent.containsKey(key);
        }

        @Override
        public Object put(String key, Object value) {
            Object before = get(key);
            own.put(key, value);
            return before;
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            Map<String, Object> all = new HashMap<>(parent);
            all.putAll(own);
            return Collections.unmodifiableMap(all).entrySet();
        }
    }
}
