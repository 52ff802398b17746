package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.List;

/** Deployments, ReplicaSets, ReplicationControllers, StatefulSets and DaemonSets: selectors, strategies, counts. */
final class WorkloadMutations {

    private WorkloadMutations() {}

    static List<Mutation> all() {
        var apps = Kinds.APPS;
        var selectorKinds = Kinds.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "ReplicationController");
        return List.of(
                reject("selector-mismatch", selectorKinds, (doc, r) -> {
                    At spec = doc.spec();
                    YMap labels = doc.podMetadata().mapOrNew("labels").map();
                    YMap selector = doc.kind().equals("ReplicationController")
                            ? spec.map().map("selector")
                            : spec.map("selector").map().map("matchLabels");
                    if (selector == null || selector.size() == 0) {
                        return null;
                    }
                    YMap.Entry entry = selector.entries.get(r.nextInt(selector.size()));
                    String key = entry.key;
                    String value = ((YScalar) entry.value).text();
                    switch (r.nextInt(3)) {
                        case 0 -> {
                            labels.put(key, YScalar.str(value + "-v2"));
                            return "template label " + key + " = '" + value + "-v2' while the selector wants '" + value
                                    + "'";
                        }
                        case 1 -> {
                            entry.value = YScalar.str(value + "s");
                            return "selector " + key + " = '" + value + "s' while the template label is '" + value
                                    + "'";
                        }
                        default -> {
                            labels.remove(key);
                            return "removed template label " + key + " that the selector needs";
                        }
                    }
                }),
                reject("selector-missing", apps, (doc, r) -> {
                    doc.spec().map().remove("selector");
                    return "removed spec.selector";
                }),
                reject("selector-empty", apps, (doc, r) -> {
                    doc.spec().map().put("selector", YMap.of("matchLabels", new YMap()));
                    return "spec.selector.matchLabels = {}";
                }),
                reject("selector-expression-invalid", apps, (doc, r) -> {
                    At selector = doc.spec().map("selector");
                    YMap expression = switch (r.nextInt(3)) {
                        case 0 -> YMap.of("key", "track", "operator", "In");
                        case 1 -> YMap.of("key", "track", "operator", "Exists", "values", YList.ofStrings("stable"));
                        default ->
                            YMap.of(
                                    "key",
                                    "track",
                                    "operator",
                                    Pick.wrongCase(r, "NotIn"),
                                    "values",
                                    YList.ofStrings("canary"));
                    };
                    selector.map().listOrNew("matchExpressions").add(expression);
                    return "added selector expression "
                            + YamlText.yaml(expression).strip().replace("\n", ", ");
                }),
                reject(
                        "replicas-negative",
                        Kinds.of("Deployment", "ReplicaSet", "StatefulSet", "ReplicationController"),
                        (doc, r) -> {
                            long bad = Pick.one(r, -1L, -3L);
                            doc.spec().map().put("replicas", YScalar.num(bad));
                            return set("spec.replicas", bad);
                        }),
                reject("count-field-negative", apps, (doc, r) -> {
                    String field = Pick.one(r, "revisionHistoryLimit", "minReadySeconds");
                    long bad = -1 - r.nextInt(10);
                    doc.spec().map().put(field, YScalar.num(bad));
                    return set("spec." + field, bad);
                }),
                reject("enum-case-strategy-type", Kinds.of("Deployment", "StatefulSet", "DaemonSet"), (doc, r) -> {
                    String field = doc.kind().equals("Deployment") ? "strategy" : "updateStrategy";
                    At strategy = doc.spec().mapOrNew(field);
                    String good = strategy.text("type") != null
                            ? strategy.text("type")
                            : doc.kind().equals("Deployment") ? "RollingUpdate" : "OnDelete";
                    String bad = Pick.wrongCase(r, good);
                    strategy.map().put("type", YScalar.str(bad));
                    if (!bad.equalsIgnoreCase("RollingUpdate")) {
                        strategy.map().remove("rollingUpdate");
                    }
                    return set(strategy.field("type"), bad);
                }),
                reject("recreate-with-rolling-update", Kinds.of("Deployment"), (doc, r) -> {
                    At strategy = doc.spec().mapOrNew("strategy");
                    strategy.map().put("type", YScalar.str("Recreate"));
                    strategy.map().put("rollingUpdate", YMap.of("maxSurge", YScalar.num(1)));
                    return "strategy Recreate with rollingUpdate parameters";
                }),
                reject("max-surge-and-unavailable-zero", Kinds.of("Deployment", "DaemonSet"), (doc, r) -> {
                    String field = doc.kind().equals("Deployment") ? "strategy" : "updateStrategy";
                    At strategy = doc.spec().mapOrNew(field);
                    strategy.map().put("type", YScalar.str("RollingUpdate"));
                    strategy.map()
                            .put(
                                    "rollingUpdate",
                                    YMap.of(
                                            "maxSurge",
                                            YScalar.num(0),
                                            "maxUnavailable",
                                            r.nextBoolean() ? YScalar.num(0) : YScalar.str("0%")));
                    return "rollingUpdate with maxSurge 0 and maxUnavailable 0";
                }),
                reject("rolling-update-value-invalid", Kinds.of("Deployment", "DaemonSet"), (doc, r) -> {
                    String field = doc.kind().equals("Deployment") ? "strategy" : "updateStrategy";
                    At strategy = doc.spec().mapOrNew(field);
                    strategy.map().put("type", YScalar.str("RollingUpdate"));
                    String which = Pick.one(r, "maxSurge", "maxUnavailable");
                    YScalar bad = Pick.one(
                            r,
                            YScalar.str("120%"),
                            YScalar.str("25"),
                            YScalar.str("25 %"),
                            YScalar.num(-1),
                            YScalar.str("half"));
                    strategy.mapOrNew("rollingUpdate").map().put(which, bad);
                    return set(strategy.field("rollingUpdate." + which), bad);
                }),
                reject("progress-deadline-not-above-min-ready", Kinds.of("Deployment"), (doc, r) -> {
                    long minReady = 30 + r.nextInt(60);
                    doc.spec().map().put("minReadySeconds", YScalar.num(minReady));
                    doc.spec().map().put("progressDeadlineSeconds", YScalar.num(minReady - r.nextInt(10)));
                    return "progressDeadlineSeconds not above minReadySeconds " + minReady;
                }),
                reject("enum-case-pod-management-policy", Kinds.of("StatefulSet"), (doc, r) -> {
                    String bad = Pick.wrongCase(r, Pick.one(r, "Parallel", "OrderedReady"));
                    doc.spec().map().put("podManagementPolicy", YScalar.str(bad));
                    return set("spec.podManagementPolicy", bad);
                }),
                reject("statefulset-service-name-invalid", Kinds.of("StatefulSet"), (doc, r) -> {
                    String bad = Pick.one(r, "Postgres_Headless", "postgres.headless", "-postgres");
                    doc.spec().map().put("serviceName", YScalar.str(bad));
                    return set("spec.serviceName", bad);
                }),
                reject("statefulset-partition-negative", Kinds.of("StatefulSet"), (doc, r) -> {
                    At strategy = doc.spec().mapOrNew("updateStrategy");
                    strategy.map().put("type", YScalar.str("RollingUpdate"));
                    strategy.map().put("rollingUpdate", YMap.of("partition", YScalar.num(-1)));
                    return "spec.updateStrategy.rollingUpdate.partition = -1";
                }),
                reject("statefulset-active-deadline", Kinds.of("StatefulSet"), (doc, r) -> {
                    doc.podSpec().map().put("activeDeadlineSeconds", YScalar.num(3600));
                    return "spec.template.spec.activeDeadlineSeconds set (not supported in a StatefulSet)";
                }),
                reject("enum-case-pvc-retention-policy", Kinds.of("StatefulSet"), (doc, r) -> {
                    String which = Pick.one(r, "whenDeleted", "whenScaled");
                    String bad = Pick.wrongCase(r, Pick.one(r, "Retain", "Delete"));
                    doc.spec()
                            .mapOrNew("persistentVolumeClaimRetentionPolicy")
                            .map()
                            .put(which, YScalar.str(bad));
                    return set("spec.persistentVolumeClaimRetentionPolicy." + which, bad);
                }),
                reject("claim-template-invalid", Kinds.of("StatefulSet"), (doc, r) -> {
                    List<At> templates = doc.spec().items("volumeClaimTemplates");
                    At t = Pick.one(r, templates);
                    if (t == null) {
                        return null;
                    }
                    At spec = t.mapOrNew("spec");
                    switch (r.nextInt(4)) {
                        case 0 -> {
                            spec.map().remove("accessModes");
                            return "removed " + spec.field("accessModes");
                        }
                        case 1 -> {
                            spec.map().remove("resources");
                            return "removed " + spec.field("resources") + " (no storage request)";
                        }
                        case 2 -> {
                            String bad = Pick.wrongCase(r, "ReadWriteOnce");
                            spec.map().put("accessModes", YList.ofStrings(bad));
                            return set(spec.field("accessModes"), "[" + bad + "]");
                        }
                        default -> {
                            String bad = Pick.one(r, "20 Gi", "20GB", "lots");
                            spec.mapOrNew("resources")
                                    .mapOrNew("requests")
                                    .map()
                                    .put("storage", YScalar.str(bad));
                            return set(spec.field("resources.requests.storage"), bad);
                        }
                    }
                }));
    }
}
