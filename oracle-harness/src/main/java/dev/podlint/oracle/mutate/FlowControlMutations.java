package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.accept;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.List;

/** flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfigurations and FlowSchemas (API Priority and Fairness). */
final class FlowControlMutations {

    private FlowControlMutations() {}

    private static At limited(Doc doc) {
        return doc.spec().map("limited");
    }

    private static At limitResponse(Doc doc) {
        At limited = limited(doc);
        return limited == null ? null : limited.map("limitResponse");
    }

    private static At queuing(Doc doc) {
        At response = limitResponse(doc);
        return response == null ? null : response.map("queuing");
    }

    private static At firstRule(Doc doc) {
        List<At> rules = doc.spec().items("rules");
        return rules.isEmpty() ? null : rules.get(0);
    }

    private static At firstSubject(Doc doc) {
        At rule = firstRule(doc);
        List<At> subjects = rule == null ? List.of() : rule.items("subjects");
        return subjects.isEmpty() ? null : subjects.get(0);
    }

    private static At firstResourceRule(Doc doc) {
        At rule = firstRule(doc);
        List<At> rules = rule == null ? List.of() : rule.items("resourceRules");
        return rules.isEmpty() ? null : rules.get(0);
    }

    private static At firstNonResourceRule(Doc doc) {
        At rule = firstRule(doc);
        List<At> rules = rule == null ? List.of() : rule.items("nonResourceRules");
        return rules.isEmpty() ? null : rules.get(0);
    }

