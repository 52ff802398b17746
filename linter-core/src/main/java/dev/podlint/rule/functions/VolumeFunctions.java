package dev.podlint.rule.functions;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code volume:} functions: the volume and mount validators of core/validation.go. */
public final class VolumeFunctions {

    /** The volume sources in the order {@code validateVolumeSource} checks them (its error names the later one). */
    private static final List<String> SOURCES = List.of("emptyDir", "hostPath", "gitRepo", "gcePersistentDisk",
            "awsElasticBlockStore", "secret", "nfs", "iscsi", "glusterfs", "flocker", "persistentVolumeClaim", "rbd",
            "cinder", "cephfs", "quobyte", "downwardAPI", "fc", "flexVolume", "configMap", "azureFile",
            "vsphereVolume", "photonPersistentDisk", "portworxVolume", "azureDisk", "storageos", "projected",
            "scaleIO", "csi", "ephemeral", "image");
    private static final BigInteger MAX_MODE = BigInteger.valueOf(0777);

    /** The volume source types a volume sets (not null), in the API server's order. */
    public List<String> sources(Object volume) {
        List<String> present = new ArrayList<>();
        if (volume instanceof Map<?, ?> m) {
            for (String source : SOURCES) {
                if (m.get(source) != null) {
                    present.add(source);
                }
            }
        }
        return present;
    }

    /**
     * Why a file mode ({@code defaultMode}, an item's {@code mode}) is rejected, or null: it must be
     * 0..0777. A decimal number written as the octal digits of a mode ({@code 644}) gets the
     * octal literal it meant ({@code 0644}). A value that is no integer is the schema's.
     */
    public String modeProblem(Object mode) {
        BigInteger n = integer(mode);
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
    public Map<String, String> itemProblem(Object items, boolean keyRequired) {
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
    static String pathProblem(Object path) {
        if (!(path instanceof String p)) {
            return null;
        }
        if (p.isEmpty()) {
            return "is required";
        }
        if (p.startsWith("/")) {
            return "'" + Quoted.shorten(p) + "' must be a relative path, not an absolute one";
        }
        if (hasParentSegment(p)) {
            return "'" + Quoted.shorten(p) + "' must not contain '..'";
        }
        if (p.startsWith("..")) {
            return "'" + Quoted.shorten(p) + "' must not start with '..'";
        }
        return null;
    }

    /** True when the path has a {@code ..} element ('/' or '\\' separated, as the API server splits). */
    public boolean hasBacksteps(Object path) {
        return path instanceof String p && hasParentSegment(p);
    }

    private static boolean hasParentSegment(String p) {
        for (String segment : p.replace('\\', '/').split("/", -1)) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The names of the pod's volumes whose source is a persistentVolumeClaim or ephemeral (block devices). */
    public List<Object> claimVolumes(Object volumes) {
        List<Object> names = new ArrayList<>();
        for (Object v : Sequences.of(volumes)) {
            if (v instanceof Map<?, ?> m && m.get("name") != null
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
    public String otherKey(Object map, Object allowed) {
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

    /** A DNS-1123 label close to {@code name}: lower case, other characters as '-', cut to 63. */
    public String suggestLabel(Object name) {
        String s = String.valueOf(name).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("^-+|-+$", "");
        s = s.length() > 63 ? s.substring(0, 63).replaceAll("-+$", "") : s;
        return s.isEmpty() ? "data" : s;
    }

    private static BigInteger integer(Object value) {
        if (value instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (value instanceof Integer i) {
            return BigInteger.valueOf(i);
        }
        return value instanceof BigInteger b ? b : null;
    }
}
