package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.accept;
import static dev.podlint.oracle.mutate.M.mistake;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.List;
import java.util.Random;

/**
 * PersistentVolumeClaims, PersistentVolumes, StorageClasses, RBAC roles and bindings,
 * PriorityClasses, ResourceQuotas and LimitRanges.
 */
final class CoreKindMutations {

    private CoreKindMutations() {}

    private static At rule(Doc doc, Random r) {
        return Pick.one(r, doc.top().items("rules"));
    }

    private static At subject(Doc doc, Random r, String kind) {
        List<At> subjects = doc.top().items("subjects").stream()
                .filter(s -> kind == null || kind.equals(s.text("kind")))
                .toList();
        return subjects.isEmpty() ? null : Pick.one(r, subjects);
    }

    private static At limit(Doc doc, String type) {
        At spec = doc.spec();
        if (spec == null) {
            return null;
        }
        for (At limit : spec.items("limits")) {
            if (type.equals(limit.text("type"))) {
                return limit;
            }
        }
        return null;
    }

    static List<Mutation> all() {
        var pvc = Kinds.of("PersistentVolumeClaim");
        var pv = Kinds.of("PersistentVolume");
        var claims = Kinds.of("PersistentVolumeClaim", "PersistentVolume");
        var sc = Kinds.of("StorageClass");
        var roles = Kinds.of("Role", "ClusterRole");
        var bindings = Kinds.of("RoleBinding", "ClusterRoleBinding");
        var pc = Kinds.of("PriorityClass");
        var quota = Kinds.of("ResourceQuota");
        var limitRange = Kinds.of("LimitRange");
        return List.of(
                // ---- PersistentVolumeClaim and PersistentVolume ----
                reject(
                        "pvc-access-modes-missing",
                        claims,
                        (doc, r) -> doc.spec().map().remove("accessModes") == null ? null : "removed spec.accessModes"),
                reject("enum-case-access-mode", claims, (doc, r) -> {
                    String bad = Pick.wrongCase(r, Pick.one(r, "ReadWriteOnce", "ReadWriteMany", "ReadOnlyMany"));
                    doc.spec().map().put("accessModes", YList.ofStrings(bad));
                    return set("spec.accessModes[0]", bad);
                }),
                reject("access-mode-rwop-with-others", claims, (doc, r) -> {
                    doc.spec().map().put("accessModes", YList.ofStrings("ReadWriteOncePod", "ReadWriteOnce"));
                    return "spec.accessModes = [ReadWriteOncePod, ReadWriteOnce]";
                }),
                reject("pvc-storage-request-missing", pvc, (doc, r) -> {
                    YMap resources = doc.spec().map().mapOrNew("resources");
                    resources.remove("requests");
                    resources.mapOrNew("limits").put("storage", YScalar.plain("20Gi"));
                    return "spec.resources with limits.storage only (no requests.storage)";
                }),
                reject("pvc-storage-not-positive", pvc, (doc, r) -> {
                    YScalar bad = Pick.one(r, YScalar.num(0), YScalar.str("0Gi"), YScalar.str("-5Gi"));
                    doc.spec().map().mapOrNew("resources").mapOrNew("requests").put("storage", bad);
                    return set("spec.resources.requests.storage", bad);
                }),
                reject("storage-class-name-invalid", claims, (doc, r) -> {
                    String bad = Pick.one(r, "Fast_SSD", "gp2 ", "SSD", "fast ssd", "-standard");
                    doc.spec().map().put("storageClassName", YScalar.str(bad));
                    return set("spec.storageClassName", bad);
                }),
                reject("enum-case-volume-mode", claims, (doc, r) -> {
                    String bad = Pick.wrongCase(r, Pick.one(r, "Filesystem", "Block"));
                    doc.spec().map().put("volumeMode", YScalar.str(bad));
                    return set("spec.volumeMode", bad);
                }),
                mistake("pvc-data-source-without-api-group", pvc, (doc, r) -> {
                    doc.spec()
                            .map()
                            .put(
                                    "dataSource",
                                    YMap.of("kind", YScalar.str("VolumeSnapshot"), "name", YScalar.str("nightly")));
                    return "spec.dataSource VolumeSnapshot without apiGroup (dropped on create: the claim starts empty)";
                }),
                reject("pvc-data-source-name-missing", pvc, (doc, r) -> {
                    doc.spec().map().put("dataSource", YMap.of("kind", YScalar.str("PersistentVolumeClaim")));
                    return "spec.dataSource without a name";
                }),
                accept("valid-pvc-empty-storage-class", pvc, (doc, r) -> {
                    doc.spec().map().put("storageClassName", YScalar.quoted(""));
                    return "spec.storageClassName = '' (no dynamic provisioning)";
                }),
                accept("valid-pvc-clone-source", pvc, (doc, r) -> {
                    doc.spec().map().remove("dataSource");
                    doc.spec()
                            .map()
                            .put(
                                    "dataSource",
                                    YMap.of(
                                            "kind",
                                            YScalar.str("PersistentVolumeClaim"),
                                            "name",
                                            YScalar.str("postgres-data")));
                    return "spec.dataSource = the PersistentVolumeClaim postgres-data";
                }),
                reject(
                        "pv-capacity-missing",
                        pv,
                        (doc, r) -> doc.spec().map().remove("capacity") == null ? null : "removed spec.capacity"),
                reject(
                        "pv-source-missing",
                        pv,
                        (doc, r) -> doc.spec().map().remove("nfs") == null
                                ? null
                                : "removed spec.nfs (the only volume source)"),
                reject("pv-two-sources", pv, (doc, r) -> {
                    doc.spec().map().put("hostPath", YMap.of("path", YScalar.str("/mnt/shared")));
                    return "spec.hostPath added next to spec.nfs";
                }),
                reject("enum-case-pv-reclaim-policy", pv, (doc, r) -> {
                    String bad = Pick.wrongCase(r, Pick.one(r, "Retain", "Delete"));
                    doc.spec().map().put("persistentVolumeReclaimPolicy", YScalar.str(bad));
                    return set("spec.persistentVolumeReclaimPolicy", bad);
                }),

                // ---- StorageClass ----
                reject(
                        "storageclass-provisioner-missing",
                        sc,
                        (doc, r) -> doc.top().map().remove("provisioner") == null ? null : "removed provisioner"),
                reject("storageclass-provisioner-invalid", sc, (doc, r) -> {
                    String bad = Pick.one(r, "ebs csi", "https://ebs.csi.aws.com", "ebs.csi.aws.com/", "-ebs");
                    doc.top().map().put("provisioner", YScalar.str(bad));
                    return set("provisioner", bad);
                }),
                reject("enum-case-binding-mode", sc, (doc, r) -> {
                    String bad = Pick.wrongCase(r, Pick.one(r, "WaitForFirstConsumer", "Immediate"));
                    doc.top().map().put("volumeBindingMode", YScalar.str(bad));
                    return set("volumeBindingMode", bad);
                }),
                reject("storageclass-reclaim-policy-invalid", sc, (doc, r) -> {
                    String bad = Pick.one(r, "Recycle", "retain", "Keep");
                    doc.top().map().put("reclaimPolicy", YScalar.str(bad));
                    return set("reclaimPolicy", bad);
                }),
                accept("valid-storageclass-defaults", sc, (doc, r) -> {
                    doc.top().map().remove("reclaimPolicy");
                    doc.top().map().remove("volumeBindingMode");
                    doc.top().map().put("provisioner", YScalar.str("kubernetes.io/no-provisioner"));
                    return "no reclaimPolicy or volumeBindingMode, provisioner kubernetes.io/no-provisioner";
                }),

                // ---- Role and ClusterRole ----
                reject("rbac-rule-verbs-empty", roles, (doc, r) -> {
                    At rule = rule(doc, r);
                    if (rule == null) {
                        return null;
                    }
                    YList empty = new YList();
                    empty.flow = true;
                    rule.map().put("verbs", empty);
                    return set(rule.field("verbs"), "[]");
                }),
                reject("rbac-rule-api-groups-missing", roles, (doc, r) -> {
                    At rule = rule(doc, r);
                    return rule == null || rule.map().remove("apiGroups") == null
                            ? null
                            : "removed " + rule.field("apiGroups");
                }),
                reject("rbac-rule-resources-missing", roles, (doc, r) -> {
                    At rule = rule(doc, r);
                    return rule == null || rule.map().remove("resources") == null
                            ? null
                            : "removed " + rule.field("resources");
                }),
                reject("rbac-non-resource-url-with-resources", roles, (doc, r) -> {
                    At rule = rule(doc, r);
                    if (rule == null || !rule.has("resources")) {
                        return null;
                    }
                    rule.map().put("nonResourceURLs", YList.ofStrings("/healthz"));
                    return rule.field("nonResourceURLs") + " added to a resource rule";
                }),
                reject("role-non-resource-url", Kinds.of("Role"), (doc, r) -> {
                    doc.top()
                            .map()
                            .listOrNew("rules")
                            .add(YMap.of(
                                    "nonResourceURLs", YList.ofStrings("/metrics"), "verbs", YList.ofStrings("get")));
                    return "a nonResourceURLs rule in a Role";
                }),
                accept("valid-rbac-wildcards", roles, (doc, r) -> {
                    At rule = rule(doc, r);
                    if (rule == null || !rule.has("resources")) {
                        return null;
                    }
                    rule.map().put("verbs", YList.ofStrings("*"));
                    rule.map().put("apiGroups", YList.ofStrings("*"));
                    return rule.path() + " with verbs and apiGroups [\"*\"]";
                }),

                // ---- RoleBinding and ClusterRoleBinding ----
                reject("enum-case-role-ref-kind", bindings, (doc, r) -> {
                    String bad = Pick.wrongCase(r, "ClusterRole");
                    doc.top().map().mapOrNew("roleRef").put("kind", YScalar.str(bad));
                    return set("roleRef.kind", bad);
                }),
                reject("cluster-role-binding-to-role", Kinds.of("ClusterRoleBinding"), (doc, r) -> {
                    doc.top().map().mapOrNew("roleRef").put("kind", YScalar.str("Role"));
                    return "roleRef.kind = Role in a ClusterRoleBinding";
                }),
                reject(
                        "role-ref-name-missing",
                        bindings,
                        (doc, r) -> doc.top().map().mapOrNew("roleRef").remove("name") == null
                                ? null
                                : "removed roleRef.name"),
                reject("role-ref-api-group-invalid", bindings, (doc, r) -> {
                    String bad = Pick.one(r, "rbac.authorization.k8s.io/v1", "rbac", "v1");
                    doc.top().map().mapOrNew("roleRef").put("apiGroup", YScalar.str(bad));
                    return set("roleRef.apiGroup", bad);
                }),
                reject("subject-service-account-api-group", bindings, (doc, r) -> {
                    At s = subject(doc, r, "ServiceAccount");
                    if (s == null) {
                        return null;
                    }
                    s.map().put("apiGroup", YScalar.str("rbac.authorization.k8s.io"));
                    return set(s.field("apiGroup"), "rbac.authorization.k8s.io") + " on a ServiceAccount";
                }),
                reject("subject-namespace-missing", Kinds.of("ClusterRoleBinding"), (doc, r) -> {
                    At s = subject(doc, r, "ServiceAccount");
                    return s == null || s.map().remove("namespace") == null
                            ? null
                            : "removed " + s.field("namespace") + " of a ServiceAccount";
                }),
                reject("enum-case-subject-kind", bindings, (doc, r) -> {
                    At s = subject(doc, r, null);
                    if (s == null) {
                        return null;
                    }
                    String bad = Pick.wrongCase(r, s.text("kind"));
                    s.map().put("kind", YScalar.str(bad));
                    return set(s.field("kind"), bad);
                }),
                reject("subject-name-missing", bindings, (doc, r) -> {
                    At s = subject(doc, r, null);
                    return s == null || s.map().remove("name") == null ? null : "removed " + s.field("name");
                }),
                reject("subject-service-account-name-invalid", bindings, (doc, r) -> {
                    At s = subject(doc, r, "ServiceAccount");
                    if (s == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "Payments_API", "system:serviceaccount:payments:api", "api sa");
                    s.map().put("name", YScalar.str(bad));
                    return set(s.field("name"), bad);
                }),
                accept("valid-binding-defaulted-api-groups", bindings, (doc, r) -> {
                    doc.top().map().mapOrNew("roleRef").remove("apiGroup");
                    for (At s : doc.top().items("subjects")) {
                        if (!"ServiceAccount".equals(s.text("kind"))) {
                            s.map().remove("apiGroup");
                        }
                    }
                    return "roleRef.apiGroup and the User/Group subjects' apiGroup left to their defaults";
                }),

                // ---- PriorityClass ----
                reject("priority-value-too-high", pc, (doc, r) -> {
                    long bad = Pick.one(r, 1000000001L, 2000000000L, 1500000000L);
                    doc.top().map().put("value", YScalar.num(bad));
                    return set("value", bad);
                }),
                reject("priority-system-prefix", pc, (doc, r) -> {
                    String bad = Pick.one(r, "system-high-priority", "system-cluster-critical", "system-node-critical");
                    doc.metadata().map().put("name", YScalar.str(bad));
                    return set("metadata.name", bad);
                }),
                reject("enum-case-preemption-policy", pc, (doc, r) -> {
                    String bad = Pick.wrongCase(r, Pick.one(r, "PreemptLowerPriority", "Never"));
                    doc.top().map().put("preemptionPolicy", YScalar.str(bad));
                    return set("preemptionPolicy", bad);
                }),
                accept("valid-priority-bounds", pc, (doc, r) -> {
                    long value = Pick.one(r, 1000000000L, -100L, 0L);
                    doc.top().map().put("value", YScalar.num(value));
                    return set("value", value);
                }),

                // ---- ResourceQuota ----
                reject("quota-resource-name-invalid", quota, (doc, r) -> {
                    String bad = Pick.one(r, "storage", "requests.gpu", "deployments", "cpus");
                    doc.spec().map().mapOrNew("hard").put(bad, YScalar.str("10"));
                    return "spec.hard[" + bad + "] added";
                }),
                reject("quota-negative", quota, (doc, r) -> {
                    doc.spec().map().mapOrNew("hard").put("requests.cpu", YScalar.str("-4"));
                    return set("spec.hard[requests.cpu]", "-4");
                }),
                reject("quota-fractional-count", quota, (doc, r) -> {
                    String bad = Pick.one(r, "2.5", "500m");
                    doc.spec().map().mapOrNew("hard").put("pods", YScalar.str(bad));
                    return set("spec.hard[pods]", bad);
                }),
                reject("quota-scopes-conflict", quota, (doc, r) -> {
                    doc.spec().map().remove("scopeSelector");
                    doc.spec().map().put("scopes", YList.ofStrings("Terminating", "NotTerminating"));
                    return "spec.scopes = [Terminating, NotTerminating]";
                }),
                reject("quota-best-effort-with-compute", quota, (doc, r) -> {
                    doc.spec().map().remove("scopeSelector");
                    doc.spec().map().mapOrNew("hard").put("requests.cpu", YScalar.str("4"));
                    doc.spec().map().put("scopes", YList.ofStrings("BestEffort"));
                    return "spec.scopes = [BestEffort] with spec.hard[requests.cpu]";
                }),
                reject("quota-scope-selector-operator", quota, (doc, r) -> {
                    At spec = doc.spec();
                    YMap expression = YMap.of(
                            "scopeName", YScalar.str(Pick.one(r, "Terminating", "PriorityClass")),
                            "operator", YScalar.str(Pick.one(r, "Equals", "in", "Exist")),
                            "values", YList.ofStrings("high-priority"));
                    spec.map().remove("scopes");
                    spec.map().put("scopeSelector", YMap.of("matchExpressions", YList.of(expression)));
                    return "spec.scopeSelector with operator " + expression.text("operator");
                }),
                accept("valid-quota-extended-resources", quota, (doc, r) -> {
                    YMap hard = doc.spec().map().mapOrNew("hard");
                    hard.put("requests.nvidia.com/gpu", YScalar.str("4"));
                    hard.put("count/jobs.batch", YScalar.str("100"));
                    return "spec.hard with requests.nvidia.com/gpu and count/jobs.batch";
                }),

                // ---- LimitRange ----
                reject("limitrange-default-above-max", limitRange, (doc, r) -> {
                    At limit = limit(doc, "Container");
                    if (limit == null) {
                        return null;
                    }
                    limit.map().mapOrNew("default").put("memory", YScalar.str("4Gi"));
                    return set(limit.field("default") + "[memory]", "4Gi") + " above max 2Gi";
                }),
                reject("limitrange-request-above-default", limitRange, (doc, r) -> {
                    At limit = limit(doc, "Container");
                    if (limit == null) {
                        return null;
                    }
                    limit.map().mapOrNew("defaultRequest").put("cpu", YScalar.str("1"));
                    return set(limit.field("defaultRequest") + "[cpu]", "1") + " above default 500m";
                }),
                reject("limitrange-min-above-max", limitRange, (doc, r) -> {
                    At limit = limit(doc, "PersistentVolumeClaim");
                    if (limit == null) {
                        return null;
                    }
                    limit.map().mapOrNew("min").put("storage", YScalar.str("200Gi"));
                    return set(limit.field("min") + "[storage]", "200Gi") + " above max 100Gi";
                }),
                reject("limitrange-ratio-below-one", limitRange, (doc, r) -> {
                    At limit = limit(doc, "Container");
                    if (limit == null) {
                        return null;
                    }
                    limit.map().mapOrNew("maxLimitRequestRatio").put("cpu", YScalar.str("500m"));
                    return set(limit.field("maxLimitRequestRatio") + "[cpu]", "500m");
                }),
                reject("limitrange-pod-with-default", limitRange, (doc, r) -> {
                    At limit = limit(doc, "Container");
                    if (limit == null) {
                        return null;
                    }
                    limit.map().put("type", YScalar.str("Pod"));
                    return limit.field("type") + " = Pod with default and defaultRequest";
                }),
                reject("limitrange-type-invalid", limitRange, (doc, r) -> {
                    At limit = limit(doc, "Container");
                    if (limit == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "container", "Containers", "PVC");
                    limit.map().put("type", YScalar.str(bad));
                    return set(limit.field("type"), bad);
                }),
                accept("valid-limitrange-max-only", limitRange, (doc, r) -> {
                    At limit = limit(doc, "Container");
                    if (limit == null) {
                        return null;
                    }
                    limit.map().remove("default");
                    limit.map().remove("defaultRequest");
                    return "removed " + limit.field("default") + " and defaultRequest (defaulted from max and min)";
                }));
    }
}