    static List<Mutation> all() {
        var level = Kinds.of("PriorityLevelConfiguration");
        var schema = Kinds.of("FlowSchema");
        return List.of(
                // ---- PriorityLevelConfiguration ----
                reject("plc-type-exempt", level, (doc, r) -> {
                    doc.spec().map().put("type", YScalar.str("Exempt"));
                    return set("spec.type", "Exempt") + " on a priority level not named exempt";
                }),
                reject("plc-type-wrong-case", level, (doc, r) -> {
                    String bad = Pick.one(r, "limited", "LIMITED", "Queue", "");
                    doc.spec().map().put("type", YScalar.str(bad));
                    return set("spec.type", bad);
                }),
                reject("plc-limited-missing", level, (doc, r) -> {
                    return doc.spec().map().remove("limited") == null ? null : "removed spec.limited";
                }),
                reject("plc-limit-response-missing", level, (doc, r) -> {
                    At limited = limited(doc);
                    return limited == null || limited.map().remove("limitResponse") == null
                            ? null
                            : "removed spec.limited.limitResponse";
                }),
                reject("plc-queue-without-queuing", level, (doc, r) -> {
                    At response = limitResponse(doc);
                    if (response == null || response.map().remove("queuing") == null) {
                        return null;
                    }
                    return "removed spec.limited.limitResponse.queuing of type Queue";
                }),
                reject("plc-reject-with-queuing", level, (doc, r) -> {
                    At response = limitResponse(doc);
                    if (response == null || !response.has("queuing")) {
                        return null;
                    }
                    response.map().put("type", YScalar.str("Reject"));
                    return "spec.limited.limitResponse.type Reject with queuing";
                }),
                reject("plc-shares-negative", level, (doc, r) -> {
                    At limited = limited(doc);
                    if (limited == null) {
                        return null;
                    }
                    limited.map().put("nominalConcurrencyShares", YScalar.num(-Pick.one(r, 1L, 10L)));
                    return "negative " + limited.field("nominalConcurrencyShares");
                }),
                reject("plc-percent-out-of-range", level, (doc, r) -> {
                    At limited = limited(doc);
                    if (limited == null) {
                        return null;
                    }
                    String key = Pick.one(r, "lendablePercent", "borrowingLimitPercent");
                    long bad = key.equals("lendablePercent") ? Pick.one(r, 101L, -1L, 150L) : Pick.one(r, -1L, -50L);
                    limited.map().put(key, YScalar.num(bad));
                    return set(limited.field(key), bad);
                }),
                reject("plc-hand-size-over-queues", level, (doc, r) -> {
                    At queuing = queuing(doc);
                    if (queuing == null) {
                        return null;
                    }
                    queuing.map().put("queues", YScalar.num(4));
                    queuing.map().put("handSize", YScalar.num(Pick.one(r, 5L, 8L, 16L)));
                    return "spec.limited.limitResponse.queuing.handSize above queues (4)";
                }),
                reject("plc-queuing-negative", level, (doc, r) -> {
                    At queuing = queuing(doc);
                    if (queuing == null) {
                        return null;
                    }
                    String key = Pick.one(r, "queues", "handSize", "queueLengthLimit");
                    queuing.map().put(key, YScalar.num(-1));
                    return set(queuing.field(key), -1);
                }),
                reject("plc-queuing-too-much-entropy", level, (doc, r) -> {
                    At queuing = queuing(doc);
                    if (queuing == null) {
                        return null;
                    }
                    queuing.map().put("queues", YScalar.num(Pick.one(r, 1000000L, 4096L)));
                    queuing.map().put("handSize", YScalar.num(Pick.one(r, 6L, 8L)));
                    return "spec.limited.limitResponse.queuing with more than 60 bits of shuffle-sharding entropy";
                }),
                accept("valid-plc-queuing-defaults", level, (doc, r) -> {
                    At response = limitResponse(doc);
                    if (response == null || !response.has("queuing")) {
                        return null;
                    }
                    YMap empty = new YMap();
                    empty.flow = true;
                    response.map().put("queuing", empty);
                    return "spec.limited.limitResponse.queuing = {} (defaults)";
                }),
                accept("valid-plc-reject", level, (doc, r) -> {
                    At response = limitResponse(doc);
                    if (response == null) {
                        return null;
                    }
                    response.map().remove("queuing");
                    response.map().put("type", YScalar.str("Reject"));
                    return "spec.limited.limitResponse.type = Reject without queuing";
                }),
                accept("valid-plc-zero-and-bounds", level, (doc, r) -> {
                    At limited = limited(doc);
                    if (limited == null) {
                        return null;
                    }
                    limited.map().put("nominalConcurrencyShares", YScalar.num(0));
                    limited.map().put("lendablePercent", YScalar.num(Pick.one(r, 0L, 100L)));
                    limited.map().remove("borrowingLimitPercent");
                    return "nominalConcurrencyShares 0 and lendablePercent at a bound";
                }),

                // ---- FlowSchema ----
                reject("fs-precedence-out-of-range", schema, (doc, r) -> {
                    long bad = Pick.one(r, 1L, -5L, 10001L, 20000L);
                    doc.spec().map().put("matchingPrecedence", YScalar.num(bad));
                    return set("spec.matchingPrecedence", bad);
                }),
                reject("fs-priority-level-name-invalid", schema, (doc, r) -> {
                    At ref = doc.spec().map("priorityLevelConfiguration");
                    if (ref == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "Custom_Controllers", "", "custom controllers");
                    ref.map().put("name", YScalar.str(bad));
                    return set(ref.field("name"), bad);
                }),
                reject("fs-subjects-empty", schema, (doc, r) -> {
                    At rule = firstRule(doc);
                    if (rule == null) {
                        return null;
                    }
                    YList empty = new YList();
                    empty.flow = true;
                    rule.map().put("subjects", empty);
                    return set(rule.field("subjects"), "[]");
                }),
                reject("fs-rule-without-rules", schema, (doc, r) -> {
                    At rule = firstRule(doc);
                    if (rule == null) {
                        return null;
                    }
                    rule.map().remove("resourceRules");
                    rule.map().remove("nonResourceRules");
                    return "removed the resource and non-resource rules of " + rule.path();
                }),
                reject("fs-subject-member-mismatch", schema, (doc, r) -> {
                    At subject = firstSubject(doc);
                    if (subject == null || !"ServiceAccount".equals(subject.text("kind"))) {
                        return null;
                    }
                    if (r.nextBoolean()) {
                        subject.map().put("kind", YScalar.str(Pick.one(r, "User", "Group")));
                        return subject.field("kind") + " changed, serviceAccount kept";
                    }
                    subject.map().remove("serviceAccount");
                    subject.map().put("user", YMap.of("name", YScalar.str("ci-bot")));
                    return subject.field("serviceAccount") + " replaced by user with kind ServiceAccount";
                }),
                reject("fs-service-account-invalid", schema, (doc, r) -> {
                    At subject = firstSubject(doc);
                    At account = subject == null ? null : subject.map("serviceAccount");
                    if (account == null) {
                        return null;
                    }
                    String key = Pick.one(r, "name", "namespace");
                    String bad = key.equals("name")
                            ? Pick.one(r, "Controller", "argocd_controller", "")
                            : Pick.one(r, "Argo-CD", "argo.cd", "");
                    account.map().put(key, YScalar.str(bad));
                    return set(account.field(key), bad);
                }),
                reject("fs-subject-kind-wrong-case", schema, (doc, r) -> {
                    At subject = firstSubject(doc);
                    if (subject == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "serviceaccount", "ServiceAccounts", "user");
                    subject.map().put("kind", YScalar.str(bad));
                    return set(subject.field("kind"), bad);
                }),
                reject("fs-wildcard-mixed", schema, (doc, r) -> {
                    At rule = firstResourceRule(doc);
                    if (rule == null) {
                        return null;
                    }
                    String key = Pick.one(r, "verbs", "apiGroups", "resources", "namespaces");
                    rule.map().put(key, YList.ofStrings("*", key.equals("verbs") ? "get" : "extra"));
                    return rule.field(key) + " = ['*', ...]";
                }),
                reject("fs-namespaces-missing", schema, (doc, r) -> {
                    At rule = firstResourceRule(doc);
                    if (rule == null) {
                        return null;
                    }
                    rule.map().remove("namespaces");
                    rule.map().remove("clusterScope");
                    return "removed " + rule.field("namespaces") + " (not cluster scoped)";
                }),
                reject("fs-namespace-invalid", schema, (doc, r) -> {
                    At rule = firstResourceRule(doc);
                    if (rule == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "Kube-System", "team_a", "argo.cd");
                    rule.map().put("namespaces", YList.ofStrings("default", bad));
                    return rule.field("namespaces") + " with '" + bad + "'";
                }),
                reject("fs-verb-wrong-case", schema, (doc, r) -> {
                    At rule = firstResourceRule(doc);
                    if (rule == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "GET", "read", "List");
                    rule.map().put("verbs", YList.ofStrings("list", bad));
                    return rule.field("verbs") + " with '" + bad + "'";
                }),
                reject("fs-non-resource-url-invalid", schema, (doc, r) -> {
                    At rule = firstNonResourceRule(doc);
                    if (rule == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "healthz", "/apis/*/v1", "//livez", "/metrics ", "/api*");
                    rule.map().put("nonResourceURLs", YList.ofStrings("/readyz", bad));
                    return rule.field("nonResourceURLs") + " with '" + bad + "'";
                }),
                reject("fs-distinguisher-wrong-case", schema, (doc, r) -> {
                    String bad = Pick.one(r, "byUser", "ByNamespaces", "User");
                    doc.spec().mapOrNew("distinguisherMethod").map().put("type", YScalar.str(bad));
                    return set("spec.distinguisherMethod.type", bad);
                }),
                accept("valid-fs-precedence-default", schema, (doc, r) -> {
                    if (r.nextBoolean()) {
                        doc.spec().map().remove("matchingPrecedence");
                        return "removed spec.matchingPrecedence (defaulted to 1000)";
                    }
                    long ok = Pick.one(r, 2L, 10000L, 0L);
                    doc.spec().map().put("matchingPrecedence", YScalar.num(ok));
                    return set("spec.matchingPrecedence", ok);
                }),
                accept("valid-fs-all-service-accounts", schema, (doc, r) -> {
                    At subject = firstSubject(doc);
                    At account = subject == null ? null : subject.map("serviceAccount");
                    if (account == null) {
                        return null;
                    }
                    account.map().put("name", YScalar.quoted("*"));
                    return set(account.field("name"), "*");
                }),
                accept("valid-fs-cluster-scope-and-wildcards", schema, (doc, r) -> {
                    At rule = firstResourceRule(doc);
                    if (rule == null) {
                        return null;
                    }
                    rule.map().remove("namespaces");
                    rule.map().put("clusterScope", YScalar.plain("true"));
                    rule.map().put("verbs", YList.ofStrings("*"));
                    rule.map().put("apiGroups", YList.ofStrings("*"));
                    return rule.path() + " cluster scoped with '*' verbs and apiGroups";
                }),
                accept("valid-fs-user-subject", schema, (doc, r) -> {
                    At rule = firstRule(doc);
                    YList subjects = rule == null ? null : rule.list("subjects");
                    if (subjects == null) {
                        return null;
                    }
                    subjects.add(YMap.of(
                            "kind",
                            YScalar.str("User"),
                            "user",
                            YMap.of("name", YScalar.str("system:kube-scheduler"))));
                    return "a User subject added to " + rule.field("subjects");
                }));
    }
}
