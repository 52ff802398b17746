package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.accept;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Ingresses, IngressClasses and NetworkPolicies: paths, hosts, backends, TLS, ports, peers, CIDRs. */
final class NetworkingMutations {

    private NetworkingMutations() {}

    static List<At> paths(Doc doc) {
        List<At> paths = new ArrayList<>();
        for (At rule : doc.spec().items("rules")) {
            At http = rule.map("http");
            if (http != null) {
                paths.addAll(http.items("paths"));
            }
        }
        return paths;
    }

    /** Every service backend (of paths and the default backend). */
    static List<At> services(Doc doc) {
        List<At> services = new ArrayList<>();
        At def = doc.spec().map("defaultBackend");
        if (def != null && def.map("service") != null) {
            services.add(def.map("service"));
        }
        for (At path : paths(doc)) {
            At backend = path.map("backend");
            if (backend != null && backend.map("service") != null) {
                services.add(backend.map("service"));
            }
        }
        return services;
    }

    static At hostRule(Doc doc, Random r) {
        return Pick.one(r, doc.spec().items("rules"));
    }

    /** Every port entry of the policy's ingress and egress rules. */
    static List<At> policyPorts(Doc doc) {
        List<At> ports = new ArrayList<>();
        for (String direction : List.of("ingress", "egress")) {
            for (At rule : doc.spec().items(direction)) {
                ports.addAll(rule.items("ports"));
            }
        }
        return ports;
    }

    static List<At> ipBlocks(Doc doc) {
        List<At> blocks = new ArrayList<>();
        for (String[] dir : new String[][] {{"ingress", "from"}, {"egress", "to"}}) {
            for (At rule : doc.spec().items(dir[0])) {
                for (At peer : rule.items(dir[1])) {
                    if (peer.map("ipBlock") != null) {
                        blocks.add(peer.map("ipBlock"));
                    }
                }
            }
        }
        return blocks;
    }

    /** The first rule's peer list of the policy, created when there is none. */
    static At firstRule(Doc doc) {
        List<At> rules = doc.spec().items("ingress");
        if (rules.isEmpty()) {
            doc.spec().map().listOrNew("ingress").add(new YMap());
            rules = doc.spec().items("ingress");
        }
        return rules.get(0);
    }

