package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.List;
import java.util.Random;

/** Services: types, ports, node ports, traffic policies, ExternalName. */
final class ServiceMutations {

    private ServiceMutations() {}

    static At port(Doc doc, Random r) {
        return Pick.one(r, doc.spec().items("ports"));
    }

    static String type(Doc doc) {
        String type = doc.spec().text("type");
        return type == null ? "ClusterIP" : type;
    }

    static boolean clusterIpOnly(Doc doc) {
        return type(doc).equals("ClusterIP");
    }

    static List<Mutation> all() {
        var svc = Kinds.of("Service");
        return List.of(
                reject("enum-case-service-type", svc, (doc, r) -> {
                    String bad = Pick.wrongCase(r, type(doc));
                    doc.spec().map().put("type", YScalar.str(bad));
                    return set("spec.type", bad);
                }),
                reject("node-port-on-cluster-ip", svc, (doc, r) -> {
                    At p = port(doc, r);
                    if (p == null || !clusterIpOnly(doc)) {
                        return null;
                    }
                    long nodePort = 30000 + r.nextInt(2768);
                    p.map().put("nodePort", YScalar.num(nodePort));
                    return set(p.field("nodePort"), nodePort) + " on a " + type(doc) + " Service";
                }),
                reject("node-port-out-of-range", svc, (doc, r) -> {
                    At p = port(doc, r);
                    if (p == null || clusterIpOnly(doc) || type(doc).equals("ExternalName")) {
                        return null;
                    }
                    long bad = Pick.one(r, 65536L, 70000L, -30080L);
                    p.map().put("nodePort", YScalar.num(bad));
                    return set(p.field("nodePort"), bad);
                }),
                reject("service-duplicate-port", svc, (doc, r) -> {
                    At p = port(doc, r);
                    if (p == null) {
                        return null;
                    }
                    YMap copy = p.map().copy();
                    copy.put("name", YScalar.str("extra"));
                    copy.remove("nodePort");
                    doc.spec().list("ports").add(copy);
                    return "a second port with port " + p.text("port") + " and the same protocol as " + p.path();
                }),
                reject("service-duplicate-port-name", svc, (doc, r) -> {
                    List<At> ports = doc.spec().items("ports");
                    if (ports.size() < 2) {
                        return null;
                    }
                    ports.get(1).map().put("name", YScalar.str(ports.get(0).text("name")));
                    return set(ports.get(1).field("name"), ports.get(0).text("name")) + ", the name of "
                            + ports.get(0).path();
                }),
                reject("service-port-name-missing", svc, (doc, r) -> {
                    List<At> ports = doc.spec().items("ports");
                    if (ports.size() < 2) {
                        return null;
                    }
                    At p = Pick.one(r, ports);
                    p.map().remove("name");
                    return "removed " + p.field("name") + " (a Service with several ports must name each)";
                }),
                reject("service-port-name-invalid", svc, (doc, r) -> {
                    At p = port(doc, r);
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "HTTP", "http_web", "web-", Pick.label("http", 64), "8080");
                    p.map().put("name", YScalar.str(bad));
                    return set(p.field("name"), bad);
                }),
                reject("service-target-port-invalid", svc, (doc, r) -> {
                    At p = port(doc, r);
                    if (p == null) {
                        return null;
                    }
                    YScalar bad = Pick.one(
                            r,
                            YScalar.num(0),
                            YScalar.num(70000),
                            YScalar.num(-1),
                            YScalar.str("http-metrics-port"),
                            YScalar.str("http_web"),
                            YScalar.str("0"));
                    p.map().put("targetPort", bad);
                    return set(p.field("targetPort"), bad);
                }),
                reject("service-port-out-of-range", svc, (doc, r) -> {
                    At p = port(doc, r);
                    if (p == null) {
                        return null;
                    }
                    long bad = Pick.one(r, 0L, 65536L, 80800L, -443L);
                    p.map().put("port", YScalar.num(bad));
                    return set(p.field("port"), bad);
                }),
                reject("service-port-missing", svc, (doc, r) -> {
                    At p = port(doc, r);
                    return p == null || p.map().remove("port") == null ? null : "removed " + p.field("port");
                }),
                reject("enum-case-service-protocol", svc, (doc, r) -> {
                    At p = port(doc, r);
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.wrongCase(r, Pick.one(r, "TCP", "UDP"));
                    p.map().put("protocol", YScalar.str(bad));
                    return set(p.field("protocol"), bad);
                }),
                reject("external-name-missing", svc, (doc, r) -> {
                    if (!type(doc).equals("ExternalName")) {
                        return null;
                    }
                    doc.spec().map().remove("externalName");
                    return "removed spec.externalName of an ExternalName Service";
                }),
                reject("external-name-invalid", svc, (doc, r) -> {
                    if (!type(doc).equals("ExternalName")) {
                        return null;
                    }
                    String bad = Pick.one(
                            r,
                            "db_legacy.example.com",
                            "https://db.legacy.example.com",
                            "DB.Example.COM.",
                            "db.legacy.example.com:5432");
                    doc.spec().map().put("externalName", YScalar.str(bad));
                    return set("spec.externalName", bad);
                }),
                reject("external-name-with-cluster-ip", svc, (doc, r) -> {
                    if (!type(doc).equals("ExternalName")) {
                        return null;
                    }
                    doc.spec().map().put("clusterIP", YScalar.str("10.96.12.40"));
                    return "spec.clusterIP set on an ExternalName Service";
                }),
                reject("cluster-ip-invalid", svc, (doc, r) -> {
                    if (type(doc).equals("ExternalName")) {
                        return null;
                    }
                    String bad = Pick.one(r, "10.96.0.300", "none", "10.96.0", "auto");
                    doc.spec().map().put("clusterIP", YScalar.str(bad));
                    return set("spec.clusterIP", bad);
                }),
                reject("enum-case-session-affinity", svc, (doc, r) -> {
                    if (type(doc).equals("ExternalName")) {
                        return null;
                    }
                    String good = doc.spec().text("sessionAffinity") != null
                            ? doc.spec().text("sessionAffinity")
                            : "ClientIP";
                    String bad = Pick.wrongCase(r, good);
                    doc.spec().map().put("sessionAffinity", YScalar.str(bad));
                    return set("spec.sessionAffinity", bad);
                }),
                reject("session-affinity-timeout-out-of-range", svc, (doc, r) -> {
                    if (type(doc).equals("ExternalName")) {
                        return null;
                    }
                    long bad = Pick.one(r, 0L, 86401L, -1L);
                    doc.spec().map().put("sessionAffinity", YScalar.str("ClientIP"));
                    doc.spec()
                            .map()
                            .put(
                                    "sessionAffinityConfig",
                                    YMap.of("clientIP", YMap.of("timeoutSeconds", YScalar.num(bad))));
                    return set("spec.sessionAffinityConfig.clientIP.timeoutSeconds", bad);
                }),
                reject("external-traffic-policy-on-cluster-ip", svc, (doc, r) -> {
                    if (!clusterIpOnly(doc)) {
                        return null;
                    }
                    doc.spec().map().put("externalTrafficPolicy", YScalar.str("Local"));
                    return "spec.externalTrafficPolicy Local on a ClusterIP Service";
                }),
                reject("enum-case-traffic-policy", svc, (doc, r) -> {
                    if (clusterIpOnly(doc) || type(doc).equals("ExternalName")) {
                        return null;
                    }
                    String field = Pick.one(r, "externalTrafficPolicy", "internalTrafficPolicy");
                    String bad = Pick.wrongCase(r, Pick.one(r, "Local", "Cluster"));
                    doc.spec().map().put(field, YScalar.str(bad));
                    return set("spec." + field, bad);
                }),
                reject("load-balancer-source-range-invalid", svc, (doc, r) -> {
                    if (!type(doc).equals("LoadBalancer")) {
                        return null;
                    }
                    String bad = Pick.one(r, "10.0.0.0/33", "10.0.0.0/8 ", "192.168.1.0/24,10.0.0.0/8", "office");
                    doc.spec().map().listOrNew("loadBalancerSourceRanges").add(YScalar.str(bad));
                    return "loadBalancerSourceRanges entry '" + bad + "'";
                }),
                reject("service-selector-value-invalid", svc, (doc, r) -> {
                    At selector = doc.spec().map("selector");
                    if (selector == null || selector.map().size() == 0) {
                        return null;
                    }
                    String key = selector.map().entries.get(0).key;
                    String bad = Pick.one(r, "payments api", "-web", Pick.label("web", 64));
                    selector.map().put(key, YScalar.str(bad));
                    return set("spec.selector[" + key + "]", bad);
                }),
                reject("enum-case-ip-family-policy", svc, (doc, r) -> {
                    if (type(doc).equals("ExternalName")) {
                        return null;
                    }
                    String bad = Pick.wrongCase(r, Pick.one(r, "SingleStack", "PreferDualStack", "RequireDualStack"));
                    doc.spec().map().put("ipFamilyPolicy", YScalar.str(bad));
                    return set("spec.ipFamilyPolicy", bad);
                }),
                reject("service-ports-missing", svc, (doc, r) -> {
                    if (!clusterIpOnly(doc)
                                    && !type(doc).equals("NodePort")
                                    && !type(doc).equals("LoadBalancer")
                            || "None".equals(doc.spec().text("clusterIP"))) {
                        return null;
                    }
                    doc.spec().map().remove("ports");
                    return "removed spec.ports of a " + type(doc) + " Service";
                }),
                reject("app-protocol-invalid", svc, (doc, r) -> {
                    At p = port(doc, r);
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "HTTP 2", "grpc/", "kubernetes.io/", "-http");
                    p.map().put("appProtocol", YScalar.str(bad));
                    return set(p.field("appProtocol"), bad);
                }));
    }
}
