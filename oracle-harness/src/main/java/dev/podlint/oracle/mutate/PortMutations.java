package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.mistake;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.List;
import java.util.Random;

/** Container ports. */
final class PortMutations {

    private PortMutations() {}

    static At port(Doc doc, Random r) {
        return Pick.one(r, doc.ports());
    }

    static List<Mutation> all() {
        var k = Kinds.WITH_POD_SPEC;
        return List.of(
                reject("port-name-too-long", k, (doc, r) -> {
                    At p = port(doc, r);
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.one(
                            r,
                            "http-metrics-port",
                            "management-admin",
                            "prometheus-metrics",
                            "grpc-health-check",
                            Pick.label("web", 16 + r.nextInt(6)));
                    p.map().put("name", YScalar.str(bad));
                    return set(p.field("name"), bad) + " (" + bad.length() + " characters, at most 15)";
                }),
                reject("port-name-bad-chars", k, (doc, r) -> {
                    At p = port(doc, r);
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.one(
                            r,
                            "http_port",
                            "HTTP",
                            "Metrics",
                            "8080",
                            "web--ui",
                            "-web",
                            "web-",
                            "metrics.port",
                            "http port");
                    p.map().put("name", YScalar.str(bad));
                    return set(p.field("name"), bad);
                }),
                reject("duplicate-port-name", k, (doc, r) -> {
                    At c = Pick.one(
                            r,
                            doc.allContainers().stream()
                                    .filter(x -> x.items("ports").stream().anyMatch(p -> p.text("name") != null))
                                    .toList());
                    if (c == null) {
                        return null;
                    }
                    List<At> ports = c.items("ports");
                    At named = Pick.one(
                            r,
                            ports.stream().filter(p -> p.text("name") != null).toList());
                    String name = named.text("name");
                    if (ports.size() >= 2) {
                        At other = Pick.one(
                                r, ports.stream().filter(p -> p != named).toList());
                        other.map().put("name", YScalar.str(name));
                        return set(other.field("name"), name) + ", the name of " + named.path();
                    }
                    c.list("ports").add(YMap.of("name", name, "containerPort", YScalar.num(9000 + r.nextInt(900))));
                    return "added a second port named '" + name + "' to " + c.field("ports");
                }),
                mistake("duplicate-port-name-across-containers", k, (doc, r) -> {
                    List<At> named = doc.containers().stream()
                            .filter(c -> c.items("ports").stream().anyMatch(p -> p.text("name") != null))
                            .toList();
                    if (named.size() < 2) {
                        return null;
                    }
                    At a = Pick.one(
                            r,
                            named.get(0).items("ports").stream()
                                    .filter(p -> p.text("name") != null)
                                    .toList());
                    At b = Pick.one(
                            r,
                            named.get(1).items("ports").stream()
                                    .filter(p -> p.text("name") != null)
                                    .toList());
                    b.map().put("name", YScalar.str(a.text("name")));
                    return set(b.field("name"), a.text("name")) + ", the name of " + a.path()
                            + " in another container (names are unique per container only; a Service's named targetPort then finds either)";
                }),
                reject("container-port-out-of-range", k, (doc, r) -> {
                    At p = port(doc, r);
                    if (p == null) {
                        return null;
                    }
                    long bad = Pick.one(r, 0L, 65536L, 70000L, -80L, 80800L);
                    p.map().put("containerPort", YScalar.num(bad));
                    return set(p.field("containerPort"), bad);
                }),
                reject("host-port-out-of-range", k, (doc, r) -> {
                    At p = port(doc, r);
                    if (p == null) {
                        return null;
                    }
                    long bad = Pick.one(r, 65536L, 100000L, -1L);
                    p.map().put("hostPort", YScalar.num(bad));
                    return set(p.field("hostPort"), bad);
                }),
                reject("container-port-missing", k, (doc, r) -> {
                    At p = port(doc, r);
                    return p == null || p.map().remove("containerPort") == null
                            ? null
                            : "removed " + p.field("containerPort");
                }),
                reject("enum-case-protocol", k, (doc, r) -> {
                    At p = port(doc, r);
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.wrongCase(r, Pick.one(r, "TCP", "UDP", "SCTP"));
                    p.map().put("protocol", YScalar.str(bad));
                    return set(p.field("protocol"), bad);
                }),
                reject("duplicate-host-port", k, (doc, r) -> {
                    At c = Pick.one(r, doc.containers());
                    if (c == null || c.items("ports").isEmpty()) {
                        return null;
                    }
                    At p = Pick.one(r, c.items("ports"));
                    long hostPort = 30000 + r.nextInt(2000);
                    p.map().put("hostPort", YScalar.num(hostPort));
                    c.list("ports")
                            .add(YMap.of(
                                    "name",
                                    "extra",
                                    "containerPort",
                                    YScalar.num(hostPort + 1),
                                    "hostPort",
                                    YScalar.num(hostPort)));
                    return "two ports of " + c.path() + " with hostPort " + hostPort;
                }),
                reject("hostnetwork-host-port-mismatch", k, (doc, r) -> {
                    At p = port(doc, r);
                    At spec = doc.podSpec();
                    if (p == null) {
                        return null;
                    }
                    spec.map().put("hostNetwork", YScalar.plain("true"));
                    String cp = p.text("containerPort");
                    long hostPort = (cp == null ? 8080 : Long.parseLong(cp)) + 1 + r.nextInt(100);
                    p.map().put("hostPort", YScalar.num(hostPort));
                    return "hostNetwork true and " + set(p.field("hostPort"), hostPort) + " unlike containerPort " + cp;
                }));
    }
}
