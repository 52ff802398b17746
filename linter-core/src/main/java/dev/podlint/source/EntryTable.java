package dev.podlint.source;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A mapping's entries in document order, each key once, as a read-only list. Most mappings of a
 * manifest hold a handful of keys: up to {@value #SCAN_LIMIT} a lookup compares the keys in order
 * (their hashes are cached in the strings), with no hash table to build or follow; a larger mapping
 * gets an open-addressing index of positions. Filled while its mapping is read, then owned by the
 * {@link MappingNode} and never changed.
 */
final class EntryTable extends AbstractList<MappingNode.Entry> implements RandomAccess {

    private static final int SCAN_LIMIT = 8;

    private MappingNode.Entry[] entries;
    private int size;
    /** Position + 1 of the entry in each slot (0: empty), once there are more than SCAN_LIMIT entries. */
    private int @Nullable [] slots;

    EntryTable(int capacity) {
        entries = new MappingNode.Entry[Math.max(2, capacity)];
    }

    @Override
    public MappingNode.Entry get(int index) {
        Objects.checkIndex(index, size);
        return entries[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** The entry under {@code key}, or null. */
    MappingNode.@Nullable Entry find(Object key) {
        int at = positionOf(key);
        return at < 0 ? null : entries[at];
    }

    private int positionOf(Object key) {
        if (!(key instanceof String name)) {
            return -1;
        }
        int hash = name.hashCode();
        int[] index = slots;
        if (index == null) {
            for (int i = 0; i < size; i++) {
                String candidate = entries[i].key();
                if (candidate == name || (candidate.hashCode() == hash && candidate.equals(name))) {
                    return i;
                }
            }
            return -1;
        }
        int mask = index.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int position = index[slot];
            if (position == 0) {
                return -1;
            }
            String candidate = entries[position - 1].key();
            if (candidate == name || candidate.equals(name)) {
                return position - 1;
            }
        }
    }

    /**
     * Writes {@code entry} under its key: in the place of an earlier entry with that key (which it
     * returns), else at the end, as a {@code LinkedHashMap} does.
     */
    MappingNode.@Nullable Entry put(MappingNode.Entry entry) {
        int at = positionOf(entry.key());
        if (at < 0) {
            append(entry);
            return null;
        }
        MappingNode.Entry earlier = entries[at];
        entries[at] = entry;
        return earlier;
    }

    /** Appends {@code entry} unless its key is already there. */
    void putIfAbsent(MappingNode.Entry entry) {
        if (positionOf(entry.key()) < 0) {
            append(entry);
        }
    }

    private void append(MappingNode.Entry entry) {
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = entry;
        int[] index = slots;
        if (index != null && size * 2 <= index.length) {
            insert(index, size - 1);
        } else if (size > SCAN_LIMIT) {
            reindex();
        }
    }

    private void reindex() {
        int[] index = new int[Integer.highestOneBit(size * 2) << 1];
        for (int i = 0; i < size; i++) {
            insert(index, i);
        }
        slots = index;
    }

    private void insert(int[] index, int position) {
        int mask = index.length - 1;
        int slot = spread(entries[position].key().hashCode()) & mask;
        while (index[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        index[slot] = position + 1;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
