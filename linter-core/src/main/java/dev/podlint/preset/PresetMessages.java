package dev.podlint.preset;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The texts of preset findings, shared by {@code podlint lint} and {@code podlint merge}. */
public final class PresetMessages {

    private PresetMessages() {}

    public static String conflict(Conflict c, List<PodPreset> selected) {
        String where = c.container() == null
                ? c.target().describe()
                : "container \"" + c.container().name() + "\" of " + c.target().describe();
        String other = Objects.requireNonNull(c.existing(), "a conflict is with an entry already there")
                        .fromPod()
                ? "the pod's own entry"
                : "PodPreset \"" + c.existing().preset() + "\"";
        String names = selected.stream().map(p -> "\"" + p.name() + "\"").collect(Collectors.joining(", "));
        return "PodPreset \"" + c.incoming().preset() + "\" conflicts with " + other + ": two "
                + c.kind().noun()
                + "s with " + c.key() + " differ, in " + where + storageNote(c) + "; Kubernetes would apply none of"
                + " the PodPresets that select it (" + names + ") and create the pod unchanged. Make the two entries"
                + " identical, or keep the preset away from this pod (its selector, or the annotation "
                + PresetSelection.EXCLUDE_ANNOTATION + ": \"true\")";
    }

    /** Entries equal as sent that differ only once the preset has been through storage. */
    private static String storageNote(Conflict c) {
        if (Objects.requireNonNull(c.existing(), "a conflict is with an entry already there")
                        .fromPod()
                && NodeEquality.deepEqual(
                        c.existing().node(), Decoding.REQUEST, c.incoming().node(), Decoding.REQUEST, c.kind())) {
            return " (equal as written, but the plugin reads the preset back from storage: each quantity rewritten"
                    + " in canonical form, which only a canonical spelling on the pod such as 1Gi or 1Mi equals, an"
                    + " absent divisor turned into 0, empty lists and maps dropped)";
        }
        return "";
    }

    /** The related location's text: the other side of a conflict. */
    public static String conflictOtherSide(Conflict c) {
        return (Objects.requireNonNull(c.existing(), "a conflict is with an entry already there")
                                .fromPod()
                        ? "the pod's own "
                        : "from PodPreset \"" + c.existing().preset() + "\": ")
                + c.kind().noun() + " with " + c.key();
    }

    public static String envFromDropped(Conflict d) {
        var own = Objects.requireNonNull(d.container(), "envFrom is a container's")
                .node()
                .sequence("envFrom");
        return "PodPreset \"" + d.incoming().preset() + "\" has envFrom " + d.key() + " like container \""
                + d.container().name() + "\" of " + d.target().describe() + ", but not identical: the Kubernetes"
                + " admission plugin then empties that container's envFrom (all " + (own == null ? 0 : own.size())
                + " of its own sources are lost) while applying everything else. Make the two entries identical"
                + " (optional: false is not the same as no optional)";
    }

    public static String selectorInvalid(PodPreset preset) {
        return "the selector of PodPreset \"" + preset.name() + "\" cannot be converted ("
                + Objects.requireNonNull(preset.selectorError(), "its selector failed")
                        .getMessage() + "), so the admission plugin rejects every Pod created in"
                + " namespace \"" + preset.namespace() + "\" (\"filtering pod presets failed\"); fix the selector";
    }

    public static String unused(PodPreset preset, boolean templates) {
        return "PodPreset \"" + preset.name() + "\" selects no Pod in namespace \"" + preset.namespace()
                + "\" among the linted files" + (templates ? " (nor any pod template)" : "")
                + ", so it changes nothing here; check its selector and namespace";
    }
}
