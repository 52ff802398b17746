package dev.podlint.rule.select;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The variables every selection carries, and a helper to extend a parent's. */
public final class Variables {

    /** Present in every selection: the object and its identity. */
    public static final Set<String> COMMON = Set.of("object", "kind", "apiVersion", "metadata");

    private Variables() {}

    public static Map<String, Object> common(Document document) {
        Map<String, Object> vars = new Layer(Map.of());
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

    /**
     * Its own variables over its parent's, which it never changes. A selection has a handful of
     * variables, read by every expression evaluated on it: a short array scan beats hashing the name.
     */
    private static final class Layer extends AbstractMap<String, Object> {
        private final Map<String, Object> parent;
        private String[] names = new String[4];
        private Object[] values = new Object[4];
        private int size;

        Layer(Map<String, Object> parent) {
            this.parent = parent;
        }

        private int indexOf(Object key) {
            for (int i = 0; i < size; i++) {
                if (names[i] == key) {
                    return i;
                }
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public @Nullable Object get(Object key) {
            int i = indexOf(key);
            return i >= 0 ? values[i] : parent.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0 || parent.containsKey(key);
        }

        @Override
        public @Nullable Object put(String key, Object value) {
            int i = indexOf(key);
            if (i >= 0) {
                Object before = values[i];
                values[i] = value;
                return before;
            }
            Object before = parent.get(key);
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = java.util.Objects.requireNonNull(key);
            values[size++] = value;
            return before;
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            Map<String, Object> all = new HashMap<>(parent);
            for (int i = 0; i < size; i++) {
                all.put(names[i], values[i]);
            }
            return Collections.unmodifiableMap(all).entrySet();
        }
    }
}
