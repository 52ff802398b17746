package dev.podlint.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code properties} of a compiled subschema as an open-addressing table in flat arrays, built
 * once: a lookup per mapping key reads the key's cached hash and compares within the arrays, with no
 * entry objects to follow. Each slot also says whether its property is {@code required}, so one pass
 * over a mapping's keys both finds their subschemas and counts the required ones present.
 */
final class PropertyTable<V> {

    private final int mask;
    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final boolean[] required;
    private final int requiredCount;
    private final String[] requiredElsewhere;

    private PropertyTable(Map<String, V> properties, Set<String> requiredNames) {
        int capacity = Integer.highestOneBit(Math.max(4, properties.size() * 2 - 1)) << 1;
        mask = capacity - 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        required = new boolean[capacity];
        int count = 0;
        for (Map.Entry<String, V> property : properties.entrySet()) {
            String key = property.getKey();
            int i = index(key.hashCode());
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            hashes[i] = key.hashCode();
            values[i] = property.getValue();
            if (requiredNames.contains(key)) {
                required[i] = true;
                count++;
            }
        }
        requiredCount = count;
        List<String> elsewhere = new ArrayList<>();
        for (String name : requiredNames) {
            if (!properties.containsKey(name)) {
                elsewhere.add(name);
            }
        }
        requiredElsewhere = elsewhere.toArray(String[]::new);
    }

    static <V> PropertyTable<V> of(Map<String, V> properties, Set<String> required) {
        return new PropertyTable<>(properties, required);
    }

    private int index(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    /** The slot of {@code key}, or -1 when it is not a property. */
    int slot(String key) {
        int hash = key.hashCode();
        int i = index(hash);
        while (true) {
            String candidate = keys[i];
            if (candidate == null) {
                return -1;
            }
            if (hashes[i] == hash && candidate.equals(key)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    @SuppressWarnings("unchecked") // only V is stored
    V value(int slot) {
        return (V) values[slot];
    }

    boolean required(int slot) {
        return required[slot];
    }

    /** How many properties are required. */
    int requiredCount() {
        return requiredCount;
    }

    /** Required names that are not properties (the mapping must still hold them). */
    String[] requiredElsewhere() {
        return requiredElsewhere;
    }
}
