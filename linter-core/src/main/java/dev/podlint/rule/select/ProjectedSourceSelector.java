package dev.podlint.rule.select;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code projectedSources}: every entry of {@code projected.sources} of every volume ({@code source}). */
final class ProjectedSourceSelector implements Selector {

    private final Selector volumes;

    ProjectedSourceSelector(Selector volumes) {
        this.volumes = volumes;
    }

    @Override
    public String name() {
        return "projectedSources";
    }

    @Override
    public Set<String> variables() {
        return ContainerSelector.union(volumes.variables(), Set.of("source"));
    }

    @Override
    public Set<String> kinds() {
        return volumes.kinds();
    }

    @Override
    public List<Selection> select(Document document, SelectionCache cache) {
        List<Selection> out = new ArrayList<>();
        for (Selection volume : cache.get(volumes)) {
            if (volume.node() instanceof MappingNode v && v.node("projected") instanceof MappingNode projected) {
                Children.mappings(projected, Pointers.append(volume.pointer(), "projected"), "sources",
                        (pointer, source) -> out.add(new Selection(source, pointer,
                                Variables.with(volume.variables(), "source", source))));
            }
        }
        return out;
    }
}
