package dev.podlint.oracle.mutate;

import java.util.ArrayList;
import java.util.List;

/**
 * A mapping, in written order. Keys may repeat (a duplicate-key mutation needs that): the lookups see
 * the first entry.
 */
public final class YMap implements YNode {

    /** One key: value line; {@code comment} is written as a comment line above it when set. */
    public static final class Entry {
        public String key;
        public YNode value;
        public String comment;

        Entry(String key, YNode value) {
            this.key = key;
            this.value = value;
        }
    }

    public final List<Entry> entries = new ArrayList<>();
    /** Written as {@code {a: b}} (only when every value is a scalar). */
    public boolean flow;

    public static YMap of(Object... keysAndValues) {
        YMap map = new YMap();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            map.put((String) keysAndValues[i], value instanceof YNode n ? n : YScalar.str(String.valueOf(value)));
        }
        return map;
    }

    public Entry entry(String key) {
        for (Entry e : entries) {
            if (e.key.equals(key)) {
                return e;
            }
        }
        return null;
    }

    public boolean has(String key) {
        return entry(key) != null;
    }

    public YNode get(String key) {
        Entry e = entry(key);
        return e == null ? null : e.value;
    }

    public YMap map(String key) {
        return get(key) instanceof YMap m ? m : null;
    }

    public YList list(String key) {
        return get(key) instanceof YList l ? l : null;
    }

    /** The scalar text at {@code key}, or null. */
    public String text(String key) {
        return get(key) instanceof YScalar s ? s.text() : null;
    }

    /** The mapping at {@code key}, created (at the end) when absent. */
    public YMap mapOrNew(String key) {
        YMap m = map(key);
        if (m == null) {
            m = new YMap();
            put(key, m);
        }
        return m;
    }

    /** The sequence at {@code key}, created (at the end) when absent. */
    public YList listOrNew(String key) {
        YList l = list(key);
        if (l == null) {
            l = new YList();
            put(key, l);
        }
        return l;
    }

    /** Replaces the value of {@code key} in place, or appends the key. */
    public YMap put(String key, YNode value) {
        Entry e = entry(key);
        if (e == null) {
            entries.add(new Entry(key, value));
        } else {
            e.value = value;
        }
        return this;
    }

    public YMap put(String key, String value) {
        return put(key, YScalar.str(value));
    }

    /** Inserts {@code key} first (an existing entry of that key is removed). */
    public void putFirst(String key, YNode value) {
        remove(key);
        entries.add(0, new Entry(key, value));
    }

    /** Appends another entry of the same key (a duplicate key). */
    public void append(String key, YNode value) {
        entries.add(new Entry(key, value));
    }

    public YNode remove(String key) {
        Entry e = entry(key);
        if (e == null) {
            return null;
        }
        entries.remove(e);
        return e.value;
    }

    /** Renames a key where it stands; false when absent. */
    public boolean rename(String key, String newKey) {
        Entry e = entry(key);
        if (e == null) {
            return false;
        }
        e.key = newKey;
        return true;
    }

    public List<String> keys() {
        return entries.stream().map(e -> e.key).toList();
    }

    public int size() {
        return entries.size();
    }

    @Override
    public YMap copy() {
        YMap copy = new YMap();
        copy.flow = flow;
        for (Entry e : entries) {
            Entry c = new Entry(e.key, e.value.copy());
            c.comment = e.comment;
            copy.entries.add(c);
        }
        return copy;
    }
}
