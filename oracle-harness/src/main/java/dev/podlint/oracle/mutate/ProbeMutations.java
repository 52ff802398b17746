package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.mistake;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Probes and lifecycle handlers. */
final class ProbeMutations {

    private static final List<String> PROBES = List.of("livenessProbe", "readinessProbe", "startupProbe");
    private static final List<String> HANDLERS = List.of("exec", "httpGet", "tcpSocket", "grpc");

    private ProbeMutations() {}

    static At probe(Doc doc, Random r) {
        List<At> probes = new ArrayList<>();
        doc.allContainers()
                .forEach(c -> PROBES.forEach(p -> {
                    if (c.map(p) != null) {
                        probes.add(c.map(p));
                    }
                }));
        return Pick.one(r, probes);
    }

    static At probeWith(Doc doc, Random r, String handler) {
        List<At> probes = new ArrayList<>();
        doc.allContainers()
                .forEach(c -> PROBES.forEach(p -> {
                    if (c.map(p) != null && c.map(p).has(handler)) {
                        probes.add(c.map(p));
                    }
                }));
        return Pick.one(r, probes);
    }

    static YMap handler(String type) {
        return switch (type) {
            case "exec" -> YMap.of("command", YList.ofStrings("cat", "/tmp/healthy"));
            case "httpGet" -> YMap.of("path", "/healthz", "port", YScalar.num(8080));
            case "tcpSocket" -> YMap.of("port", YScalar.num(8080));
            default -> YMap.of("port", YScalar.num(9090));
        };
    }

    /** A lifecycle handler's mapping (preStop or postStart) of some container, created when absent. */
    static At lifecycleHook(Doc doc, Random r) {
        At c = ContainerMutations.container(doc, r);
        if (c == null) {
            return null;
        }
        String hook = Pick.one(r, "preStop", "postStart");
        return c.mapOrNew("lifecycle").mapOrNew(hook);
    }

