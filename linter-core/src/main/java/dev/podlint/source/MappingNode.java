package dev.podlint.source;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A YAML mapping with string keys (as kubectl stringifies them), in document order. As a
 * {@code Map} it is read-only and yields plain values; {@link #node(String)} and
 * {@link #keySpan(String)} give positions.
 */
public final class MappingNode extends AbstractMap<String, Object> implements YamlNode {

    /** One key of a mapping: where the key is written and the node it maps to. */
    public record Entry(String key, Span keySpan, YamlNode value) {}

    private final Span span;
    /** The entries in order, found by key without a hash map when there are few. */
    private final EntryTable entries;

    private final List<Entry> duplicates;
    private @Nullable Set<Map.Entry<String, Object>> entrySetView;

    /** @param entries not changed afterwards */
    MappingNode(Span span, EntryTable entries, List<Entry> duplicates) {
        this.span = span;
        this.entries = entries;
        this.duplicates = duplicates;
    }

    MappingNode(Span span, EntryTable entries) {
        this(span, entries, List.of());
    }

    public static MappingNode of(Span span, Collection<Entry> entries) {
        EntryTable byKey = new EntryTable(entries.size());
        for (Entry entry : entries) {
            byKey.putIfAbsent(entry);
        }
        return new MappingNode(span, byKey);
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public String jsonType() {
        return "object";
    }

    @Override
    public Object value() {
        return this;
    }

    public @Nullable YamlNode node(String key) {
        Entry entry = entries.find(key);
        return entry == null ? null : entry.value();
    }

    public @Nullable Span keySpan(String key) {
        Entry entry = entries.find(key);
        return entry == null ? null : entry.keySpan();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Entries dropped because their key repeats an earlier one (reported as duplicate-key). */
    public List<Entry> duplicates() {
        return duplicates;
    }

    /** The mapping under {@code key}, or null when absent or not a mapping. */
    public @Nullable MappingNode mapping(String key) {
        return node(key) instanceof MappingNode m ? m : null;
    }

    /** The sequence under {@code key}, or null when absent or not a sequence. */
    public @Nullable SequenceNode sequence(String key) {
        return node(key) instanceof SequenceNode s ? s : null;
    }

    /** The string under {@code key}, or null when absent or not a string. */
    public @Nullable String string(String key) {
        return get(key) instanceof String s ? s : null;
    }

    @Override
    public @Nullable Object get(Object key) {
        Entry entry = entries.find(key);
        return entry == null ? null : entry.value().value();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.find(key) != null;
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return each(Entry::key);
            }

            @Override
            public boolean contains(Object key) {
                return containsKey(key);
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        if (entrySetView == null) {
            entrySetView = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Object>> iterator() {
                    return each(
                            e -> new SimpleImmutableEntry<>(e.key(), e.value().value()));
                }

                @Override
                public int size() {
                    return entries.size();
                }
            };
        }
        return entrySetView;
    }

    /** The entries in order, each as {@code view} shows it. */
    private <T> Iterator<T> each(Function<Entry, T> view) {
        Iterator<Entry> it = entries.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public T next() {
                return view.apply(it.next());
            }
        };
    }

    // Identity semantics: two mappings at different places are different nodes, and hashing a
    // large tree (or an alias-heavy one) must stay cheap.
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "MappingNode" + keySet() + "@" + span;
    }
}
