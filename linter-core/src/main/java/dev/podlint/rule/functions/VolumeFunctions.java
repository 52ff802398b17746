package dev.podlint.rule.functions;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** {@code volume:} functions: the volume and mount validators of core/validation.go. */
public final class VolumeFunctions {

    /** The volume sources in the order {@code validateVolumeSource} checks them (its error names the later one). */
    private static final List<String> SOURCES = List.of(
            "emptyDir",
            "hostPath",
            "gitRepo",
            "gcePersistentDisk",
            "awsElasticBlockStore",
            "secret",
            "nfs",
            "iscsi",
            "glusterfs",
            "flocker",
            "persistentVolumeClaim",
            "rbd",
            "cinder",
            "cephfs",
            "quobyte",
            "downwardAPI",
            "fc",
            "flexVolume",
            "configMap",
            "azureFile",
            "vsphereVolume",
            "photonPersistentDisk",
            "portworxVolume",
            "azureDisk",
            "storageos",
            "projected",
            "scaleIO",
            "csi",
            "ephemeral",
            "image");

    private static final BigInteger MAX_MODE = BigInteger.valueOf(0777);

    /** The volume source types a volume sets (not null), in the API server's order. */
    public List<String> sources(Object volume) {
        return JsonTypes.setFields(volume, SOURCES);
    }

    /**
     * Why a file mode ({@code defaultMode}, an item's {@code mode}) is rejected, or null: it must be
     * 0..0777. A decimal number written as the octal digits of a mode ({@code 644}) gets the
     * octal literal it meant ({@code 0644}). A value that is no integer is the schema's.
     */
    public @Nullable String modeProblem(@Nullable Object mode) {
        BigInteger n = JsonTypes.integer(mode);
        if (n == null || (n.signum() >= 0 && n.compareTo(MAX_MODE) <= 0)) {
            return null;
        }
        String digits = n.toString();
        String meant = n.signum() > 0 && digits.length() <= 3 && digits.chars().allMatch(c -> c >= '0' && c <= '7')
                ? "; did you mean 0" + digits + "? Without the leading 0, " + digits + " is read as a decimal number"
                : "; write the mode as an octal literal such as 0644";
        return "must be a number between 0 and 0777 (octal), both inclusive, not " + digits + meant;
    }

