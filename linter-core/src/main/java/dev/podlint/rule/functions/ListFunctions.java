package dev.podlint.rule.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code list:} functions: what a loop would do, without loops (expressions have none). */
public final class ListFunctions {

    /** The values of {@code key} in each mapping of {@code list} (missing ones skipped). */
    public List<Object> pluck(Object list, String key) {
        List<Object> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m && m.get(key) != null) {
                    out.add(m.get(key));
                }
            }
        }
        return out;
    }

    /** Whether {@code map} is a mapping with the key {@code key}: one lookup, where {@code key =~ list:keys(map)} copies every key. */
    public boolean hasKey(Object map, Object key) {
        return map instanceof Map<?, ?> m && key != null && m.containsKey(key);
    }

    /** The keys of a mapping, in order ([] for anything else). */
    public List<Object> keys(Object map) {
        return map instanceof Map<?, ?> m ? new ArrayList<>(m.keySet()) : new ArrayList<>();
    }

    /** True when some mapping of {@code list} has {@code key} equal to {@code value}. */
    public boolean any(Object list, String key, Object value) {
        if (list instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m && value != null && value.equals(m.get(key))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number of mappings of {@code list} that have {@code key} set. */
    public int countWith(Object list, String key) {
        return pluck(list, key).size();
    }

    /**
     * True when a mapping before {@code item} (the very node, not an equal one) in {@code list} has the
     * same value of {@code key}: {@code item} repeats it (the API server's "Duplicate value").
     */
    public boolean repeated(@Nullable Object list, String key, Object item) {
        if (!(list instanceof List<?> l) || !(item instanceof Map<?, ?> it) || it.get(key) == null) {
            return false;
        }
        Object value = it.get(key);
        for (Object o : l) {
            if (o == item) {
                return false;
            }
            if (o instanceof Map<?, ?> m && value.equals(m.get(key))) {
                return true;
            }
        }
        return false;
    }
}
