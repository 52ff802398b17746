package dev.podlint.rule.select;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Each mapping of a list below every node another selector picks, as variable {@code variable}:
 * {@code envVars} (containers' {@code env}), {@code envFrom}, {@code volumeMounts} ({@code mount}),
 * {@code volumes} (pod specs' {@code volumes}), {@code projectedSources} (volumes'
 * {@code projected.sources}, as {@code source}), and a PodPreset's own lists ({@code presetEnvVars},
 * {@code presetEnvFrom}, {@code presetVolumes}, {@code presetVolumeMounts}).
 */
final class ChildListSelector implements Selector {

    private final String name;
    private final Selector parent;
    private final List<String> path;
    private final String variable;

    /** @param path the fields from the parent's node to the list, e.g. ["projected", "sources"] */
    ChildListSelector(String name, Selector parent, List<String> path, String variable) {
        this.name = name;
        this.parent = parent;
        this.path = List.copyOf(path);
        this.variable = variable;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> variables() {
        return Variables.union(parent.variables(), Set.of(variable));
    }

    @Override
    public Set<String> kinds() {
        return parent.kinds();
    }

    @Override
    public List<Selection> select(Document document, SelectionCache cache) {
        List<Selection> out = new ArrayList<>();
        for (Selection selected : cache.get(parent)) {
            Object holder = selected.node();
            String pointer = selected.pointer();
            for (String field : path.subList(0, path.size() - 1)) {
                holder = holder instanceof MappingNode m ? m.node(field) : null;
                pointer = Pointers.append(pointer, field);
            }
            if (holder instanceof MappingNode m) {
                Children.mappings(
                        m,
                        pointer,
                        path.get(path.size() - 1),
                        (itemPointer, item) -> out.add(new Selection(
                                item, itemPointer, Variables.with(selected.variables(), variable, item))));
            }
        }
        return out;
    }
}
