package dev.podlint.rule.select;

import dev.podlint.rule.functions.VolumeFunctions;
import dev.podlint.source.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code volumes}: each pod volume as {@code volume}, with {@code volumeProblem}, what every volume
 * is checked for ({@link VolumeFunctions#problem}), worked out here once so that a rule reading it
 * runs no expression on a valid volume.
 */
final class PodVolumeSelector implements Selector {

    private static final VolumeFunctions VOLUMES = new VolumeFunctions();

    private final Selector podSpecs;

    PodVolumeSelector(Selector podSpecs) {
        this.podSpecs = podSpecs;
    }

    @Override
    public String name() {
        return "volumes";
    }

    @Override
    public Set<String> variables() {
        return Variables.union(podSpecs.variables(), Set.of("volume", "volumeProblem"));
    }

    @Override
    public Set<String> kinds() {
        return podSpecs.kinds();
    }

    @Override
    public List<Selection> select(Document document, SelectionCache cache) {
        List<Selection> out = new ArrayList<>();
        for (Selection pod : cache.get(podSpecs)) {
            Object volumes = pod.node() instanceof Map<?, ?> spec ? spec.get("volumes") : null;
            Children.mappings(pod.node(), pod.pointer(), "volumes", (pointer, volume) -> {
                Map<String, Object> vars = Variables.with(pod.variables(), "volume", volume);
                vars.put("volumeProblem", VOLUMES.problem(volume, volumes));
                out.add(new Selection(volume, pointer, vars));
            });
        }
        return out;
    }
}
