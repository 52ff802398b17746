package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.accept;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.List;

/** storage.k8s.io/v1 CSIDrivers: token requests, lifecycle modes, fsGroupPolicy and the defaulted flags. */
final class StorageDriverMutations {

    private StorageDriverMutations() {}

    private static At firstTokenRequest(Doc doc) {
        List<At> requests = doc.spec().items("tokenRequests");
        return requests.isEmpty() ? null : requests.get(0);
    }

    static List<Mutation> all() {
        var driver = Kinds.of("CSIDriver");
        return List.of(
                reject("csidriver-fs-group-policy-wrong-case", driver, (doc, r) -> {
                    String bad = Pick.one(r, "file", "readWriteOnceWithFSType", "Any", "");
                    doc.spec().map().put("fsGroupPolicy", YScalar.str(bad));
                    return set(doc.spec().field("fsGroupPolicy"), bad);
                }),
                reject("csidriver-lifecycle-mode-invalid", driver, (doc, r) -> {
                    String bad = Pick.one(r, "ephemeral", "persistent", "Inline", "CSI");
                    YList modes = doc.spec().list("volumeLifecycleModes");
                    if (modes == null) {
                        doc.spec().map().put("volumeLifecycleModes", YList.ofStrings("Persistent", bad));
                    } else {
                        modes.add(YScalar.str(bad));
                    }
                    return doc.spec().field("volumeLifecycleModes") + " with '" + bad + "'";
                }),
                reject("csidriver-token-expiration-too-short", driver, (doc, r) -> {
                    At request = firstTokenRequest(doc);
                    long bad = Pick.one(r, 300L, 0L, 599L, 60L);
                    if (request == null) {
                        doc.spec()
                                .map()
                                .put(
                                        "tokenRequests",
                                        YList.of(YMap.of(
                                                "audience", YScalar.str("vault"),
                                                "expirationSeconds", YScalar.num(bad))));
                        return set("spec.tokenRequests[0].expirationSeconds", bad);
                    }
                    request.map().put("expirationSeconds", YScalar.num(bad));
                    return set(request.field("expirationSeconds"), bad);
                }),
                reject("csidriver-token-expiration-too-long", driver, (doc, r) -> {
                    At request = firstTokenRequest(doc);
                    if (request == null) {
                        return null;
                    }
                    long bad = Pick.one(r, 4294967297L, 10000000000L);
                    request.map().put("expirationSeconds", YScalar.num(bad));
                    return set(request.field("expirationSeconds"), bad);
                }),
                reject("csidriver-token-audience-duplicate", driver, (doc, r) -> {
                    YList requests = doc.spec().list("tokenRequests");
                    if (requests == null || requests.size() == 0 || !(requests.get(0) instanceof YMap first)) {
                        return null;
                    }
                    YMap copy = first.copy();
                    copy.put("expirationSeconds", YScalar.num(7200));
                    requests.add(copy);
                    return "spec.tokenRequests[0] repeated with another expirationSeconds (same audience)";
                }),
                reject("csidriver-allocatable-period-too-short", driver, (doc, r) -> {
                    long bad = Pick.one(r, 5L, 0L, -1L, 9L);
                    doc.spec().map().put("nodeAllocatableUpdatePeriodSeconds", YScalar.num(bad));
                    return set(doc.spec().field("nodeAllocatableUpdatePeriodSeconds"), bad);
                }),
                reject("csidriver-token-secrets-without-requests", driver, (doc, r) -> {
                    doc.spec().map().remove("tokenRequests");
                    boolean value = r.nextBoolean();
                    doc.spec().map().put("serviceAccountTokenInSecrets", YScalar.plain(Boolean.toString(value)));
                    return set(doc.spec().field("serviceAccountTokenInSecrets"), value) + " without tokenRequests";
                }),
                reject("csidriver-flag-as-string", driver, (doc, r) -> {
                    String key = Pick.one(r, "attachRequired", "podInfoOnMount", "requiresRepublish");
                    doc.spec().map().put(key, YScalar.quoted(Pick.one(r, "true", "false")));
                    return doc.spec().field(key) + " as a quoted string";
                }),
                accept("valid-csidriver-defaults-omitted", driver, (doc, r) -> {
                    doc.spec().map().remove("attachRequired");
                    doc.spec().map().remove("podInfoOnMount");
                    doc.spec().map().remove("fsGroupPolicy");
                    return "removed attachRequired, podInfoOnMount and fsGroupPolicy (defaulted)";
                }),
                accept("valid-csidriver-token-expiration-bounds", driver, (doc, r) -> {
                    At request = firstTokenRequest(doc);
                    if (request == null) {
                        return null;
                    }
                    long ok = Pick.one(r, 600L, 4294967296L, 86400L);
                    request.map().put("expirationSeconds", YScalar.num(ok));
                    return set(request.field("expirationSeconds"), ok);
                }),
                accept("valid-csidriver-both-lifecycle-modes", driver, (doc, r) -> {
                    doc.spec().map().put("volumeLifecycleModes", YList.ofStrings("Persistent", "Ephemeral"));
                    return "spec.volumeLifecycleModes = [Persistent, Ephemeral]";
                }),
                accept("valid-csidriver-allocatable-period", driver, (doc, r) -> {
                    long ok = Pick.one(r, 10L, 60L, 300L);
                    doc.spec().map().put("nodeAllocatableUpdatePeriodSeconds", YScalar.num(ok));
                    return set(doc.spec().field("nodeAllocatableUpdatePeriodSeconds"), ok);
                }),
                accept("valid-csidriver-token-secrets", driver, (doc, r) -> {
                    if (firstTokenRequest(doc) == null) {
                        return null;
                    }
                    doc.spec().map().put("serviceAccountTokenInSecrets", YScalar.plain("true"));
                    return "spec.serviceAccountTokenInSecrets = true with tokenRequests";
                }),
                accept("valid-csidriver-more-flags", driver, (doc, r) -> {
                    doc.spec().map().put("storageCapacity", YScalar.plain("true"));
                    doc.spec().map().put("seLinuxMount", YScalar.plain("true"));
                    doc.spec().map().put("fsGroupPolicy", YScalar.str(Pick.one(r, "None", "ReadWriteOnceWithFSType")));
                    return "spec.storageCapacity, seLinuxMount and another fsGroupPolicy";
                }));
    }
}
