package dev.podlint.rule.select;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code downwardApiItems}: every place a pod reads its own fields. {@code channel} is {@code env}
 * for an env var's {@code valueFrom} (the selected node) holding a fieldRef or resourceFieldRef,
 * {@code volume} for an item of a downwardAPI volume or of a projected downwardAPI source
 * ({@code projected} true). Variables: {@code item}, {@code fieldRef}, {@code resourceFieldRef}.
 */
final class DownwardApiItemSelector implements Selector {

    private final Selector envVars;
    private final Selector volumes;

    DownwardApiItemSelector(Selector envVars, Selector volumes) {
        this.envVars = envVars;
        this.volumes = volumes;
    }

    @Override
    public String name() {
        return "downwardApiItems";
    }

    @Override
    public Set<String> variables() {
        return Variables.union(
                Variables.union(envVars.variables(), volumes.variables()),
                Set.of("item", "channel", "projected", "fieldRef", "resourceFieldRef"));
    }

    @Override
    public Set<String> kinds() {
        return envVars.kinds();
    }

    @Override
    public List<Selection> select(Document document, SelectionCache cache) {
        List<Selection> out = new ArrayList<>();
        for (Selection env : cache.get(envVars)) {
            if (env.node() instanceof MappingNode e
                    && e.node("valueFrom") instanceof MappingNode valueFrom
                    && (valueFrom.get("fieldRef") != null || valueFrom.get("resourceFieldRef") != null)) {
                out.add(item(env.variables(), valueFrom, Pointers.append(env.pointer(), "valueFrom"), "env", false));
            }
        }
        for (Selection volume : cache.get(volumes)) {
            if (!(volume.node() instanceof MappingNode v)) {
                continue;
            }
            if (v.node("downwardAPI") instanceof MappingNode downward) {
                Children.mappings(
                        downward,
                        Pointers.append(volume.pointer(), "downwardAPI"),
                        "items",
                        (pointer, item) -> out.add(item(volume.variables(), item, pointer, "volume", false)));
            }
            if (v.node("projected") instanceof MappingNode projected) {
                Children.mappings(
                        projected,
                        Pointers.append(volume.pointer(), "projected"),
                        "sources",
                        (sourcePointer, source) -> {
                            if (source.node("downwardAPI") instanceof MappingNode downward) {
                                Children.mappings(
                                        downward,
                                        Pointers.append(sourcePointer, "downwardAPI"),
                                        "items",
                                        (pointer, item) ->
                                                out.add(item(volume.variables(), item, pointer, "volume", true)));
                            }
                        });
            }
        }
        return out;
    }

    private static Selection item(
            Map<String, Object> parent, MappingNode item, String pointer, String channel, boolean projected) {
        Map<String, Object> vars = Variables.with(parent, "item", item);
        vars.put("channel", channel);
        vars.put("projected", projected);
        vars.put("fieldRef", item.get("fieldRef"));
        vars.put("resourceFieldRef", item.get("resourceFieldRef"));
        return new Selection(item, pointer, vars);
    }
}
