package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.mistake;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.List;

/** Pod-level fields: restart and DNS policy, scheduling, host settings. */
final class PodSpecMutations {

    private PodSpecMutations() {}

    static List<Mutation> all() {
        var k = Kinds.WITH_POD_SPEC;
        return List.of(
                reject("enum-case-restart-policy", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String good = spec.text("restartPolicy") != null
                            ? spec.text("restartPolicy")
                            : Kinds.JOBS.contains(doc.kind()) ? "Never" : "Always";
                    String bad = Pick.wrongCase(r, good);
                    spec.map().put("restartPolicy", YScalar.str(bad));
                    return set(spec.field("restartPolicy"), bad);
                }),
                reject(
                        "workload-restart-policy",
                        Kinds.of(
                                "Deployment",
                                "ReplicaSet",
                                "ReplicationController",
                                "StatefulSet",
                                "DaemonSet",
                                "Job",
                                "CronJob"),
                        (doc, r) -> {
                            At spec = doc.podSpec();
                            String bad = Kinds.JOBS.contains(doc.kind()) ? "Always" : Pick.one(r, "Never", "OnFailure");
                            spec.map().put("restartPolicy", YScalar.str(bad));
                            return set(spec.field("restartPolicy"), bad) + " (the " + doc.kind()
                                    + " controller rejects it)";
                        }),
                reject("enum-case-dns-policy", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String good = spec.text("dnsPolicy") != null
                            ? spec.text("dnsPolicy")
                            : Pick.one(r, "ClusterFirst", "Default", "ClusterFirstWithHostNet");
                    String bad = Pick.wrongCase(r, good);
                    spec.map().put("dnsPolicy", YScalar.str(bad));
                    return set(spec.field("dnsPolicy"), bad);
                }),
                reject("dns-policy-none-without-nameservers", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    spec.map().put("dnsPolicy", YScalar.str("None"));
                    spec.map().remove("dnsConfig");
                    return set(spec.field("dnsPolicy"), "None") + " without dnsConfig.nameservers";
                }),
                reject("active-deadline-not-positive", Kinds.of("Pod", "Job", "CronJob"), (doc, r) -> {
                    At spec = doc.kind().equals("Pod") ? doc.podSpec() : doc.jobSpec();
                    long bad = Pick.one(r, 0L, -60L);
                    spec.map().put("activeDeadlineSeconds", YScalar.num(bad));
                    return set(spec.field("activeDeadlineSeconds"), bad);
                }),
                reject("node-selector-value-invalid", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String bad = Pick.one(r, "linux amd64", "-gpu", Pick.label("pool", 64), "zone/a");
                    spec.mapOrNew("nodeSelector").map().put("node-pool", YScalar.str(bad));
                    return set(spec.field("nodeSelector") + "[node-pool]", bad);
                }),
                reject("toleration-invalid", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    YMap toleration;
                    String what;
                    switch (r.nextInt(4)) {
                        case 0 -> {
                            toleration = YMap.of(
                                    "key", "dedicated", "operator", "Exists", "value", "gpu", "effect", "NoSchedule");
                            what = "operator Exists with a value";
                        }
                        case 1 -> {
                            String op = Pick.wrongCase(r, Pick.one(r, "Equal", "Exists"));
                            toleration = YMap.of("key", "dedicated", "operator", op, "value", "gpu");
                            what = "operator '" + op + "'";
                        }
                        case 2 -> {
                            String effect =
                                    Pick.wrongCase(r, Pick.one(r, "NoSchedule", "PreferNoSchedule", "NoExecute"));
                            toleration =
                                    YMap.of("key", "dedicated", "operator", "Equal", "value", "gpu", "effect", effect);
                            what = "effect '" + effect + "'";
                        }
                        default -> {
                            toleration = YMap.of(
                                    "key",
                                    "dedicated",
                                    "operator",
                                    "Equal",
                                    "value",
                                    "gpu",
                                    "effect",
                                    "NoSchedule",
                                    "tolerationSeconds",
                                    YScalar.num(300));
                            what = "tolerationSeconds with effect NoSchedule";
                        }
                    }
                    spec.map().listOrNew("tolerations").add(toleration);
                    return "added a toleration with " + what + " to " + spec.field("tolerations");
                }),
                reject("host-alias-ip-invalid", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String bad = Pick.one(r, "10.10.0.256", "legacy-db", "10.10.0", "::g");
                    spec.map()
                            .listOrNew("hostAliases")
                            .add(YMap.of("ip", bad, "hostnames", YList.ofStrings("legacy.internal")));
                    return "added hostAliases entry with ip '" + bad + "'";
                }),
                reject("topology-spread-invalid", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    YMap constraint = YMap.of(
                            "maxSkew",
                            YScalar.num(1),
                            "topologyKey",
                            "topology.kubernetes.io/zone",
                            "whenUnsatisfiable",
                            "DoNotSchedule",
                            "labelSelector",
                            YMap.of("matchLabels", YMap.of("app", "x")));
                    String what;
                    if (r.nextBoolean()) {
                        long skew = Pick.one(r, 0L, -1L);
                        constraint.put("maxSkew", YScalar.num(skew));
                        what = "maxSkew " + skew;
                    } else {
                        String bad = Pick.wrongCase(r, Pick.one(r, "DoNotSchedule", "ScheduleAnyway"));
                        constraint.put("whenUnsatisfiable", bad);
                        what = "whenUnsatisfiable '" + bad + "'";
                    }
                    spec.map().listOrNew("topologySpreadConstraints").add(constraint);
                    return "added a topologySpreadConstraint with " + what;
                }),
                reject("enum-case-affinity-operator", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String bad = Pick.wrongCase(r, Pick.one(r, "In", "NotIn", "Exists", "DoesNotExist"));
                    YMap expression = YMap.of("key", "kubernetes.io/arch", "operator", bad);
                    if (!bad.toLowerCase().contains("exist")) {
                        expression.put("values", YList.ofStrings("amd64"));
                    }
                    spec.map()
                            .put(
                                    "affinity",
                                    YMap.of(
                                            "nodeAffinity",
                                            YMap.of(
                                                    "requiredDuringSchedulingIgnoredDuringExecution",
                                                    YMap.of(
                                                            "nodeSelectorTerms",
                                                            YList.of(YMap.of(
                                                                    "matchExpressions", YList.of(expression)))))));
                    return "node affinity expression with operator '" + bad + "'";
                }),
                reject("service-account-name-invalid", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String bad = Pick.one(r, "Payments_API", "payments api", "-payments", "Payments");
                    spec.map().put("serviceAccountName", YScalar.str(bad));
                    return set(spec.field("serviceAccountName"), bad);
                }),
                reject("hostname-invalid", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String bad = Pick.one(r, "Orders.API", "orders_api", "orders.api", Pick.label("host", 64));
                    spec.map().put("hostname", YScalar.str(bad));
                    return set(spec.field("hostname"), bad);
                }),
                reject("enum-case-fs-group-change-policy", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String bad = Pick.wrongCase(r, Pick.one(r, "OnRootMismatch", "Always"));
                    spec.mapOrNew("securityContext").map().put("fsGroupChangePolicy", YScalar.str(bad));
                    return set(spec.field("securityContext.fsGroupChangePolicy"), bad);
                }),
                reject("sysctl-name-invalid", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String bad =
                            Pick.one(r, "net..ipv4.ip_forward", "Net.Core.Somaxconn", "net.core.somaxconn=1024", "");
                    spec.mapOrNew("securityContext")
                            .map()
                            .listOrNew("sysctls")
                            .add(YMap.of("name", bad, "value", "1024"));
                    return "sysctl named '" + bad + "'";
                }),
                mistake("image-pull-secret-empty", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    spec.map().listOrNew("imagePullSecrets").add(new YMap());
                    return "an empty entry in " + spec.field("imagePullSecrets");
                }));
    }
}
