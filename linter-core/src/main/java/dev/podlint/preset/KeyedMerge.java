package dev.podlint.preset;

import dev.podlint.source.MappingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Merges preset entries into a list the way the admission plugin's {@code mergeEnv},
 * {@code mergeVolumes}, {@code mergeVolumeMounts} and {@code mergeEnvFrom} do.
 */
final class KeyedMerge {

    /**
     * Two entries with the same key but different content.
     *
     * @param incoming the preset entry being merged
     * @param existing the entry already there: the pod's own, or an earlier preset's
     * @param key      e.g. {@code name "DB_PORT"} or {@code mountPath "/cache"}
     */
    record Clash(Located incoming, @Nullable Located existing, String key) {}

    @SuppressWarnings("ReferenceEquality") // the same list entry, not an equal one
    private static boolean sameExisting(Clash a, Clash b) {
        return a.existing() == b.existing();
    }

    record Result(List<Located> appended, List<Clash> clashes) {}

    private KeyedMerge() {}

    /**
     * env and volumes (key {@code name}), volumeMounts (key {@code name}, and also checked by
     * {@code mountPath}): a new key is appended and joins the accumulator, so later presets
     * conflict with earlier ones; an identical entry is skipped; a different one is a clash.
     */
    static Result merge(List<Located> own, List<Located> incoming, EntryKind kind) {
        Map<String, Located> byName = new HashMap<>();
        Map<String, Located> byPath = new HashMap<>();
        boolean mounts = kind == EntryKind.VOLUME_MOUNT;
        for (Located entry : own) {
            byName.put(text(entry.node(), "name"), entry);
            if (mounts) {
                byPath.put(text(entry.node(), "mountPath"), entry);
            }
        }
        List<Located> appended = new ArrayList<>();
        List<Clash> clashes = new ArrayList<>();
        for (Located entry : incoming) {
            String name = text(entry.node(), "name");
            Located found = byName.get(name);
            Clash byNameClash = null;
            if (found == null) {
                byName.put(name, entry);
                appended.add(entry);
            } else if (!NodeEquality.deepEqual(found, entry, kind)) {
                byNameClash = new Clash(entry, found, "name \"" + name + "\"");
            }
            Clash byPathClash = null;
            if (mounts) {
                String path = text(entry.node(), "mountPath");
                Located atPath = byPath.get(path);
                if (atPath == null) {
                    byPath.put(path, entry);
                } else if (!NodeEquality.deepEqual(atPath, entry, kind)) {
                    byPathClash = new Clash(entry, atPath, "mountPath \"" + path + "\"");
                }
            }
            if (byNameClash != null && byPathClash != null && sameExisting(byNameClash, byPathClash)) {
                // The same two mounts differ: one conflict, not two.
                clashes.add(new Clash(entry, found, byNameClash.key() + " and " + byPathClash.key()));
            } else {
                if (byNameClash != null) {
                    clashes.add(byNameClash);
                }
                if (byPathClash != null) {
                    clashes.add(byPathClash);
                }
            }
        }
        return new Result(appended, clashes);
    }

    /**
     * envFrom, keyed by (prefix, configMapRef.name, secretRef.name): deduplicated only against the
     * container's original list (two presets carrying the same source both append it); a clash
     * makes upstream drop the container's whole envFrom.
     */
    static Result mergeEnvFrom(List<Located> own, List<Located> incoming) {
        Map<String, Located> original = new HashMap<>();
        for (Located entry : own) {
            original.put(envFromKey(entry.node()), entry);
        }
        List<Located> appended = new ArrayList<>();
        List<Clash> clashes = new ArrayList<>();
        for (Located entry : incoming) {
            Located found = original.get(envFromKey(entry.node()));
            if (found == null) {
                appended.add(entry);
            } else if (!NodeEquality.deepEqual(found, entry, EntryKind.ENV_FROM)) {
                clashes.add(new Clash(entry, found, describeEnvFromKey(entry.node())));
            }
        }
        return new Result(appended, clashes);
    }

    private static String envFromKey(MappingNode entry) {
        return text(entry, "prefix") + "\u0000" + text(entry.mapping("configMapRef"), "name") + "\u0000"
                + text(entry.mapping("secretRef"), "name");
    }

    static String describeEnvFromKey(MappingNode entry) {
        StringBuilder sb = new StringBuilder();
        if (entry.mapping("configMapRef") != null) {
            sb.append("configMapRef \"")
                    .append(text(entry.mapping("configMapRef"), "name"))
                    .append('"');
        }
        if (entry.mapping("secretRef") != null) {
            sb.append(sb.length() > 0 ? " and " : "")
                    .append("secretRef \"")
                    .append(text(entry.mapping("secretRef"), "name"))
                    .append('"');
        }
        String prefix = text(entry, "prefix");
        if (!prefix.isEmpty()) {
            sb.append(" with prefix \"").append(prefix).append('"');
        }
        return sb.length() == 0 ? "(no source)" : sb.toString();
    }

    static String text(@Nullable MappingNode map, String key) {
        return map == null ? "" : LabelSelector.text(map.node(key));
    }
}
