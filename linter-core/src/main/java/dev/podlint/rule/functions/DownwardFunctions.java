package dev.podlint.rule.functions;

import dev.podlint.kube.GoQuantity;
import dev.podlint.source.LongTextMemo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code downward:} functions: which fieldRef paths and resourceFieldRef names the API server
 * accepts in env vars and in downwardAPI volume items (k8s-semantics.md section 2).
 */
public final class DownwardFunctions {

    private static final Set<String> CONVERTIBLE = Set.of(
            "metadata.annotations",
            "metadata.labels",
            "metadata.name",
            "metadata.namespace",
            "metadata.uid",
            "spec.nodeName",
            "spec.restartPolicy",
            "spec.serviceAccountName",
            "spec.schedulerName",
            "status.phase",
            "status.hostIP",
            "status.hostIPs",
            "status.podIP",
            "status.podIPs",
            "spec.host");
    private static final Set<String> ENV = new TreeSet<>(List.of(
            "metadata.name",
            "metadata.namespace",
            "metadata.uid",
            "spec.nodeName",
            "spec.serviceAccountName",
            "status.hostIP",
            "status.hostIPs",
            "status.podIP",
            "status.podIPs"));
    private static final Set<String> VOLUME = new TreeSet<>(
            List.of("metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"));
    private static final Set<String> RESOURCES = new TreeSet<>(List.of(
            "limits.cpu",
            "limits.memory",
            "limits.ephemeral-storage",
            "requests.cpu",
            "requests.memory",
            "requests.ephemeral-storage"));
    private static final Set<String> CPU_DIVISORS = Set.of("1m", "1");
    private static final Set<String> BYTE_DIVISORS =
            Set.of("1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei");

    private final LabelFunctions labels = new LabelFunctions();
    private final LongTextMemo<String> fieldPathProblems = new LongTextMemo<>();
    private final LongTextMemo<String> divisorProblems = new LongTextMemo<>();

    /** The fieldPaths an env var may use (unsubscripted). */
    public List<String> envFields() {
        return List.copyOf(ENV);
    }

    /** The fieldPaths a downwardAPI volume item may use (unsubscripted). */
    public List<String> volumeFields() {
        return List.copyOf(VOLUME);
    }

    /**
     * Why the API server rejects {@code fieldPath} in {@code channel} ("env" or "volume"), or null
     * when it accepts it.
     */
    public String fieldPathProblem(Object fieldPath, Object channel) {
        if (!(fieldPath instanceof String path) || path.isEmpty()) {
            return "fieldPath is required";
        }
        boolean env = "env".equals(channel);
        return fieldPathProblems.get(path, env, p -> fieldPathProblem(p, env));
    }

    private @Nullable String fieldPathProblem(String path, boolean env) {
        String channel = env ? "env" : "volume";
        int subscript = subscriptStart(path);
        if (subscript > 0) {
            String base = path.substring(0, subscript);
            String key = path.substring(subscript + 2, path.length() - 2);
            if (!base.equals("metadata.labels") && !base.equals("metadata.annotations")) {
                return "'" + Quoted.shorten(base) + "' does not support a subscript; only metadata.labels['key'] and "
                        + "metadata.annotations['key'] do";
            }
            String checked = base.equals("metadata.annotations") ? key.toLowerCase(java.util.Locale.ROOT) : key;
            if (!labels.qualifiedName(checked)) {
                return "the key '" + Quoted.shorten(key) + "' in '" + Quoted.shorten(path) + "' is not a valid "
                        + (base.equals("metadata.labels") ? "label" : "annotation") + " key (a qualified name)";
            }
            return null;
        }
        if (!CONVERTIBLE.contains(path)) {
            return "'" + Quoted.shorten(path) + "' is not a field the Downward API exposes; supported: "
                    + String.join(", ", "env".equals(channel) ? ENV : VOLUME)
                    + ", metadata.labels['key'], metadata.annotations['key']";
        }
        String normalized = path.equals("spec.host") ? "spec.nodeName" : path;
        Set<String> allowed = "env".equals(channel) ? ENV : VOLUME;
        if (allowed.contains(normalized)) {
            return null;
        }
        if ("env".equals(channel) && VOLUME.contains(normalized)) {
            return "'" + path + "' (the whole map) is only available in a downwardAPI volume, which the kubelet "
                    + "refreshes; in an env var use one key, e.g. " + path + "['app']";
        }
        if (!"env".equals(channel) && ENV.contains(normalized)) {
            return "'" + path + "' is only available in env vars, not in a downwardAPI volume; use an env "
                    + "var with valueFrom.fieldRef";
        }
        return "'" + path + "' is not supported by the Downward API in "
                + ("env".equals(channel) ? "env vars" : "volumes") + "; supported: " + String.join(", ", allowed);
    }

    /**
     * Where {@code path} splits as {@code base['key']} (the regular expression {@code (.+?)\['(.*)'\]}
     * of the API server's conversion): the index of the first "['" after the first character that
     * leaves room for the closing "']", or -1. Found without backtracking, in time linear in the path.
     */
    static int subscriptStart(String path) {
        if (!path.endsWith("']")) {
            return -1;
        }
        int open = path.indexOf("['", 1);
        return open > 0 && path.length() - open >= 4 ? open : -1;
    }

    /** Why the API server rejects a resourceFieldRef {@code resource} name, or null. */
    public @Nullable String resourceProblem(Object resource) {
        if (!(resource instanceof String r) || r.isEmpty()) {
            return "resource is required";
        }
        if (RESOURCES.contains(r) || r.startsWith("requests.hugepages-") || r.startsWith("limits.hugepages-")) {
            return null;
        }
        return "'" + Quoted.shorten(r) + "' is not a resource the Downward API exposes; supported: "
                + String.join(", ", RESOURCES) + ", requests.hugepages-*, limits.hugepages-*";
    }

    /** Why the API server rejects {@code divisor} for {@code resource}, or null (an unset or zero divisor is fine). */
    public @Nullable String divisorProblem(Object resource, Object divisor) {
        if (divisor instanceof String text) {
            return divisorProblems.get(text, resource, d -> divisorProblemOf(resource, d));
        }
        return divisorProblemOf(resource, divisor);
    }

    private static @Nullable String divisorProblemOf(Object resource, Object divisor) {
        if (divisor == null) {
            return null;
        }
        GoQuantity q = GoQuantity.fromJson(divisor).orElse(null);
        if (q == null) {
            return GoQuantity.decodes(divisor) ? null : "divisor is not a quantity";
        }
        if (q.decimal().signum() == 0 || !(resource instanceof String r)) {
            return null;
        }
        String canonical = q.string(); // Quantity.String(): the text as written when it is already canonical
        if (r.endsWith(".cpu")) {
            return CPU_DIVISORS.contains(canonical)
                    ? null
                    : "only divisor's values 1m and 1 are supported with the cpu resource";
        }
        String what = r.endsWith(".memory")
                ? "memory"
                : r.endsWith(".ephemeral-storage")
                        ? "local ephemeral storage"
                        : r.contains(".hugepages-") ? "hugepages" : null;
        if (what == null) {
            return null;
        }
        return BYTE_DIVISORS.contains(canonical)
                ? null
                : "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the "
                        + what + " resource";
    }
}
