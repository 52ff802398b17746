package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.accept;
import static dev.podlint.oracle.mutate.M.mistake;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.List;

/**
 * PersistentVolume sources and node affinity, StorageClass allowedTopologies, PersistentVolumeClaim
 * and ClusterRole aggregation selectors, RuntimeClasses, Leases, EndpointSlices and an HPA's
 * ContainerResource metric.
 */
final class MoreKindMutations {

    private MoreKindMutations() {}

    private static YMap firstExpression(Doc doc) {
        At spec = doc.spec();
        At required = spec == null ? null : spec.map("nodeAffinity");
        required = required == null ? null : required.map("required");
        if (required == null) {
            return null;
        }
        List<At> terms = required.items("nodeSelectorTerms");
        if (terms.isEmpty()) {
            return null;
        }
        List<At> expressions = terms.get(0).items("matchExpressions");
        return expressions.isEmpty() ? null : expressions.get(0).map();
    }

    private static YMap firstTopologyRequirement(Doc doc) {
        List<At> terms = doc.top().items("allowedTopologies");
        if (terms.isEmpty()) {
            return null;
        }
        List<At> requirements = terms.get(0).items("matchLabelExpressions");
        return requirements.isEmpty() ? null : requirements.get(0).map();
    }

    private static YMap firstEndpoint(Doc doc) {
        List<At> endpoints = doc.top().items("endpoints");
        return endpoints.isEmpty() ? null : endpoints.get(0).map();
    }

    private static YMap firstToleration(Doc doc) {
        At scheduling = doc.top().map("scheduling");
        List<At> tolerations = scheduling == null ? List.of() : scheduling.items("tolerations");
        return tolerations.isEmpty() ? null : tolerations.get(0).map();
    }