    static List<Mutation> all() {
        var k = Kinds.WITH_POD_SPEC;
        return List.of(
                reject("probe-two-handlers", k, (doc, r) -> {
                    At p = probe(doc, r);
                    if (p == null) {
                        return null;
                    }
                    String second =
                            Pick.one(r, HANDLERS.stream().filter(h -> !p.has(h)).toList());
                    p.map().put(second, handler(second));
                    return "added " + p.field(second) + " to a probe that has a handler";
                }),
                reject("probe-empty-handler", k, (doc, r) -> {
                    At p = probe(doc, r);
                    if (p == null) {
                        return null;
                    }
                    HANDLERS.forEach(h -> p.map().remove(h));
                    if (p.map().size() == 0) {
                        p.map().put("periodSeconds", YScalar.num(10));
                    }
                    return "removed the handler of " + p.path();
                }),
                reject("probe-exec-empty-command", k, (doc, r) -> {
                    At c = ContainerMutations.container(doc, r);
                    if (c == null) {
                        return null;
                    }
                    String probe = Pick.one(r, PROBES);
                    c.map().put(probe, YMap.of("exec", r.nextBoolean() ? new YMap() : YMap.of("command", new YList())));
                    return "set " + c.field(probe) + " to an exec handler without command";
                }),
                reject("probe-success-threshold", k, (doc, r) -> {
                    At c = Pick.one(
                            r,
                            doc.containers().stream()
                                    .filter(x -> x.has("livenessProbe") || x.has("startupProbe"))
                                    .toList());
                    if (c == null) {
                        return null;
                    }
                    At p = c.has("livenessProbe") ? c.map("livenessProbe") : c.map("startupProbe");
                    long bad = 2 + r.nextInt(3);
                    p.map().put("successThreshold", YScalar.num(bad));
                    return set(p.field("successThreshold"), bad) + " (must be 1 for liveness and startup probes)";
                }),
                reject("probe-negative-value", k, (doc, r) -> {
                    At p = probe(doc, r);
                    if (p == null) {
                        return null;
                    }
                    String field = Pick.one(
                            r,
                            "initialDelaySeconds",
                            "timeoutSeconds",
                            "periodSeconds",
                            "failureThreshold",
                            "successThreshold");
                    long bad = -1 - r.nextInt(30);
                    p.map().put(field, YScalar.num(bad));
                    return set(p.field(field), bad);
                }),
                reject("probe-port-out-of-range", k, (doc, r) -> {
                    At p = Pick.one(r, List.of("httpGet", "tcpSocket")).equals("httpGet")
                            ? probeWith(doc, r, "httpGet")
                            : probeWith(doc, r, "tcpSocket");
                    if (p == null) {
                        return null;
                    }
                    At h = p.has("httpGet") ? p.map("httpGet") : p.map("tcpSocket");
                    long bad = Pick.one(r, 0L, 65536L, 99999L, -8080L);
                    h.map().put("port", YScalar.num(bad));
                    return set(h.field("port"), bad);
                }),
                reject("probe-port-name-invalid", k, (doc, r) -> {
                    At p = probeWith(doc, r, "httpGet");
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "management-port1", "http_port", "HTTP", "metrics-port-number");
                    p.map("httpGet").map().put("port", YScalar.str(bad));
                    return set(p.field("httpGet.port"), bad);
                }),
                mistake("probe-port-name-undeclared", k, (doc, r) -> {
                    At p = probeWith(doc, r, "httpGet");
                    if (p == null) {
                        return null;
                    }
                    String name = Pick.one(r, "healthz", "mgmt", "health", "status");
                    p.map("httpGet").map().put("port", YScalar.str(name));
                    return set(p.field("httpGet.port"), name) + " (no port of that name: the kubelet's probe fails)";
                }),
                reject("enum-case-probe-scheme", k, (doc, r) -> {
                    At p = probeWith(doc, r, "httpGet");
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.wrongCase(r, Pick.one(r, "HTTP", "HTTPS"));
                    p.map("httpGet").map().put("scheme", YScalar.str(bad));
                    return set(p.field("httpGet.scheme"), bad);
                }),
                reject("probe-http-header-name-invalid", k, (doc, r) -> {
                    At p = probeWith(doc, r, "httpGet");
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "X Probe", "X-Probe:", "", "X(Probe)");
                    p.map("httpGet").map().listOrNew("httpHeaders").add(YMap.of("name", bad, "value", "1"));
                    return "added an httpHeaders entry named '" + bad + "' to " + p.field("httpGet");
                }),
                reject("probe-grpc-named-port", k, (doc, r) -> {
                    At c = ContainerMutations.container(doc, r);
                    if (c == null) {
                        return null;
                    }
                    String probe = Pick.one(r, PROBES);
                    c.map().put(probe, YMap.of("grpc", YMap.of("port", "grpc")));
                    return "set " + c.field(probe) + " to grpc with port 'grpc' (a gRPC probe needs a number)";
                }),
                reject("probe-termination-grace", k, (doc, r) -> {
                    At c = ContainerMutations.container(doc, r);
                    if (c == null) {
                        return null;
                    }
                    boolean readiness = r.nextBoolean();
                    String probe = readiness ? "readinessProbe" : "livenessProbe";
                    At p = c.mapOrNew(probe);
                    if (p.map().size() == 0) {
                        p.map().put("tcpSocket", handler("tcpSocket"));
                    }
                    long value = readiness ? 30 : Pick.one(r, 0L, -5L);
                    p.map().put("terminationGracePeriodSeconds", YScalar.num(value));
                    return set(p.field("terminationGracePeriodSeconds"), value);
                }),
                reject("lifecycle-two-handlers", k, (doc, r) -> {
                    At hook = lifecycleHook(doc, r);
                    if (hook == null) {
                        return null;
                    }
                    hook.map().put("exec", YMap.of("command", YList.ofStrings("sh", "-c", "sleep 5")));
                    hook.map().put("httpGet", YMap.of("path", "/shutdown", "port", YScalar.num(8080)));
                    hook.map().remove("sleep");
                    return "exec and httpGet both in " + hook.path();
                }),
                reject("lifecycle-empty-handler", k, (doc, r) -> {
                    At hook = lifecycleHook(doc, r);
                    if (hook == null) {
                        return null;
                    }
                    hook.map().entries.clear();
                    return set(hook.path(), "{}");
                }),
                reject("lifecycle-sleep-invalid", k, (doc, r) -> {
                    At hook = lifecycleHook(doc, r);
                    if (hook == null) {
                        return null;
                    }
                    hook.map().entries.clear();
                    long seconds = Pick.one(r, -1L, -10L, 3600L);
                    hook.map().put("sleep", YMap.of("seconds", YScalar.num(seconds)));
                    return set(hook.field("sleep.seconds"), seconds)
                            + (seconds > 0 ? " (longer than terminationGracePeriodSeconds)" : "");
                }),
                reject("lifecycle-http-port-missing", k, (doc, r) -> {
                    At hook = lifecycleHook(doc, r);
                    if (hook == null) {
                        return null;
                    }
                    hook.map().entries.clear();
                    hook.map().put("httpGet", YMap.of("path", "/drain"));
                    return "httpGet without port in " + hook.path();
                }),
                mistake("lifecycle-tcp-socket", k, (doc, r) -> {
                    At hook = lifecycleHook(doc, r);
                    if (hook == null) {
                        return null;
                    }
                    hook.map().entries.clear();
                    hook.map().put("tcpSocket", YMap.of("port", YScalar.num(8080)));
                    return "tcpSocket handler in " + hook.path()
                            + " (kept for compatibility, the kubelet does not run it)";
                }));
    }
}
