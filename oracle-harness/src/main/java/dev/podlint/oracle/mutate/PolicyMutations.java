package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.accept;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.ArrayList;
import java.util.List;

/** PodDisruptionBudgets and HorizontalPodAutoscalers: budgets, replica bounds, metrics, behavior. */
final class PolicyMutations {

    private PolicyMutations() {}

    /** The budget field the seed sets (minAvailable or maxUnavailable). */
    static String budgetKey(Doc doc) {
        return doc.spec().has("minAvailable") ? "minAvailable" : "maxUnavailable";
    }

    static boolean v2(Doc doc) {
        return "autoscaling/v2".equals(doc.top().text("apiVersion"));
    }

    static List<At> metrics(Doc doc) {
        return doc.spec().items("metrics");
    }

    /** The target of a metric: the mapping of its source's target. */
    static At target(At metric) {
        for (String source : List.of("resource", "containerResource", "pods", "object", "external")) {
            At src = metric.map(source);
            if (src != null && src.map("target") != null) {
                return src.map("target");
            }
        }
        return null;
    }

    static List<At> scalingPolicies(Doc doc) {
        List<At> policies = new ArrayList<>();
        At behavior = doc.spec().map("behavior");
        if (behavior != null) {
            for (String rules : List.of("scaleUp", "scaleDown")) {
                At r = behavior.map(rules);
                if (r != null) {
                    policies.addAll(r.items("policies"));
                }
            }
        }
        return policies;
    }