    static List<Mutation> all() {
        var ing = Kinds.of("Ingress");
        var cls = Kinds.of("IngressClass");
        var np = Kinds.of("NetworkPolicy");
        return List.of(
                reject("ingress-path-type-missing", ing, (doc, r) -> {
                    At p = Pick.one(r, paths(doc));
                    return p == null || p.map().remove("pathType") == null ? null : "removed " + p.field("pathType");
                }),
                reject("ingress-path-relative", ing, (doc, r) -> {
                    At p = Pick.one(r, paths(doc));
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "api", "*", "api/v1", ".well-known");
                    p.map().put("path", YScalar.str(bad));
                    return set(p.field("path"), bad) + " (pathType " + p.text("pathType") + ")";
                }),
                reject("ingress-path-invalid-sequence", ing, (doc, r) -> {
                    At p = Pick.one(r, paths(doc));
                    if (p == null || "ImplementationSpecific".equals(p.text("pathType"))) {
                        return null;
                    }
                    String bad = Pick.one(r, "/api//v1", "/static/../secret", "/a/./b", "/docs/.", "/api%2Fv1");
                    p.map().put("path", YScalar.str(bad));
                    return set(p.field("path"), bad);
                }),
                reject("enum-case-ingress-path-type", ing, (doc, r) -> {
                    At p = Pick.one(r, paths(doc));
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.one(r, Pick.wrongCase(r, p.text("pathType")), "Regex", "Implementation");
                    p.map().put("pathType", YScalar.str(bad));
                    return set(p.field("pathType"), bad);
                }),
                reject("ingress-host-ip", ing, (doc, r) -> {
                    At rule = hostRule(doc, r);
                    if (rule == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "10.0.0.1", "192.168.49.2", "::1");
                    rule.map().put("host", YScalar.str(bad));
                    return set(rule.field("host"), bad);
                }),
                reject("ingress-host-invalid", ing, (doc, r) -> {
                    At rule = hostRule(doc, r);
                    if (rule == null) {
                        return null;
                    }
                    String bad = Pick.one(
                            r,
                            "Shop.Example.com",
                            "shop.example.com:443",
                            "https://shop.example.com",
                            "*.*.example.com",
                            "shop.*.example.com",
                            "*",
                            "shop_example.com");
                    rule.map().put("host", YScalar.str(bad));
                    return set(rule.field("host"), bad);
                }),
                reject("ingress-paths-empty", ing, (doc, r) -> {
                    At rule = hostRule(doc, r);
                    if (rule == null || rule.map("http") == null) {
                        return null;
                    }
                    rule.map("http").map().put("paths", new YList());
                    return rule.field("http.paths") + " = []";
                }),
                reject("ingress-no-rules-no-backend", ing, (doc, r) -> {
                    doc.spec().map().remove("rules");
                    doc.spec().map().remove("defaultBackend");
                    doc.spec().map().put("ingressClassName", YScalar.str("nginx"));
                    return "removed spec.rules and spec.defaultBackend";
                }),
                reject("ingress-port-name-and-number", ing, (doc, r) -> {
                    At s = Pick.one(r, services(doc));
                    if (s == null || s.map("port") == null) {
                        return null;
                    }
                    s.map("port").map().put("number", YScalar.num(80));
                    s.map("port").map().put("name", YScalar.str("http"));
                    return s.field("port") + " with both number and name";
                }),
                reject("ingress-port-missing", ing, (doc, r) -> {
                    At s = Pick.one(r, services(doc));
                    return s == null || s.map().remove("port") == null ? null : "removed " + s.field("port");
                }),
                reject("ingress-port-number-invalid", ing, (doc, r) -> {
                    At s = Pick.one(r, services(doc));
                    if (s == null) {
                        return null;
                    }
                    long bad = Pick.one(r, 65536L, 80800L, -80L);
                    s.map().put("port", YMap.of("number", YScalar.num(bad)));
                    return set(s.field("port.number"), bad);
                }),
                reject("ingress-port-name-invalid", ing, (doc, r) -> {
                    At s = Pick.one(r, services(doc));
                    if (s == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "http_web", "HTTP", "http-metrics-port", "8080x-", "443");
                    s.map().put("port", YMap.of("name", YScalar.str(bad)));
                    return set(s.field("port.name"), bad);
                }),
                reject("ingress-service-name-invalid", ing, (doc, r) -> {
                    At s = Pick.one(r, services(doc));
                    if (s == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "Frontend", "frontend_svc", "frontend.shop", "shop/frontend");
                    s.map().put("name", YScalar.str(bad));
                    return set(s.field("name"), bad);
                }),
                reject("ingress-backend-service-and-resource", ing, (doc, r) -> {
                    At p = Pick.one(r, paths(doc));
                    if (p == null
                            || p.map("backend") == null
                            || p.map("backend").map("service") == null) {
                        return null;
                    }
                    p.map("backend")
                            .map()
                            .put(
                                    "resource",
                                    YMap.of("apiGroup", "k8s.example.com", "kind", "StorageBucket", "name", "assets"));
                    return "a resource backend added next to the service of " + p.field("backend");
                }),
                reject("ingress-backend-empty", ing, (doc, r) -> {
                    At p = Pick.one(r, paths(doc));
                    if (p == null) {
                        return null;
                    }
                    p.map().put("backend", new YMap());
                    return p.field("backend") + " = {}";
                }),
                reject("ingress-tls-host-invalid", ing, (doc, r) -> {
                    At tls = Pick.one(r, doc.spec().items("tls"));
                    if (tls == null || tls.list("hosts") == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "Shop.example.com", "*.*.example.com", "https://shop.example.com");
                    tls.list("hosts").add(YScalar.str(bad));
                    return "added " + bad + " to " + tls.field("hosts");
                }),
                reject("ingress-tls-secret-invalid", ing, (doc, r) -> {
                    At tls = Pick.one(r, doc.spec().items("tls"));
                    if (tls == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "Shop_TLS", "shop-tls.", "shop tls");
                    tls.map().put("secretName", YScalar.str(bad));
                    return set(tls.field("secretName"), bad);
                }),
                reject("ingress-class-name-invalid", ing, (doc, r) -> {
                    String bad = Pick.one(r, "Nginx", "nginx_internal", "nginx/internal");
                    doc.spec().map().put("ingressClassName", YScalar.str(bad));
                    return set("spec.ingressClassName", bad);
                }),
                reject("ingress-class-annotation-mismatch", ing, (doc, r) -> {
                    doc.spec().map().put("ingressClassName", YScalar.str("nginx"));
                    doc.metadata()
                            .mapOrNew("annotations")
                            .map()
                            .put("kubernetes.io/ingress.class", YScalar.str("traefik"));
                    return "annotation kubernetes.io/ingress.class = traefik with spec.ingressClassName = nginx";
                }),
                accept("ingress-class-annotation-same", ing, (doc, r) -> {
                    doc.spec().map().put("ingressClassName", YScalar.str("nginx"));
                    doc.metadata()
                            .mapOrNew("annotations")
                            .map()
                            .put("kubernetes.io/ingress.class", YScalar.str("nginx"));
                    return "annotation kubernetes.io/ingress.class = spec.ingressClassName = nginx";
                }),
                accept("ingress-wildcard-host", ing, (doc, r) -> {
                    At rule = hostRule(doc, r);
                    if (rule == null) {
                        return null;
                    }
                    rule.map().put("host", YScalar.str("*.apps.example.com"));
                    return set(rule.field("host"), "*.apps.example.com");
                }),
                accept("ingress-implementation-specific-no-path", ing, (doc, r) -> {
                    At p = Pick.one(r, paths(doc));
                    if (p == null) {
                        return null;
                    }
                    p.map().put("pathType", YScalar.str("ImplementationSpecific"));
                    p.map().remove("path");
                    return p.field("pathType") + " = ImplementationSpecific without a path";
                }),
                reject("ingressclass-controller-invalid", cls, (doc, r) -> {
                    if (Pick.one(r, true, false)) {
                        doc.spec().map().remove("controller");
                        return "removed spec.controller";
                    }
                    String bad = Pick.one(r, "nginx", "k8s.io/", "/ingress-nginx", "K8s.io/ingress-nginx");
                    doc.spec().map().put("controller", YScalar.str(bad));
                    return set("spec.controller", bad);
                }),
                reject("ingressclass-scope-namespace-missing", cls, (doc, r) -> {
                    At p = doc.spec().map("parameters");
                    if (p == null) {
                        return null;
                    }
                    p.map().put("scope", YScalar.str("Namespace"));
                    p.map().remove("namespace");
                    return "spec.parameters.scope = Namespace without a namespace";
                }),
                reject("ingressclass-scope-cluster-namespace", cls, (doc, r) -> {
                    At p = doc.spec().map("parameters");
                    if (p == null) {
                        return null;
                    }
                    p.map().put("namespace", YScalar.str("ingress-system"));
                    if (Pick.one(r, true, false)) {
                        p.map().put("scope", YScalar.str("Cluster"));
                        return "spec.parameters.scope = Cluster with a namespace";
                    }
                    p.map().remove("scope");
                    return "spec.parameters.namespace without scope (the default is Cluster)";
                }),
                reject("enum-case-ingressclass-scope", cls, (doc, r) -> {
                    At p = doc.spec().map("parameters");
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "namespace", "NAMESPACE", "Namespaced");
                    p.map().put("scope", YScalar.str(bad));
                    return set("spec.parameters.scope", bad);
                }),
                accept("ingressclass-cluster-scope-default", cls, (doc, r) -> {
                    At p = doc.spec().map("parameters");
                    if (p == null) {
                        return null;
                    }
                    p.map().remove("scope");
                    p.map().remove("namespace");
                    return "removed spec.parameters.scope and namespace (Cluster scope)";
                }),
                reject("netpol-port-out-of-range", np, (doc, r) -> {
                    At p = Pick.one(r, policyPorts(doc));
                    if (p == null) {
                        return null;
                    }
                    long bad = Pick.one(r, 0L, 65536L, 80800L);
                    p.map().put("port", YScalar.num(bad));
                    p.map().remove("endPort");
                    return set(p.field("port"), bad);
                }),
                reject("netpol-port-name-invalid", np, (doc, r) -> {
                    At p = Pick.one(r, policyPorts(doc));
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "http_web", "HTTP", "http-metrics-port", "8080");
                    p.map().put("port", YScalar.str(bad));
                    p.map().remove("endPort");
                    return set(p.field("port"), bad);
                }),
                reject("netpol-end-port-below-port", np, (doc, r) -> {
                    At p = Pick.one(r, policyPorts(doc));
                    if (p == null) {
                        return null;
                    }
                    p.map().put("port", YScalar.num(8080));
                    p.map().put("endPort", YScalar.num(Pick.one(r, 80L, 8079L)));
                    return p.field("endPort") + " below port 8080";
                }),
                reject("netpol-end-port-named-port", np, (doc, r) -> {
                    At p = Pick.one(r, policyPorts(doc));
                    if (p == null) {
                        return null;
                    }
                    p.map().put("port", YScalar.str("http"));
                    p.map().put("endPort", YScalar.num(8090));
                    return p.field("endPort") + " with a named port";
                }),
                reject("netpol-end-port-without-port", np, (doc, r) -> {
                    At p = Pick.one(r, policyPorts(doc));
                    if (p == null) {
                        return null;
                    }
                    p.map().remove("port");
                    p.map().put("endPort", YScalar.num(8090));
                    return p.field("endPort") + " without port";
                }),
                reject("enum-case-netpol-protocol", np, (doc, r) -> {
                    At p = Pick.one(r, policyPorts(doc));
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "tcp", "Udp", "ICMP", "HTTP");
                    p.map().put("protocol", YScalar.str(bad));
                    return set(p.field("protocol"), bad);
                }),
                reject("netpol-peer-empty", np, (doc, r) -> {
                    At rule = firstRule(doc);
                    rule.map().listOrNew("from").add(new YMap());
                    return "an empty peer {} in " + rule.field("from");
                }),
                reject("netpol-ipblock-with-selector", np, (doc, r) -> {
                    At rule = firstRule(doc);
                    rule.map()
                            .listOrNew("from")
                            .add(YMap.of(
                                    "ipBlock",
                                    YMap.of("cidr", "10.20.0.0/16"),
                                    "namespaceSelector",
                                    YMap.of("matchLabels", YMap.of("team", "web"))));
                    return "a peer with both ipBlock and namespaceSelector in " + rule.field("from");
                }),
                reject("netpol-cidr-invalid", np, (doc, r) -> {
                    At b = Pick.one(r, ipBlocks(doc));
                    if (b == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "10.0.0.1", "10.0.0.300/24", "10.0.0.0/33", "10.0.0.0/", "any", "");
                    b.map().put("cidr", YScalar.str(bad));
                    b.map().remove("except");
                    return set(b.field("cidr"), bad);
                }),
                reject("netpol-except-outside-cidr", np, (doc, r) -> {
                    At b = Pick.one(r, ipBlocks(doc));
                    if (b == null) {
                        return null;
                    }
                    b.map().put("cidr", YScalar.str("10.10.0.0/16"));
                    String bad = Pick.one(r, "10.11.0.0/24", "10.10.0.0/16", "10.0.0.0/8");
                    b.map().put("except", YList.ofStrings(bad));
                    return "cidr 10.10.0.0/16 with except " + bad;
                }),
                reject("enum-case-netpol-policy-type", np, (doc, r) -> {
                    String bad = Pick.one(r, "ingress", "EGRESS", "Both");
                    doc.spec().map().put("policyTypes", YList.ofStrings("Ingress", bad));
                    return "spec.policyTypes = [Ingress, " + bad + "]";
                }),
                reject("netpol-three-policy-types", np, (doc, r) -> {
                    doc.spec().map().put("policyTypes", YList.ofStrings("Ingress", "Egress", "Ingress"));
                    return "spec.policyTypes = [Ingress, Egress, Ingress]";
                }),
                reject("netpol-selector-invalid", np, (doc, r) -> {
                    At selector = doc.spec().mapOrNew("podSelector");
                    if (Pick.one(r, true, false)) {
                        selector.mapOrNew("matchLabels").map().put("app", YScalar.str(Pick.one(r, "my app", "api/v1")));
                        return "an invalid label value in spec.podSelector.matchLabels";
                    }
                    YMap expression = Pick.one(
                            r,
                            YMap.of("key", "tier", "operator", "In", "values", new YList()),
                            YMap.of("key", "tier", "operator", "Exists", "values", YList.ofStrings("web")),
                            YMap.of("key", "tier", "operator", "in", "values", YList.ofStrings("web")));
                    selector.map().listOrNew("matchExpressions").add(expression);
                    return "a matchExpressions entry in spec.podSelector with operator " + expression.text("operator")
                            + " and values it does not allow";
                }),
                accept("netpol-end-port-equal", np, (doc, r) -> {
                    At p = Pick.one(r, policyPorts(doc));
                    if (p == null) {
                        return null;
                    }
                    p.map().put("port", YScalar.num(9000));
                    p.map().put("endPort", YScalar.num(9000));
                    return p.field("endPort") + " = port = 9000";
                }),
                accept("netpol-allow-all-rule", np, (doc, r) -> {
                    doc.spec().map().listOrNew("ingress").add(new YMap());
                    return "an empty ingress rule {} (allows all)";
                }),
                accept("netpol-ipv6-block", np, (doc, r) -> {
                    At rule = firstRule(doc);
                    rule.map()
                            .listOrNew("from")
                            .add(YMap.of(
                                    "ipBlock", YMap.of("cidr", "fd00::/8", "except", YList.ofStrings("fd00:1::/32"))));
                    return "an IPv6 ipBlock peer in " + rule.field("from");
                }));
    }
}