    static List<Mutation> all() {
        var pv = Kinds.of("PersistentVolume");
        var sc = Kinds.of("StorageClass");
        var pvc = Kinds.of("PersistentVolumeClaim");
        var clusterRole = Kinds.of("ClusterRole");
        var runtimeClass = Kinds.of("RuntimeClass");
        var lease = Kinds.of("Lease");
        var slice = Kinds.of("EndpointSlice");
        var hpa = Kinds.of("HorizontalPodAutoscaler");
        return List.of(
                // ---- PersistentVolume sources and node affinity ----
                reject("pv-local-without-node-affinity", pv, (doc, r) -> {
                    if (!doc.spec().has("local")) {
                        return null;
                    }
                    doc.spec().map().remove("nodeAffinity");
                    return "removed spec.nodeAffinity of a local volume";
                }),
                reject("pv-node-affinity-values-missing", pv, (doc, r) -> {
                    YMap expression = firstExpression(doc);
                    if (expression == null) {
                        return null;
                    }
                    expression.remove("values");
                    return "removed the values of an In node affinity expression";
                }),
                reject("pv-node-affinity-label-invalid", pv, (doc, r) -> {
                    YMap expression = firstExpression(doc);
                    if (expression == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "node 1", "node_1_", "-node-1");
                    expression.put("values", YList.ofStrings(bad));
                    return set("nodeAffinity values[0]", bad);
                }),
                reject("enum-case-pv-node-affinity-operator", pv, (doc, r) -> {
                    YMap expression = firstExpression(doc);
                    if (expression == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "in", "IN", "Equals");
                    expression.put("operator", YScalar.str(bad));
                    return set("nodeAffinity operator", bad);
                }),
                reject("pv-local-path-backsteps", pv, (doc, r) -> {
                    At local = doc.spec().map("local");
                    if (local == null) {
                        return null;
                    }
                    local.map().put("path", YScalar.str("/mnt/disks/../ssd0"));
                    return set("spec.local.path", "/mnt/disks/../ssd0");
                }),
                reject("pv-nfs-path-relative", pv, (doc, r) -> {
                    At nfs = doc.spec().map("nfs");
                    if (nfs == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "exports/shared", "~/exports");
                    nfs.map().put("path", YScalar.str(bad));
                    return set("spec.nfs.path", bad);
                }),
                reject("pv-nfs-server-empty", pv, (doc, r) -> {
                    At nfs = doc.spec().map("nfs");
                    if (nfs == null) {
                        return null;
                    }
                    nfs.map().put("server", YScalar.quoted(""));
                    return set("spec.nfs.server", "''");
                }),
                reject("pv-csi-driver-invalid", pv, (doc, r) -> {
                    At csi = doc.spec().map("csi");
                    if (csi == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "efs_csi.aws.com", "efs csi", "efs.csi.aws.com/");
                    csi.map().put("driver", YScalar.str(bad));
                    return set("spec.csi.driver", bad);
                }),
                reject("pv-csi-volume-handle-empty", pv, (doc, r) -> {
                    At csi = doc.spec().map("csi");
                    if (csi == null) {
                        return null;
                    }
                    csi.map().put("volumeHandle", YScalar.quoted(""));
                    return set("spec.csi.volumeHandle", "''");
                }),
                reject("pv-csi-secret-namespace-missing", pv, (doc, r) -> {
                    At csi = doc.spec().map("csi");
                    At ref = csi == null ? null : csi.map("nodePublishSecretRef");
                    if (ref == null) {
                        return null;
                    }
                    ref.map().remove("namespace");
                    return "removed spec.csi.nodePublishSecretRef.namespace";
                }),
                reject("pv-attributes-class-without-csi", pv, (doc, r) -> {
                    if (doc.spec().has("csi")) {
                        return null;
                    }
                    doc.spec().map().put("volumeAttributesClassName", YScalar.str("gold"));
                    return "spec.volumeAttributesClassName = gold on a volume without csi";
                }),
                reject("pv-host-path-root-recycle", pv, (doc, r) -> {
                    if (!doc.spec().has("nfs")) {
                        return null;
                    }
                    doc.spec().map().remove("nfs");
                    doc.spec().map().remove("mountOptions");
                    doc.spec().map().put("hostPath", YMap.of("path", YScalar.str("/")));
                    doc.spec().map().put("persistentVolumeReclaimPolicy", YScalar.str("Recycle"));
                    return "spec.hostPath.path = / with persistentVolumeReclaimPolicy Recycle";
                }),
                accept("valid-pv-csi-driver-upper-case", pv, (doc, r) -> {
                    At csi = doc.spec().map("csi");
                    if (csi == null) {
                        return null;
                    }
                    csi.map().put("driver", YScalar.str("EFS.CSI.AWS.COM"));
                    return set("spec.csi.driver", "EFS.CSI.AWS.COM (lower-cased before the check)");
                }),
                accept("valid-pv-node-affinity-gt", pv, (doc, r) -> {
                    At spec = doc.spec();
                    At affinity = spec.map("nodeAffinity");
                    if (affinity == null || affinity.map("required") == null) {
                        return null;
                    }
                    List<At> terms = affinity.map("required").items("nodeSelectorTerms");
                    if (terms.isEmpty()) {
                        return null;
                    }
                    terms.get(0)
                            .map()
                            .listOrNew("matchExpressions")
                            .add(YMap.of(
                                    "key",
                                    YScalar.str("example.com/disk-generation"),
                                    "operator",
                                    YScalar.str("Gt"),
                                    "values",
                                    YList.ofStrings("2")));
                    return "a Gt node affinity expression with one value";
                }),

                // ---- StorageClass allowedTopologies ----
                reject("storageclass-topology-values-empty", sc, (doc, r) -> {
                    YMap requirement = firstTopologyRequirement(doc);
                    if (requirement == null) {
                        return null;
                    }
                    YList empty = new YList();
                    empty.flow = true;
                    requirement.put("values", empty);
                    return set("allowedTopologies[0].matchLabelExpressions[0].values", "[]");
                }),
                reject("storageclass-topology-key-invalid", sc, (doc, r) -> {
                    YMap requirement = firstTopologyRequirement(doc);
                    if (requirement == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "topology zone", "-zone", "topology.gke.io/zone/");
                    requirement.put("key", YScalar.str(bad));
                    return set("allowedTopologies[0].matchLabelExpressions[0].key", bad);
                }),
                reject("storageclass-topology-duplicate-term", sc, (doc, r) -> {
                    YList terms = doc.top().list("allowedTopologies");
                    if (terms == null || terms.size() == 0) {
                        return null;
                    }
                    terms.add(terms.map(0).copy());
                    return "allowedTopologies[0] repeated";
                }),
                accept("valid-storageclass-second-topology-term", sc, (doc, r) -> {
                    YList terms = doc.top().list("allowedTopologies");
                    if (terms == null) {
                        return null;
                    }
                    terms.add(YMap.of(
                            "matchLabelExpressions",
                            YList.of(YMap.of(
                                    "key",
                                    YScalar.str("topology.gke.io/zone"),
                                    "values",
                                    YList.ofStrings("us-central1-f")))));
                    return "a second allowedTopologies term for another zone";
                }),

                // ---- PersistentVolumeClaim and ClusterRole selectors ----
                reject("pvc-selector-operator-invalid", pvc, (doc, r) -> {
                    At selector = doc.spec().map("selector");
                    List<At> expressions = selector == null ? List.of() : selector.items("matchExpressions");
                    if (expressions.isEmpty()) {
                        return null;
                    }
                    String bad = Pick.one(r, "in", "Equals", "NotEqual");
                    expressions.get(0).map().put("operator", YScalar.str(bad));
                    return set("spec.selector.matchExpressions[0].operator", bad);
                }),
                reject("pvc-selector-label-invalid", pvc, (doc, r) -> {
                    At selector = doc.spec().map("selector");
                    if (selector == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "shared nfs", "nfs/v4", "-nfs");
                    selector.mapOrNew("matchLabels").map().put("type", YScalar.str(bad));
                    return set("spec.selector.matchLabels.type", bad);
                }),
                reject("clusterrole-selector-values-missing", clusterRole, (doc, r) -> {
                    At rule = doc.top().map("aggregationRule");
                    List<At> selectors = rule == null ? List.of() : rule.items("clusterRoleSelectors");
                    for (At selector : selectors) {
                        List<At> expressions = selector.items("matchExpressions");
                        if (!expressions.isEmpty()) {
                            expressions.get(0).map().put("operator", YScalar.str("In"));
                            return "an Exists clusterRoleSelectors expression turned In without values";
                        }
                    }
                    return null;
                }),
                reject("clusterrole-selector-key-invalid", clusterRole, (doc, r) -> {
                    At rule = doc.top().map("aggregationRule");
                    List<At> selectors = rule == null ? List.of() : rule.items("clusterRoleSelectors");
                    if (selectors.isEmpty()) {
                        return null;
                    }
                    String bad = Pick.one(r, "rbac.example.com/aggregate to monitoring", "aggregate-to-monitoring/");
                    selectors.get(0).map().put("matchLabels", YMap.of(bad, YScalar.quoted("true")));
                    return set("aggregationRule.clusterRoleSelectors[0].matchLabels key", bad);
                }),

                // ---- RuntimeClass ----
                reject("runtimeclass-handler-invalid", runtimeClass, (doc, r) -> {
                    String bad = Pick.one(r, "runsc_gvisor", "gVisor", "runsc.v2", "");
                    doc.top().map().put("handler", bad.isEmpty() ? YScalar.quoted("") : YScalar.str(bad));
                    return set("handler", bad);
                }),
                reject("runtimeclass-overhead-negative", runtimeClass, (doc, r) -> {
                    doc.top().map().mapOrNew("overhead").mapOrNew("podFixed").put("memory", YScalar.str("-120Mi"));
                    return set("overhead.podFixed.memory", "-120Mi");
                }),
                reject("runtimeclass-overhead-name-invalid", runtimeClass, (doc, r) -> {
                    String bad = Pick.one(r, "gpu", "requests.memory", "pods");
                    doc.top().map().mapOrNew("overhead").mapOrNew("podFixed").put(bad, YScalar.str("1"));
                    return "overhead.podFixed." + bad + " = 1";
                }),
                reject("runtimeclass-node-selector-invalid", runtimeClass, (doc, r) -> {
                    String bad = Pick.one(r, "g visor", "gvisor/v1", "-gvisor");
                    doc.top()
                            .map()
                            .mapOrNew("scheduling")
                            .mapOrNew("nodeSelector")
                            .put("sandbox.gke.io/runtime", YScalar.str(bad));
                    return set("scheduling.nodeSelector[sandbox.gke.io/runtime]", bad);
                }),
                reject("runtimeclass-toleration-exists-with-value", runtimeClass, (doc, r) -> {
                    YMap toleration = firstToleration(doc);
                    if (toleration == null) {
                        return null;
                    }
                    toleration.put("operator", YScalar.str("Exists"));
                    return "scheduling.tolerations[0] Exists with a value";
                }),
                reject("runtimeclass-toleration-seconds-without-no-execute", runtimeClass, (doc, r) -> {
                    YMap toleration = firstToleration(doc);
                    if (toleration == null) {
                        return null;
                    }
                    toleration.put("tolerationSeconds", YScalar.num(300));
                    return "scheduling.tolerations[0].tolerationSeconds with effect NoSchedule";
                }),
                reject("runtimeclass-toleration-duplicate", runtimeClass, (doc, r) -> {
                    At scheduling = doc.top().map("scheduling");
                    YList tolerations = scheduling == null ? null : scheduling.list("tolerations");
                    if (tolerations == null || tolerations.size() == 0) {
                        return null;
                    }
                    tolerations.add(tolerations.map(0).copy());
                    return "scheduling.tolerations[0] repeated";
                }),
                accept("valid-runtimeclass-minimal", runtimeClass, (doc, r) -> {
                    doc.top().map().remove("overhead");
                    doc.top().map().remove("scheduling");
                    return "no overhead, no scheduling";
                }),
                accept("valid-runtimeclass-toleration-exists", runtimeClass, (doc, r) -> {
                    YMap toleration = firstToleration(doc);
                    if (toleration == null) {
                        return null;
                    }
                    toleration.remove("value");
                    toleration.put("operator", YScalar.str("Exists"));
                    return "scheduling.tolerations[0] operator Exists without a value";
                }),

                // ---- Lease ----
                reject("lease-duration-not-positive", lease, (doc, r) -> {
                    long bad = Pick.one(r, 0L, -15L);
                    doc.spec().map().put("leaseDurationSeconds", YScalar.num(bad));
                    return set("spec.leaseDurationSeconds", bad);
                }),
                reject("lease-transitions-negative", lease, (doc, r) -> {
                    doc.spec().map().put("leaseTransitions", YScalar.num(-1));
                    return set("spec.leaseTransitions", -1);
                }),
                mistake("lease-preferred-holder-without-strategy", lease, (doc, r) -> {
                    doc.spec().map().put("preferredHolder", YScalar.str("my-controller-0"));
                    return "spec.preferredHolder without strategy (dropped on create: CoordinatedLeaderElection is off)";
                }),
                accept("valid-lease-renew-time", lease, (doc, r) -> {
                    doc.spec().map().put("renewTime", YScalar.str("2024-05-01T10:00:00.000000Z"));
                    doc.spec().map().put("acquireTime", YScalar.str("2024-05-01T09:00:00.000000Z"));
                    return "spec.acquireTime and renewTime as MicroTime";
                }),

                // ---- EndpointSlice ----
                reject("endpointslice-address-reserved", slice, (doc, r) -> {
                    YMap endpoint = firstEndpoint(doc);
                    if (endpoint == null) {
                        return null;
                    }
                    boolean v6 = "IPv6".equals(doc.top().text("addressType"));
                    String bad = v6
                            ? Pick.one(r, "::1", "fe80::1", "::")
                            : Pick.one(r, "127.0.0.1", "169.254.1.1", "0.0.0.0");
                    endpoint.put("addresses", YList.ofStrings(bad));
                    return set("endpoints[0].addresses[0]", bad);
                }),
                reject("endpointslice-address-wrong-family", slice, (doc, r) -> {
                    YMap endpoint = firstEndpoint(doc);
                    if (endpoint == null) {
                        return null;
                    }
                    boolean v6 = "IPv6".equals(doc.top().text("addressType"));
                    String bad = v6 ? "10.1.2.3" : "2001:db8::5";
                    endpoint.put("addresses", YList.ofStrings(bad));
                    return set("endpoints[0].addresses[0]", bad);
                }),
                reject("endpointslice-address-invalid", slice, (doc, r) -> {
                    YMap endpoint = firstEndpoint(doc);
                    if (endpoint == null) {
                        return null;
                    }
                    boolean v6 = "IPv6".equals(doc.top().text("addressType"));
                    String bad = v6
                            ? Pick.one(r, "2001:DB8:1::A", "2001:db8:1:0:0:0:0:a", "2001:db8::1::2")
                            : Pick.one(r, "10.1.2.300", "10.1.2", "db.example.com");
                    endpoint.put("addresses", YList.ofStrings(bad));
                    return set("endpoints[0].addresses[0]", bad);
                }),
                reject("endpointslice-addresses-empty", slice, (doc, r) -> {
                    YMap endpoint = firstEndpoint(doc);
                    if (endpoint == null) {
                        return null;
                    }
                    YList empty = new YList();
                    empty.flow = true;
                    endpoint.put("addresses", empty);
                    return set("endpoints[0].addresses", "[]");
                }),
                reject("endpointslice-hostname-invalid", slice, (doc, r) -> {
                    YMap endpoint = firstEndpoint(doc);
                    if (endpoint == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "db.primary", "DB-0", "db_0");
                    endpoint.put("hostname", YScalar.str(bad));
                    return set("endpoints[0].hostname", bad);
                }),
                reject("endpointslice-port-name-invalid", slice, (doc, r) -> {
                    List<At> ports = doc.top().items("ports");
                    if (ports.isEmpty()) {
                        return null;
                    }
                    String bad = Pick.one(r, "Postgres", "http_alt", "web.http");
                    ports.get(0).map().put("name", YScalar.str(bad));
                    return set("ports[0].name", bad);
                }),
                reject("endpointslice-port-name-duplicate", slice, (doc, r) -> {
                    YList ports = doc.top().list("ports");
                    if (ports == null || ports.size() == 0) {
                        return null;
                    }
                    YMap copy = ports.map(0).copy();
                    copy.put("port", YScalar.num(9999));
                    ports.add(copy);
                    return "ports[0] repeated with another port number (same name)";
                }),
                accept("valid-endpointslice-unnamed-port", slice, (doc, r) -> {
                    List<At> ports = doc.top().items("ports");
                    if (ports.size() != 1) {
                        return null;
                    }
                    ports.get(0).map().remove("name");
                    return "the only port without a name";
                }),
                accept("valid-endpointslice-node-and-zone", slice, (doc, r) -> {
                    YMap endpoint = firstEndpoint(doc);
                    if (endpoint == null) {
                        return null;
                    }
                    endpoint.put("nodeName", YScalar.str("ip-10-0-1-5.ec2.internal"));
                    endpoint.put("zone", YScalar.str("us-east-1b"));
                    return "endpoints[0] with a dotted nodeName and a zone";
                }),

                // ---- HorizontalPodAutoscaler ContainerResource ----
                reject("hpa-container-resource-name-invalid", hpa, (doc, r) -> {
                    if (!"autoscaling/v2".equals(doc.top().text("apiVersion"))) {
                        return null;
                    }
                    String bad = Pick.one(r, "requests.cpu", "pods", "limits.memory");
                    doc.spec()
                            .map()
                            .put(
                                    "metrics",
                                    YList.of(YMap.of(
                                            "type",
                                            YScalar.str("ContainerResource"),
                                            "containerResource",
                                            YMap.of(
                                                    "name",
                                                    YScalar.str(bad),
                                                    "container",
                                                    YScalar.str("app"),
                                                    "target",
                                                    YMap.of(
                                                            "type",
                                                            YScalar.str("Utilization"),
                                                            "averageUtilization",
                                                            YScalar.num(60))))));
                    return set("spec.metrics[0].containerResource.name", bad);
                }));
    }
}
