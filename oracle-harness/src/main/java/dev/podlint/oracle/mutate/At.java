package dev.podlint.oracle.mutate;

import java.util.ArrayList;
import java.util.List;

/**
 * A mapping of a document and its field path as Kubernetes writes it
 * ({@code spec.template.spec.containers[0]}), so that a mutation can say where it changed something.
 */
public record At(YMap map, String path) {

    public static At root(YMap map) {
        return new At(map, "");
    }

    /** The path of {@code key} in this mapping. */
    public String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public String item(String key, int index) {
        return field(key) + "[" + index + "]";
    }

    public At map(String key) {
        YMap child = map.map(key);
        return child == null ? null : new At(child, field(key));
    }

    public At mapOrNew(String key) {
        return new At(map.mapOrNew(key), field(key));
    }

    /** The mappings of the sequence at {@code key} (none when absent). */
    public List<At> items(String key) {
        List<At> items = new ArrayList<>();
        YList list = map.list(key);
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof YMap m) {
                    items.add(new At(m, item(key, i)));
                }
            }
        }
        return items;
    }

    public YList list(String key) {
        return map.list(key);
    }

    public String text(String key) {
        return map.text(key);
    }

    public boolean has(String key) {
        return map.has(key);
    }
}
