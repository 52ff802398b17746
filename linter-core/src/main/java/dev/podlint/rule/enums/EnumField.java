package dev.podlint.rule.enums;

import dev.podlint.schema.KubernetesVersion;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One row of the enum table: a field (a path below a scope), the values the API server accepts
 * there per Kubernetes version, and where that set is written.
 *
 * @param values     from each version on, the accepted values (null: the field is not checked)
 * @param allowEmpty "" is accepted (defaulting fills it in) rather than rejected
 * @param whenSet    a field of the scope's node that must be set for this row to apply, or null
 * @param whenUnset  a field of the scope's node that must be unset for this row to apply, or null
 */
public record EnumField(
        Scope scope,
        List<Segment> path,
        String pathText,
        Set<String> kinds,
        NavigableMap<KubernetesVersion, List<String>> values,
        boolean allowEmpty,
        @Nullable String whenSet,
        @Nullable String whenUnset,
        String source) {

    /** Where a row's path starts. */
    public enum Scope {
        /** the object's root */
        OBJECT,
        /** every pod spec */
        POD_SPEC,
        /** every init, regular and ephemeral container */
        CONTAINER,
        /** a Job's spec, a CronJob's spec.jobTemplate.spec */
        JOB_SPEC
    }

    /** One step of a path: the fields it may take ({@code {a,b}}), or every item of a list. */
    public record Segment(List<String> fields, boolean everyItem) {}

    /** The accepted values in {@code version}, or null when the field is not checked there. */
    public @Nullable List<String> valuesIn(KubernetesVersion version) {
        Map.Entry<KubernetesVersion, List<String>> entry = values.floorEntry(version);
        return entry == null ? null : entry.getValue();
    }

    public boolean appliesTo(String kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
