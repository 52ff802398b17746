package dev.podlint.rule.select;

import dev.podlint.source.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code volumes}: every volume of every pod spec (variable {@code volume}). */
final class VolumeSelector implements Selector {

    private final Selector podSpecs;

    VolumeSelector(Selector podSpecs) {
        this.podSpecs = podSpecs;
    }

    @Override
    public String name() {
        return "volumes";
    }

    @Override
    public Set<String> variables() {
        return ContainerSelector.union(podSpecs.variables(), Set.of("volume"));
    }

    @Override
    public Set<String> kinds() {
        return podSpecs.kinds();
    }

    @Override
    public List<Selection> select(Document document, SelectionCache cache) {
        List<Selection> out = new ArrayList<>();
        for (Selection pod : cache.get(podSpecs)) {
            Children.mappings(pod.node(), pod.pointer(), "volumes", (pointer, volume) ->
                    out.add(new Selection(volume, pointer, Variables.with(pod.variables(), "volume", volume))));
        }
        return out;
    }
}
