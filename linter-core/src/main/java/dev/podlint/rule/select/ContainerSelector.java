package dev.podlint.rule.select;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code containers}: every container of every pod spec; {@code containerType} is {@code init},
 * {@code container} or {@code ephemeral}; {@code longRunning} holds for the regular containers of
 * long-running pods only.
 */
final class ContainerSelector implements Selector {

    private static final Map<String, String> FIELDS =
            Map.of("initContainers", "init", "containers", "container", "ephemeralContainers", "ephemeral");
    private static final List<String> ORDER = List.of("initContainers", "containers", "ephemeralContainers");

    private final Selector podSpecs;

    ContainerSelector(Selector podSpecs) {
        this.podSpecs = podSpecs;
    }

    @Override
    public String name() {
        return "containers";
    }

    @Override
    public Set<String> variables() {
        return Variables.union(podSpecs.variables(), Set.of("container", "containerType", "portNames"));
    }

    @Override
    public Set<String> kinds() {
        return podSpecs.kinds();
    }

    @Override
    public List<Selection> select(Document document, SelectionCache cache) {
        List<Selection> out = new ArrayList<>();
        for (Selection pod : cache.get(podSpecs)) {
            for (String field : ORDER) {
                String type = FIELDS.get(field);
                Children.mappings(pod.node(), pod.pointer(), field, (pointer, container) -> {
                    Map<String, Object> vars = Variables.with(pod.variables(), "container", container);
                    vars.put("containerType", type);
                    vars.put(
                            "longRunning",
                            Boolean.TRUE.equals(pod.variables().get("longRunning")) && "container".equals(type));
                    vars.put("portNames", portNames(container));
                    out.add(new Selection(container, pointer, vars));
                });
            }
        }
        return out;
    }

    private static List<Object> portNames(MappingNode container) {
        List<Object> names = new ArrayList<>();
        Children.mappings(container, "", "ports", (pointer, port) -> {
            if (port.get("name") != null) {
                names.add(port.get("name"));
            }
        });
        return names;
    }
}
