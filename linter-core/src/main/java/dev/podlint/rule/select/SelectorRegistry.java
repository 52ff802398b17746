package dev.podlint.rule.select;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The named selectors rule files may use in {@code select}. */
public final class SelectorRegistry {

    private static final SelectorRegistry DEFAULT = new SelectorRegistry();

    private final Map<String, Selector> selectors = new LinkedHashMap<>();

    private SelectorRegistry() {
        Selector podSpecs = new PodSpecSelector();
        Selector containers = new ContainerSelector(podSpecs);
        Selector envVars = new ChildListSelector("envVars", containers, List.of("env"), "env");
        Selector volumes = new PodVolumeSelector(podSpecs);
        add(new ObjectSelector());
        add(podSpecs);
        add(containers);
        add(envVars);
        add(new ChildListSelector("envFrom", containers, List.of("envFrom"), "envFrom"));
        add(new VolumeMountSelector(containers));
        add(new ChildListSelector("volumeDevices", containers, List.of("volumeDevices"), "device"));
        add(new ChildListSelector("tolerations", podSpecs, List.of("tolerations"), "toleration"));
        add(volumes);
        add(new ChildListSelector("projectedSources", volumes, List.of("projected", "sources"), "source"));
        add(new DownwardApiItemSelector(envVars, volumes));
        add(new ProbeSelector(containers));
        add(new DataEntrySelector());
        // a PodPreset's own lists (its validation, not the pods it changes)
        Selector presetSpecs = new PresetSpecSelector();
        add(presetSpecs);
        add(new ChildListSelector("presetEnvVars", presetSpecs, List.of("env"), "env"));
        add(new ChildListSelector("presetEnvFrom", presetSpecs, List.of("envFrom"), "envFrom"));
        add(new ChildListSelector("presetVolumes", presetSpecs, List.of("volumes"), "volume"));
        add(new ChildListSelector("presetVolumeMounts", presetSpecs, List.of("volumeMounts"), "mount"));
    }

    public static SelectorRegistry defaults() {
        return DEFAULT;
    }

    private void add(Selector selector) {
        selectors.put(selector.name(), selector);
    }

    /** The selector of that name, or null. */
    public @Nullable Selector get(String name) {
        return selectors.get(name);
    }

    public Collection<String> names() {
        return Collections.unmodifiableSet(selectors.keySet());
    }
}