    static List<Mutation> all() {
        var pdb = Kinds.of("PodDisruptionBudget");
        var hpa = Kinds.of("HorizontalPodAutoscaler");
        return List.of(
                reject("pdb-both-budgets", pdb, (doc, r) -> {
                    String other = budgetKey(doc).equals("minAvailable") ? "maxUnavailable" : "minAvailable";
                    YScalar value = Pick.one(r, YScalar.num(1), YScalar.str("25%"));
                    doc.spec().map().put(other, value);
                    return set("spec." + other, value) + " next to spec." + budgetKey(doc);
                }),
                reject("pdb-percent-over-100", pdb, (doc, r) -> {
                    String bad = Pick.one(r, "101%", "150%", "200%");
                    doc.spec().map().put(budgetKey(doc), YScalar.str(bad));
                    return set("spec." + budgetKey(doc), bad);
                }),
                reject("pdb-negative", pdb, (doc, r) -> {
                    long bad = Pick.one(r, -1L, -2L);
                    doc.spec().map().put(budgetKey(doc), YScalar.num(bad));
                    return set("spec." + budgetKey(doc), bad);
                }),
                reject("pdb-not-a-percentage", pdb, (doc, r) -> {
                    YScalar bad = Pick.one(
                            r, YScalar.quoted("2"), YScalar.str("50 %"), YScalar.str("half"), YScalar.str("0.5"));
                    doc.spec().map().put(budgetKey(doc), bad);
                    return set("spec." + budgetKey(doc), bad);
                }),
                reject("pdb-selector-operator", pdb, (doc, r) -> {
                    At selector = doc.spec().mapOrNew("selector");
                    String op = Pick.one(r, "in", "Equals", "NotExists");
                    selector.map()
                            .listOrNew("matchExpressions")
                            .add(YMap.of(
                                    "key",
                                    YScalar.str("tier"),
                                    "operator",
                                    YScalar.str(op),
                                    "values",
                                    YList.ofStrings("web")));
                    return "a matchExpressions entry with operator " + op + " in spec.selector";
                }),
                reject("pdb-selector-value-invalid", pdb, (doc, r) -> {
                    String bad = Pick.one(r, "my app", "web/api", "-web");
                    doc.spec()
                            .mapOrNew("selector")
                            .mapOrNew("matchLabels")
                            .map()
                            .put("app", YScalar.str(bad));
                    return set("spec.selector.matchLabels.app", bad);
                }),
                reject("enum-case-pdb-eviction-policy", pdb, (doc, r) -> {
                    String bad = Pick.one(r, "alwaysAllow", "IfHealthy", "ALWAYSALLOW");
                    doc.spec().map().put("unhealthyPodEvictionPolicy", YScalar.str(bad));
                    return set("spec.unhealthyPodEvictionPolicy", bad);
                }),
                accept("pdb-boundary", pdb, (doc, r) -> {
                    YScalar value = Pick.one(r, YScalar.str("100%"), YScalar.str("0%"), YScalar.num(0));
                    doc.spec().map().put(budgetKey(doc), value);
                    return set("spec." + budgetKey(doc), value);
                }),
                accept("pdb-empty-selector", pdb, (doc, r) -> {
                    doc.spec().map().put("selector", new YMap());
                    return "spec.selector = {} (every pod of the namespace)";
                }),
                reject("hpa-min-replicas-zero", hpa, (doc, r) -> {
                    doc.spec().map().put("minReplicas", YScalar.num(0));
                    return set("spec.minReplicas", 0);
                }),
                reject("hpa-max-below-min", hpa, (doc, r) -> {
                    doc.spec().map().put("minReplicas", YScalar.num(5));
                    long max = Pick.one(r, 2L, 4L);
                    doc.spec().map().put("maxReplicas", YScalar.num(max));
                    return "spec.minReplicas = 5, " + set("spec.maxReplicas", max);
                }),
                reject("hpa-max-replicas-zero", hpa, (doc, r) -> {
                    doc.spec().map().put("maxReplicas", YScalar.num(Pick.one(r, 0L, -3L)));
                    return "spec.maxReplicas not positive";
                }),
                reject("hpa-target-api-version-no-group", hpa, (doc, r) -> {
                    At ref = doc.spec().map("scaleTargetRef");
                    if (Pick.one(r, true, false)) {
                        ref.map().put("apiVersion", YScalar.str("v1"));
                        return set("spec.scaleTargetRef.apiVersion", "v1");
                    }
                    ref.map().remove("apiVersion");
                    return "removed spec.scaleTargetRef.apiVersion";
                }),
                reject("hpa-target-name-invalid", hpa, (doc, r) -> {
                    String bad = Pick.one(r, "apps/web", "web%20api", "..");
                    doc.spec().map("scaleTargetRef").map().put("name", YScalar.str(bad));
                    return set("spec.scaleTargetRef.name", bad);
                }),
                reject("hpa-metric-source-mismatch", hpa, (doc, r) -> {
                    At m = Pick.one(r, metrics(doc));
                    if (m == null) {
                        return null;
                    }
                    String type = m.text("type");
                    String other = Pick.one(r, "Pods", "External", "Object", "Resource");
                    if (other.equals(type)) {
                        other = type.equals("Pods") ? "Resource" : "Pods";
                    }
                    m.map().put("type", YScalar.str(other));
                    return set(m.field("type"), other) + " while the metric sets its " + type + " source";
                }),
                reject("hpa-metric-two-sources", hpa, (doc, r) -> {
                    At m = Pick.one(r, metrics(doc));
                    if (m == null || m.has("pods")) {
                        return null;
                    }
                    m.map()
                            .put(
                                    "pods",
                                    YMap.of(
                                            "metric",
                                            YMap.of("name", YScalar.str("requests")),
                                            "target",
                                            YMap.of(
                                                    "type",
                                                    YScalar.str("AverageValue"),
                                                    "averageValue",
                                                    YScalar.str("10"))));
                    return "a pods source added to " + m.path();
                }),
                reject("hpa-utilization-and-value", hpa, (doc, r) -> {
                    for (At m : metrics(doc)) {
                        At t = target(m);
                        if (t != null && t.has("averageUtilization")) {
                            t.map().put("averageValue", YScalar.str("500m"));
                            return "averageValue added next to " + t.field("averageUtilization");
                        }
                    }
                    return null;
                }),
                reject("hpa-target-value-missing", hpa, (doc, r) -> {
                    At m = Pick.one(r, metrics(doc));
                    At t = m == null ? null : target(m);
                    if (t == null) {
                        return null;
                    }
                    t.map().remove("averageUtilization");
                    t.map().remove("averageValue");
                    t.map().remove("value");
                    return "removed the values of " + t.path();
                }),
                reject("hpa-utilization-zero", hpa, (doc, r) -> {
                    if (!v2(doc)) {
                        doc.spec().map().put("targetCPUUtilizationPercentage", YScalar.num(0));
                        return set("spec.targetCPUUtilizationPercentage", 0);
                    }
                    for (At m : metrics(doc)) {
                        At t = target(m);
                        if (t != null && t.has("averageUtilization")) {
                            long bad = Pick.one(r, 0L, -10L);
                            t.map().put("averageUtilization", YScalar.num(bad));
                            return set(t.field("averageUtilization"), bad);
                        }
                    }
                    return null;
                }),
                reject("hpa-target-value-not-positive", hpa, (doc, r) -> {
                    for (At m : metrics(doc)) {
                        At t = target(m);
                        String key = t == null
                                ? null
                                : t.has("averageValue") ? "averageValue" : t.has("value") ? "value" : null;
                        if (key != null) {
                            String bad = Pick.one(r, "0", "-1", "-500m");
                            t.map().put(key, YScalar.str(bad));
                            return set(t.field(key), bad);
                        }
                    }
                    return null;
                }),
                reject("enum-case-hpa-target-type", hpa, (doc, r) -> {
                    At m = Pick.one(r, metrics(doc));
                    At t = m == null ? null : target(m);
                    if (t == null) {
                        return null;
                    }
                    String bad = Pick.one(r, Pick.wrongCase(r, t.text("type")), "Utilisation", "Average");
                    t.map().put("type", YScalar.str(bad));
                    return set(t.field("type"), bad);
                }),
                reject("enum-case-hpa-metric-type", hpa, (doc, r) -> {
                    At m = Pick.one(r, metrics(doc));
                    if (m == null) {
                        return null;
                    }
                    String bad = Pick.wrongCase(r, m.text("type"));
                    m.map().put("type", YScalar.str(bad));
                    return set(m.field("type"), bad);
                }),
                reject("hpa-policy-period-out-of-range", hpa, (doc, r) -> {
                    At p = Pick.one(r, scalingPolicies(doc));
                    if (p == null) {
                        return null;
                    }
                    long bad = Pick.one(r, 0L, 3600L, 1801L);
                    p.map().put("periodSeconds", YScalar.num(bad));
                    return set(p.field("periodSeconds"), bad);
                }),
                reject("hpa-policy-value-not-positive", hpa, (doc, r) -> {
                    At p = Pick.one(r, scalingPolicies(doc));
                    if (p == null) {
                        return null;
                    }
                    long bad = Pick.one(r, 0L, -5L);
                    p.map().put("value", YScalar.num(bad));
                    return set(p.field("value"), bad);
                }),
                reject("enum-case-hpa-policy-type", hpa, (doc, r) -> {
                    At p = Pick.one(r, scalingPolicies(doc));
                    if (p == null) {
                        return null;
                    }
                    String bad = Pick.one(r, Pick.wrongCase(r, p.text("type")), "Percentage", "Pod");
                    p.map().put("type", YScalar.str(bad));
                    return set(p.field("type"), bad);
                }),
                reject("hpa-policies-empty", hpa, (doc, r) -> {
                    if (!v2(doc)) {
                        return null;
                    }
                    String rules = Pick.one(r, "scaleUp", "scaleDown");
                    doc.spec().mapOrNew("behavior").mapOrNew(rules).map().put("policies", new YList());
                    return "spec.behavior." + rules + ".policies = []";
                }),
                reject("hpa-stabilization-window-out-of-range", hpa, (doc, r) -> {
                    if (!v2(doc)) {
                        return null;
                    }
                    String rules = Pick.one(r, "scaleUp", "scaleDown");
                    long bad = Pick.one(r, -1L, 3601L, 7200L);
                    doc.spec()
                            .mapOrNew("behavior")
                            .mapOrNew(rules)
                            .map()
                            .put("stabilizationWindowSeconds", YScalar.num(bad));
                    return set("spec.behavior." + rules + ".stabilizationWindowSeconds", bad);
                }),
                reject("enum-case-hpa-select-policy", hpa, (doc, r) -> {
                    if (!v2(doc)) {
                        return null;
                    }
                    String bad = Pick.one(r, "max", "MIN", "Maximum", "disabled");
                    doc.spec().mapOrNew("behavior").mapOrNew("scaleUp").map().put("selectPolicy", YScalar.str(bad));
                    return set("spec.behavior.scaleUp.selectPolicy", bad);
                }),
                accept("hpa-min-equals-max", hpa, (doc, r) -> {
                    doc.spec().map().put("minReplicas", YScalar.num(3));
                    doc.spec().map().put("maxReplicas", YScalar.num(3));
                    return "spec.minReplicas = spec.maxReplicas = 3";
                }),
                accept("hpa-default-metrics", hpa, (doc, r) -> {
                    if (!v2(doc) || doc.spec().map().remove("metrics") == null) {
                        return null;
                    }
                    return "removed spec.metrics (the default is CPU at 80%)";
                }),
                accept("hpa-behavior-window-only", hpa, (doc, r) -> {
                    if (!v2(doc)) {
                        return null;
                    }
                    String rules = Pick.one(r, "scaleUp", "scaleDown");
                    YMap behavior = doc.spec().map().mapOrNew("behavior");
                    behavior.put(
                            rules, YMap.of("stabilizationWindowSeconds", YScalar.num(Pick.one(r, 0L, 600L, 3600L))));
                    return "spec.behavior." + rules + " with only stabilizationWindowSeconds (default policies)";
                }));
    }
}
