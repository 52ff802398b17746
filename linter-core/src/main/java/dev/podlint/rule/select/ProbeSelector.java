package dev.podlint.rule.select;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code probes}: every liveness, readiness and startup probe of every container ({@code probe},
 * {@code probeType} = liveness, readiness or startup).
 */
final class ProbeSelector implements Selector {

    private static final List<String> FIELDS = List.of("livenessProbe", "readinessProbe", "startupProbe");

    private final Selector containers;

    ProbeSelector(Selector containers) {
        this.containers = containers;
    }

    @Override
    public String name() {
        return "probes";
    }

    @Override
    public Set<String> variables() {
        return Variables.union(containers.variables(), Set.of("probe", "probeType"));
    }

    @Override
    public Set<String> kinds() {
        return containers.kinds();
    }

    @Override
    public List<Selection> select(Document document, SelectionCache cache) {
        List<Selection> out = new ArrayList<>();
        for (Selection container : cache.get(containers)) {
            if (!(container.node() instanceof MappingNode c)) {
                continue;
            }
            for (String field : FIELDS) {
                if (c.node(field) instanceof MappingNode probe) {
                    var vars = Variables.with(container.variables(), "probe", probe);
                    vars.put("probeType", field.substring(0, field.length() - "Probe".length()));
                    out.add(new Selection(probe, Pointers.append(container.pointer(), field), vars));
                }
            }
        }
        return out;
    }
}