    /**
     * The first problem of a KeyToPath or DownwardAPIVolumeFile list as {@code {at, problem}}
     * ({@code at} relative to the list's holder, e.g. {@code items/0/path}), or null: {@code key}
     * not empty (when {@code keyRequired}), {@code path} not empty, relative, without '..' elements
     * and not starting with '..', {@code mode} in 0..0777. A missing key or path is the schema's.
     */
    public @Nullable Map<String, String> itemProblem(Object items, boolean keyRequired) {
        if (!(items instanceof List<?> list)) {
            return null;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                continue;
            }
            String at = "items/" + i + "/";
            if (keyRequired && "".equals(item.get("key"))) {
                return Map.of("at", at + "key", "problem", "items[" + i + "].key is required");
            }
            String path = pathProblem(item.get("path"));
            if (path != null) {
                return Map.of("at", at + "path", "problem", "items[" + i + "].path " + path);
            }
            String mode = modeProblem(item.get("mode"));
            if (mode != null) {
                return Map.of("at", at + "mode", "problem", "items[" + i + "].mode " + mode);
            }
        }
        return null;
    }

    /**
     * {@code ValidateLocalNonReservedPath} with the Required check before it; null when the path is
     * fine, missing (the schema requires it) or no string (the schema's too).
     */
    static @Nullable String pathProblem(@Nullable Object path) {
        if (!(path instanceof String p)) {
            return null;
        }
        if (p.isEmpty()) {
            return "is required";
        }
        if (p.startsWith("/")) {
            return "'" + Quoted.shorten(p) + "' must be a relative path, not an absolute one";
        }
        if (LocalPaths.hasParentSegment(p)) {
            return "'" + Quoted.shorten(p) + "' must not contain '..'";
        }
        if (p.startsWith("..")) {
            return "'" + Quoted.shorten(p) + "' must not start with '..'";
        }
        return null;
    }

    /** True when the path has a {@code ..} element ('/' or '\\' separated, as the API server splits). */
    public boolean hasBacksteps(Object path) {
        return path instanceof String p && LocalPaths.hasParentSegment(p);
    }

    /** The names of the pod's volumes whose source is a persistentVolumeClaim or ephemeral (block devices). */
    public List<Object> claimVolumes(Object volumes) {
        List<Object> names = new ArrayList<>();
        for (Object v : Sequences.of(volumes)) {
            if (v instanceof Map<?, ?> m
                    && m.get("name") != null
                    && (m.get("persistentVolumeClaim") != null || m.get("ephemeral") != null)) {
                names.add(m.get("name"));
            }
        }
        return names;
    }

    /** The distinct values of {@code key} in the mappings of {@code list}. */
    public Set<Object> values(Object list, String key) {
        Set<Object> out = new HashSet<>();
        for (Object o : Sequences.of(list)) {
            if (o instanceof Map<?, ?> m && m.get(key) != null) {
                out.add(m.get(key));
            }
        }
        return out;
    }

    /** The first key of {@code map} that is not one of {@code allowed}, or null. */
    public @Nullable String otherKey(Object map, Object allowed) {
        if (map instanceof Map<?, ?> m) {
            List<?> keep = Sequences.of(allowed);
            for (Object key : m.keySet()) {
                if (!keep.contains(key)) {
                    return String.valueOf(key);
                }
            }
        }
        return null;
    }

    private final LabelFunctions labels = new LabelFunctions();

    /**
     * The first problem of a volume that every volume must be checked for, as {@code {at, problem}}
     * ({@code at} a pointAt relative to the volume), or null: the name (required, a DNS-1123 label,
     * not repeating an earlier volume of {@code volumes}), more than one source, and the required
     * fields of the common sources. One call per volume: rules run it on every volume.
     */
    public @Nullable Map<String, String> problem(@Nullable Object volume, @Nullable Object volumes) {
        if (!(volume instanceof Map<?, ?> v)) {
            return null;
        }
        Object name = v.get("name");
        if ("".equals(name)) {
            return Map.of(
                    "at",
                    "name",
                    "problem",
                    "a volume needs a name (Required value): a DNS-1123 label such as 'config'");
        }
        if (name instanceof String n && !labels.dns1123Label(n)) {
            return Map.of(
                    "at",
                    "name",
                    "problem",
                    "volume name '" + Quoted.shorten(n) + "' is not a DNS-1123 label: use at"
                            + " most 63 lowercase letters, digits and '-', starting and ending with a letter or digit (no dots,"
                            + " e.g. '" + suggestLabel(n) + "')");
        }
        if (name != null && new ListFunctions().repeated(volumes, "name", volume)) {
            return Map.of(
                    "at",
                    "name",
                    "problem",
                    "volume name '" + Quoted.shorten(String.valueOf(name))
                            + "' repeats an earlier volume of this pod (Duplicate value); give each volume its own name");
        }
        List<String> sources = sources(v);
        if (sources.size() > 1) {
            return Map.of(
                    "at",
                    "key:" + sources.get(1),
                    "problem",
                    "volume '" + Quoted.shorten(String.valueOf(name))
                            + "' may not specify more than 1 volume type (it has " + sources
                            + "); keep one source per volume"
                            + " - a mis-indented line often makes a second one");
        }
        return sources.isEmpty() ? null : sourceProblem(sources.get(0), v.get(sources.get(0)), String.valueOf(name));
    }

    /** The required fields of the common volume sources ("" where the schema requires the field). */
    private static @Nullable Map<String, String> sourceProblem(String type, @Nullable Object source, String name) {
        if (!(source instanceof Map<?, ?> s)) {
            return null;
        }
        String volume = " volume '" + Quoted.shorten(name) + "'";
        switch (type) {
            case "secret" -> {
                return empty(s.get("secretName"))
                        ? Map.of(
                                "at",
                                "secret/secretName",
                                "problem",
                                "secret" + volume
                                        + " needs secretName, the name of the Secret to mount (Required value)")
                        : null;
            }
            case "configMap" -> {
                return empty(s.get("name"))
                        ? Map.of(
                                "at",
                                "configMap/name",
                                "problem",
                                "configMap" + volume
                                        + " needs name, the name of the ConfigMap to mount (Required value)")
                        : null;
            }
            case "hostPath" -> {
                if ("".equals(s.get("path"))) {
                    return Map.of(
                            "at",
                            "hostPath/path",
                            "problem",
                            "hostPath" + volume + " needs path, the file or directory on the node (Required value)");
                }
                return s.get("path") instanceof String p && LocalPaths.hasParentSegment(p)
                        ? Map.of(
                                "at",
                                "hostPath/path",
                                "problem",
                                "hostPath.path '" + Quoted.shorten(p) + "' must not contain '..'; write the path"
                                        + " without backsteps")
                        : null;
            }
            case "persistentVolumeClaim" -> {
                return "".equals(s.get("claimName"))
                        ? Map.of(
                                "at",
                                "persistentVolumeClaim/claimName",
                                "problem",
                                "persistentVolumeClaim" + volume
                                        + " needs claimName, the name of a PersistentVolumeClaim in the"
                                        + " pod's namespace (Required value)")
                        : null;
            }
            case "nfs" -> {
                if ("".equals(s.get("server"))) {
                    return Map.of(
                            "at",
                            "nfs/server",
                            "problem",
                            "nfs" + volume + " needs server, the NFS server's host name or IP (Required value)");
                }
                return s.get("path") instanceof String p && !p.startsWith("/")
                        ? Map.of(
                                "at",
                                "nfs/path",
                                "problem",
                                "nfs.path "
                                        + (p.isEmpty()
                                                ? "is required"
                                                : "'" + Quoted.shorten(p) + "' must be an absolute path")
                                        + ": the exported path on the server, e.g. /exports/data")
                        : null;
            }
            case "gitRepo" -> {
                return "".equals(s.get("repository"))
                        ? Map.of(
                                "at",
                                "gitRepo/repository",
                                "problem",
                                "gitRepo" + volume + " needs repository (Required value)")
                        : null;
            }
            case "csi" -> {
                return "".equals(s.get("driver"))
                        ? Map.of(
                                "at",
                                "csi/driver",
                                "problem",
                                "csi" + volume + " needs driver, the name of the CSI driver (Required value)")
                        : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean empty(@Nullable Object value) {
        return value == null || "".equals(value);
    }

    /**
     * The first problem of a volumeMount as {@code {at, problem}} ({@code at} relative to the mount),
     * or null ({@code ValidateVolumeMounts}; a missing volume is volume-mount-missing's): an empty
     * mountPath, one an earlier mount of {@code container} uses, a subPath or subPathExpr that is
     * absolute or has a '..' element, both together, Bidirectional propagation in a container that
     * is not privileged, recursiveReadOnly without readOnly or with propagation.
     */
    public @Nullable Map<String, String> mountProblem(Object mount, Object container) {
        if (!(mount instanceof Map<?, ?> m) || !(container instanceof Map<?, ?> c)) {
            return null;
        }
        String named = "volumeMount '" + Quoted.shorten(String.valueOf(m.get("name"))) + "' of container '"
                + Quoted.shorten(String.valueOf(c.get("name"))) + "'";
        Object path = m.get("mountPath");
        if ("".equals(path)) {
            return Map.of(
                    "at",
                    "mountPath",
                    "problem",
                    named + " needs a mountPath (Required value): the path inside the" + " container");
        }
        if (path instanceof String p) {
            for (Object other : Sequences.of(c.get("volumeMounts"))) {
                if (other == mount) {
                    break;
                }
                if (other instanceof Map<?, ?> o && p.equals(o.get("mountPath"))) {
                    return Map.of(
                            "at",
                            "mountPath",
                            "problem",
                            "mountPath '" + Quoted.shorten(p) + "' must be unique:"
                                    + " an earlier volumeMount of container '"
                                    + Quoted.shorten(String.valueOf(c.get("name")))
                                    + "' mounts at the same path; mount each path once (use subPath to mount parts of a"
                                    + " volume at different paths)");
                }
            }
        }
        boolean hasSubPath = m.get("subPath") instanceof String sp && !sp.isEmpty();
        String subPath = hasSubPath ? LocalPaths.descendingPathProblem((String) m.get("subPath")) : null;
        if (subPath != null) {
            return Map.of(
                    "at", "subPath", "problem", "subPath " + subPath + ": it names a file or folder inside the volume");
        }
        if (m.get("subPathExpr") instanceof String expr && !expr.isEmpty()) {
            if (hasSubPath) {
                return Map.of(
                        "at",
                        "subPathExpr",
                        "problem",
                        "subPathExpr and subPath are mutually exclusive; keep one" + " of them");
            }
            String problem = LocalPaths.descendingPathProblem(expr);
            if (problem != null) {
                return Map.of("at", "subPathExpr", "problem", "subPathExpr " + problem);
            }
        }
        if ("Bidirectional".equals(m.get("mountPropagation"))
                && !(c.get("securityContext") instanceof Map<?, ?> sc && Boolean.TRUE.equals(sc.get("privileged")))) {
            return Map.of(
                    "at",
                    "mountPropagation",
                    "problem",
                    "Bidirectional mount propagation is available only to"
                            + " privileged containers (Forbidden); set securityContext.privileged: true on the container or use"
                            + " HostToContainer");
        }
        Object rro = m.get("recursiveReadOnly");
        if ("Enabled".equals(rro) || "IfPossible".equals(rro)) {
            if (!Boolean.TRUE.equals(m.get("readOnly"))) {
                return Map.of(
                        "at",
                        "recursiveReadOnly",
                        "problem",
                        "recursiveReadOnly " + rro + " may only be specified"
                                + " when readOnly is true (Forbidden); add readOnly: true to the mount");
            }
            Object propagation = m.get("mountPropagation");
            if (propagation != null && !"None".equals(propagation)) {
                return Map.of(
                        "at",
                        "recursiveReadOnly",
                        "problem",
                        "recursiveReadOnly " + rro + " may only be specified"
                                + " when mountPropagation is None or not specified (Forbidden)");
            }
        }
        return null;
    }

    /** A DNS-1123 label close to {@code name}: lower case, other characters as '-', cut to 63. */
    public String suggestLabel(Object name) {
        String s = String.valueOf(name)
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("^-+|-+$", "");
        s = s.length() > 63 ? s.substring(0, 63).replaceAll("-+$", "") : s;
        return s.isEmpty() ? "data" : s;
    }
}
