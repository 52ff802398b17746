package dev.podlint.rule.functions;

import dev.podlint.source.LongTextMemo;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code k8s:} functions: value types and the small validators of core/validation.go. */
public final class K8sFunctions {

    private static final Pattern PORT_NAME = Pattern.compile("[-a-z0-9]+");
    private static final Pattern HEADER_NAME = Pattern.compile("[-A-Za-z0-9]+");
    private static final List<String> PROBE_HANDLERS = List.of("exec", "httpGet", "tcpSocket", "grpc");

    /** The JSON type of a value: string, integer, number, boolean, object, array or null. */
    public String type(Object value) {
        return JsonTypes.of(value);
    }

    /** True for an integer value (a YAML int, not a quoted number). */
    public boolean isInt(Object value) {
        return "integer".equals(JsonTypes.of(value));
    }

    /** apimachinery {@code IsValidPortName} (IANA_SVC_NAME). */
    public boolean portName(Object value) {
        return value instanceof String s && !s.isEmpty() && s.length() <= 15 && PORT_NAME.matcher(s).matches()
                && s.chars().anyMatch(c -> c >= 'a' && c <= 'z') && !s.startsWith("-") && !s.endsWith("-")
                && !s.contains("--");
    }

    /** apimachinery {@code IsValidPortNum}: an integer in 1..65535. */
    public boolean portNumber(Object value) {
        BigInteger n = integer(value);
        return n != null && n.compareTo(BigInteger.ONE) >= 0 && n.compareTo(BigInteger.valueOf(65535)) <= 0;
    }

