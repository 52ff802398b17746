package dev.podlint.oracle.mutate;

import java.util.ArrayList;
import java.util.List;

/** A sequence. */
public final class YList implements YNode {

    public final List<YNode> items = new ArrayList<>();
    /** Written as {@code [a, b]} (only when every item is a scalar). */
    public boolean flow;

    public static YList of(YNode... nodes) {
        YList list = new YList();
        list.items.addAll(List.of(nodes));
        return list;
    }

    public static YList ofStrings(String... values) {
        YList list = new YList();
        for (String v : values) {
            list.items.add(YScalar.str(v));
        }
        return list;
    }

    public int size() {
        return items.size();
    }

    public YNode get(int i) {
        return items.get(i);
    }

    public YMap map(int i) {
        return items.get(i) instanceof YMap m ? m : null;
    }

    public void add(YNode node) {
        items.add(node);
    }

    @Override
    public YList copy() {
        YList copy = new YList();
        copy.flow = flow;
        items.forEach(item -> copy.items.add(item.copy()));
        return copy;
    }
}
