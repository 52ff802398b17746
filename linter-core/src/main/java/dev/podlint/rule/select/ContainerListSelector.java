package dev.podlint.rule.select;

import dev.podlint.source.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Each mapping of a list field of every container: {@code envVars} (env, variable {@code env}),
 * {@code envFrom} ({@code envFrom}), {@code volumeMounts} ({@code mount}).
 */
final class ContainerListSelector implements Selector {

    private final String name;
    private final String field;
    private final String variable;
    private final Selector containers;

    ContainerListSelector(String name, String field, String variable, Selector containers) {
        this.name = name;
        this.field = field;
        this.variable = variable;
        this.containers = containers;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> variables() {
        return ContainerSelector.union(containers.variables(), Set.of(variable));
    }

    @Override
    public Set<String> kinds() {
        return containers.kinds();
    }

    @Override
    public List<Selection> select(Document document, SelectionCache cache) {
        List<Selection> out = new ArrayList<>();
        for (Selection container : cache.get(containers)) {
            Children.mappings(container.node(), container.pointer(), field, (pointer, item) ->
                    out.add(new Selection(item, pointer, Variables.with(container.variables(), variable, item))));
        }
        return out;
    }
}
