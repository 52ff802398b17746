package dev.podlint.source;

import java.util.AbstractList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/** A YAML sequence. As a {@code List} it is read-only and yields plain values. */
public final class SequenceNode extends AbstractList<Object> implements YamlNode, RandomAccess {

    private final Span span;
    private final List<YamlNode> items;

    public SequenceNode(Span span, List<YamlNode> items) {
        this.span = span;
        this.items = items;
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public String jsonType() {
        return "array";
    }

    @Override
    public Object value() {
        return this;
    }

    public YamlNode node(int index) {
        return items.get(index);
    }

    public List<YamlNode> nodes() {
        return Collections.unmodifiableList(items);
    }

    @Override
    public Object get(int index) {
        return items.get(index).value();
    }

    @Override
    public int size() {
        return items.size();
    }

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
        return "SequenceNode[" + items.size() + "]@" + span;
    }
}