    /** Why {@code ValidatePortNumOrName} rejects {@code port}, or null. */
    public String portProblem(Object port) {
        if (port == null) {
            return "port is required";
        }
        if (integer(port) != null) {
            return portNumber(port) ? null : "port number must be between 1 and 65535";
        }
        if (port instanceof String s) {
            if (portName(s)) {
                return null;
            }
            if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
                return "port \"" + Quoted.shorten(s) + "\" is a quoted number, which makes it a port name, and a port name must "
                        + "contain a letter; write it unquoted";
            }
            return "port name '" + Quoted.shorten(s) + "' is not valid: 1-15 characters of a-z, 0-9 and '-', with a letter, "
                    + "no leading, trailing or double '-'";
        }
        return "port must be a number or a port name, not " + JsonTypes.withArticle(port);
    }

    /** The probe handler keys present in {@code probe}, in the API's order. */
    public List<String> handlers(Object probe) {
        List<String> present = new ArrayList<>();
        if (probe instanceof Map<?, ?> m) {
            for (String h : PROBE_HANDLERS) {
                if (m.get(h) != null) {
                    present.add(h);
                }
            }
        }
        return present;
    }

    private final LongTextMemo<String> localPathProblems = new LongTextMemo<>();
    private final LongTextMemo<String> envVarNameProblems = new LongTextMemo<>();
    private final LongTextMemo<String> descendingPathProblems = new LongTextMemo<>();

    /** Why {@code ValidateLocalNonReservedPath} rejects {@code path}, or null. */
    public String localPathProblem(Object path) {
        if (!(path instanceof String p) || p.isEmpty()) {
            return "path is required";
        }
        return localPathProblems.get(p, K8sFunctions::localPathProblem);
    }

    private static String localPathProblem(String p) {
        if (p.startsWith("/")) {
            return "path '" + Quoted.shorten(p) + "' must be relative";
        }
        if (hasParentSegment(p)) {
            return "path '" + Quoted.shorten(p) + "' must not contain '..'";
        }
        if (p.startsWith("..")) {
            return "path '" + Quoted.shorten(p) + "' must not start with '..'";
        }
        return null;
    }

    /**
     * The pointer (relative to a volume) of the first projected target path that repeats an earlier
     * one, or null: only explicit secret/configMap item paths, downwardAPI item paths and
     * clusterTrustBundle paths are compared, as the API server does (not serviceAccountToken paths).
     */
    public String duplicateProjectedPath(Object volume) {
        if (!(volume instanceof Map<?, ?> v) || !(v.get("projected") instanceof Map<?, ?> projected)
                || !(projected.get("sources") instanceof List<?> sources)) {
            return null;
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            if (!(sources.get(i) instanceof Map<?, ?> source)) {
                continue;
            }
            for (String type : List.of("secret", "configMap", "downwardAPI")) {
                if (source.get(type) instanceof Map<?, ?> s && s.get("items") instanceof List<?> items) {
                    for (int j = 0; j < items.size(); j++) {
                        if (items.get(j) instanceof Map<?, ?> item && item.get("path") instanceof String p
                                && !seen.add(p)) {
                            return "projected/sources/" + i + "/" + type + "/items/" + j + "/path";
                        }
                    }
                }
            }
            if (source.get("clusterTrustBundle") instanceof Map<?, ?> ctb && ctb.get("path") instanceof String p
                    && !seen.add(p)) {
                return "projected/sources/" + i + "/clusterTrustBundle/path";
            }
        }
        return null;
    }

    /** The source types ({@code secret}, {@code configMap}, ...) a projected source entry sets. */
    public List<String> projectionTypes(Object source) {
        List<String> present = new ArrayList<>();
        if (source instanceof Map<?, ?> m) {
            for (String t : List.of("secret", "configMap", "downwardAPI", "serviceAccountToken",
                    "clusterTrustBundle", "podCertificate")) {
                if (m.get(t) != null) {
                    present.add(t);
                }
            }
        }
        return present;
    }

    /** The volume source fields of the API (core/v1 VolumeSource), {@code image} included. */
    private static final Set<String> VOLUME_SOURCES = Set.of("hostPath", "emptyDir", "gcePersistentDisk",
            "awsElasticBlockStore", "gitRepo", "secret", "nfs", "iscsi", "glusterfs", "persistentVolumeClaim", "rbd",
            "flexVolume", "cinder", "cephfs", "flocker", "downwardAPI", "fc", "azureFile", "configMap",
            "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "projected", "portworxVolume", "scaleIO",
            "storageos", "csi", "ephemeral", "image");
    private static final Pattern ENV_VAR_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

    /**
     * The volume source types ({@code emptyDir}, {@code configMap}, ...) a volume sets, in the order
     * written (a finding about a second type then points at the one written last).
     */
    public List<String> volumeTypes(Object volume) {
        List<String> present = new ArrayList<>();
        if (volume instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() != null && VOLUME_SOURCES.contains(e.getKey())) {
                    present.add(String.valueOf(e.getKey()));
                }
            }
        }
        return present;
    }

    /** The {@code fields} that are set (not null) in {@code map}, in the order given. */
    public List<String> setFields(Object map, Object fields) {
        List<String> present = new ArrayList<>();
        if (map instanceof Map<?, ?> m) {
            for (Object field : Sequences.of(fields)) {
                if (m.get(field) != null) {
                    present.add(String.valueOf(field));
                }
            }
        }
        return present;
    }

    /**
     * Why apimachinery {@code IsEnvVarName} as of Kubernetes 1.19 (before the relaxed validation)
     * rejects {@code name}, or null. Also the rule for an envFrom {@code prefix}. A value that is no
     * string is left to the schema check (null too).
     */
    public String envVarNameProblem(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        if (s.isEmpty()) {
            return "is required";
        }
        return envVarNameProblems.get(s, K8sFunctions::envVarNameProblem);
    }

    private static String envVarNameProblem(String s) {
        if (!ENV_VAR_NAME.matcher(s).matches()) {
            return "'" + Quoted.shorten(s) + "' is not a valid environment variable name: use letters, digits, '_', '-' and '.',"
                    + " not starting with a digit (e.g. MY_ENV.NAME)";
        }
        if (s.equals(".") || s.equals("..")) {
            return "must not be '" + s + "'";
        }
        if (s.startsWith("..")) {
            return "'" + Quoted.shorten(s) + "' must not start with '..'";
        }
        return null;
    }

    /**
     * Why {@code validateLocalDescendingPath} (volumeMount subPath, subPathExpr) rejects {@code path},
     * or null; a value that is no string is left to the schema check.
     */
    public String descendingPathProblem(Object path) {
        if (!(path instanceof String p)) {
            return null;
        }
        return descendingPathProblems.get(p, K8sFunctions::descendingPathProblem);
    }

    private static String descendingPathProblem(String p) {
        if (p.startsWith("/")) {
            return "'" + Quoted.shorten(p) + "' must be a relative path";
        }
        if (hasParentSegment(p)) {
            return "'" + Quoted.shorten(p) + "' must not contain '..'";
        }
        return null;
    }

    /** A {@code ..} element, '/' or '\\' separating them (the API server checks both on every OS). */
    private static boolean hasParentSegment(String p) {
        for (String segment : p.replace('\\', '/').split("/", -1)) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** A file mode as volumes take it: an integer in 0..0777 (kubectl reads 0644 as octal). */
    public boolean fileMode(Object value) {
        BigInteger n = integer(value);
        return n != null && n.signum() >= 0 && n.compareTo(BigInteger.valueOf(511)) <= 0;
    }

    /** The index of the first HTTP header whose name is not {@code [-A-Za-z0-9]+}, or -1. */
    public int badHeader(Object headers) {
        List<?> list = Sequences.of(headers);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> header
                    && !(header.get("name") instanceof String name && HEADER_NAME.matcher(name).matches())) {
                return i;
            }
        }
        return -1;
    }

    /** The first of {@code fields} whose value in {@code map} is a negative integer, or null. */
    public String firstNegative(Object map, Object fields) {
        if (map instanceof Map<?, ?> m) {
            for (Object field : Sequences.of(fields)) {
                BigInteger n = integer(m.get(field));
                if (n != null && n.signum() < 0) {
                    return String.valueOf(field);
                }
            }
        }
        return null;
    }

    /**
     * The first problem of a KeyToPath list ({@code items} of a secret, configMap or downwardAPI
     * source) as {@code {at: 'items/0/path', problem: '...'}}, or null: key required (when
     * {@code keyRequired}), path required and a local non-reserved path.
     */
    public Map<String, String> keyToPathProblem(Object items, boolean keyRequired) {
        if (!(items instanceof List<?> list)) {
            return null;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                continue;
            }
            if (keyRequired && (!(item.get("key") instanceof String key) || key.isEmpty())) {
                return Map.of("at", "items/" + i + "/key", "problem", "key is required");
            }
            String problem = localPathProblem(item.get("path"));
            if (problem != null) {
                return Map.of("at", "items/" + i + "/path", "problem", problem);
            }
            if (item.get("mode") != null && !fileMode(item.get("mode"))) {
                return Map.of("at", "items/" + i + "/mode", "problem",
                        "mode must be a number between 0 and 0777 (octal), both inclusive; write it as 0644");
            }
        }
        return null;
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
