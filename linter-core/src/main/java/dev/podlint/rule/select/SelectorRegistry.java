package dev.podlint.rule.select;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The named selectors rule files may use in {@code select}. */
public final class SelectorRegistry {

    private static final SelectorRegistry DEFAULT = new SelectorRegistry();

    private final Map<String, Selector> selectors = new LinkedHashMap<>();

    private SelectorRegistry() {
        Selector podSpecs = new PodSpecSelector();
        Selector containers = new ContainerSelector(podSpecs);
        Selector envVars = new ContainerListSelector("envVars", "env", "env", containers);
        Selector volumes = new VolumeSelector(podSpecs);
        add(new ObjectSelector());
        add(podSpecs);
        add(containers);
        add(envVars);
        add(new ContainerListSelector("envFrom", "envFrom", "envFrom", containers));
        add(new ContainerListSelector("volumeMounts", "volumeMounts", "mount", containers));
        add(volumes);
        add(new ProjectedSourceSelector(volumes));
        add(new DownwardApiItemSelector(envVars, volumes));
        add(new ProbeSelector(containers));
        add(new DataEntrySelector());
    }

    public static SelectorRegistry defaults() {
        return DEFAULT;
    }

    private void add(Selector selector) {
        selectors.put(selector.name(), selector);
    }

    /** The selector of that name, or null. */
    public Selector get(String name) {
        return selectors.get(name);
    }

    public Collection<String> names() {
        return Collections.unmodifiableSet(selectors.keySet());
    }
}
