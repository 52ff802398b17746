package dev.podlint.rule.select;

import dev.podlint.rule.functions.VolumeFunctions;
import dev.podlint.source.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code volumeMounts}: each volumeMount of every container as {@code mount}, with
 * {@code mountProblem} ({@link VolumeFunctions#mountProblem}) and {@code volumeFound} (its name is
 * one of the pod's {@code volumeNames}), worked out here once so that rules reading them run no
 * expression on a valid mount.
 */
final class VolumeMountSelector implements Selector {

    private static final VolumeFunctions VOLUMES = new VolumeFunctions();

    private final Selector containers;

    VolumeMountSelector(Selector containers) {
        this.containers = containers;
    }

    @Override
    public String name() {
        return "volumeMounts";
    }

    @Override
    public Set<String> variables() {
        return Variables.union(containers.variables(), Set.of("mount", "mountProblem", "volumeFound"));
    }

    @Override
    public Set<String> kinds() {
        return containers.kinds();
    }

    @Override
    public List<Selection> select(Document document, SelectionCache cache) {
        List<Selection> out = new ArrayList<>();
        for (Selection container : cache.get(containers)) {
            Object volumeNames = container.variables().get("volumeNames");
            Children.mappings(container.node(), container.pointer(), "volumeMounts", (pointer, mount) -> {
                Map<String, Object> vars = Variables.with(container.variables(), "mount", mount);
                vars.put("mountProblem", VOLUMES.mountProblem(mount, container.node()));
                vars.put("volumeFound", volumeNames instanceof List<?> names && names.contains(mount.get("name")));
                out.add(new Selection(mount, pointer, vars));
            });
        }
        return out;
    }
}
