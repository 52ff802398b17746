package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.accept;
import static dev.podlint.oracle.mutate.M.mistake;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * ValidatingWebhookConfigurations and MutatingWebhookConfigurations: webhook names, rules,
 * clientConfig (url or service), sideEffects, admissionReviewVersions, timeouts, enums, selectors
 * and matchConditions.
 */
final class WebhookMutations {

    private WebhookMutations() {}

    private static At hook(Doc doc, Random r) {
        List<At> hooks = doc.top().items("webhooks");
        return hooks.isEmpty() ? null : Pick.one(r, hooks);
    }

    private static At rule(Doc doc, Random r) {
        At hook = hook(doc, r);
        List<At> rules = hook == null ? List.of() : hook.items("rules");
        return rules.isEmpty() ? null : Pick.one(r, rules);
    }

    private static At service(Doc doc, Random r) {
        At hook = hook(doc, r);
        At config = hook == null ? null : hook.map("clientConfig");
        return config == null ? null : config.map("service");
    }

    /** Sets {@code key} of a random webhook to {@code value}. */
    private static String setOnHook(Doc doc, Random r, String key, YNode value) {
        At hook = hook(doc, r);
        if (hook == null) {
            return null;
        }
        hook.map().put(key, value);
        return set(hook.field(key), describe(value));
    }

    private static String setOnRule(Doc doc, Random r, String key, YNode value) {
        At rule = rule(doc, r);
        if (rule == null) {
            return null;
        }
        rule.map().put(key, value);
        return set(rule.field(key), describe(value));
    }

    private static String setOnService(Doc doc, Random r, String key, YNode value) {
        At service = service(doc, r);
        if (service == null) {
            return null;
        }
        service.map().put(key, value);
        return set(service.field(key), describe(value));
    }

    /** A value for the description: scalars as M.show writes them, lists and mappings in flow style. */
    private static Object describe(YNode value) {
        if (value instanceof YList list) {
            if (list.size() > 3) {
                return list.size() + " items";
            }
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                YNode item = list.get(i);
                text.append(i == 0 ? "" : ", ").append(item instanceof YScalar scalar ? scalar.text() : describe(item));
            }
            return text.append(']').toString();
        }
        if (value instanceof YMap map) {
            return map.size() == 0 ? "{}" : "{" + String.join(", ", map.keys()) + "}";
        }
        return value;
    }

    private static YList conditions(int count, String name) {
        YList list = new YList();
        for (int i = 0; i < count; i++) {
            list.add(YMap.of(
                    "name", YScalar.str(count == 1 ? name : name + "-" + i),
                    "expression", YScalar.str("request.namespace != 'kube-system'")));
        }
        return list;
    }

    static List<Mutation> all() {
        Set<String> hooks = Kinds.of("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration");
        Set<String> mutating = Kinds.of("MutatingWebhookConfiguration");
        return List.of(
                // ---- webhook names ----
                reject(
                        "webhook-name-two-segments",
                        hooks,
                        (doc, r) -> setOnHook(
                                doc, r, "name", YScalar.str(Pick.one(r, "gatekeeper.sh", "example.com", "validate")))),
                reject(
                        "webhook-name-invalid",
                        hooks,
                        (doc, r) -> setOnHook(
                                doc,
                                r,
                                "name",
                                YScalar.str(Pick.one(
                                        r,
                                        "Validate.Example.com",
                                        "validate_pods.example.com",
                                        "validate.example.com.",
                                        "-validate.example.com")))),
                reject("webhook-name-empty", hooks, (doc, r) -> setOnHook(doc, r, "name", YScalar.quoted(""))),
                reject("webhook-name-duplicate", hooks, (doc, r) -> {
                    List<At> all = doc.top().items("webhooks");
                    if (all.size() < 2) {
                        return null;
                    }
                    String name = all.get(0).text("name");
                    all.get(1).map().put("name", YScalar.str(name));
                    return set(all.get(1).field("name"), name);
                }),
                // ---- sideEffects, admissionReviewVersions, timeoutSeconds ----
                reject("webhook-side-effects-missing", hooks, (doc, r) -> {
                    At hook = hook(doc, r);
                    if (hook == null) {
                        return null;
                    }
                    hook.map().remove("sideEffects");
                    return "removed " + hook.field("sideEffects");
                }),
                reject(
                        "enum-case-webhook-side-effects",
                        hooks,
                        (doc, r) -> setOnHook(
                                doc,
                                r,
                                "sideEffects",
                                YScalar.str(Pick.one(r, "none", "Some", "Unknown", "NoneOnDryrun")))),
                reject(
                        "webhook-review-versions-empty",
                        hooks,
                        (doc, r) -> setOnHook(doc, r, "admissionReviewVersions", new YList())),
                reject(
                        "webhook-review-versions-unknown",
                        hooks,
                        (doc, r) -> setOnHook(
                                doc,
                                r,
                                "admissionReviewVersions",
                                YList.ofStrings(Pick.one(r, "v2", "V1", "v1beta2", "admission.k8s.io/v1")))),
                reject(
                        "webhook-review-versions-duplicate",
                        hooks,
                        (doc, r) -> setOnHook(doc, r, "admissionReviewVersions", YList.ofStrings("v1", "v1"))),
                reject(
                        "webhook-timeout-out-of-range",
                        hooks,
                        (doc, r) -> setOnHook(doc, r, "timeoutSeconds", YScalar.num(Pick.one(r, 0L, 31L, 60L, -5L)))),
                // ---- enums ----
                reject(
                        "enum-case-webhook-failure-policy",
                        hooks,
                        (doc, r) -> setOnHook(
                                doc,
                                r,
                                "failurePolicy",
                                YScalar.str(Pick.one(r, "fail", "ignore", "Failure", "Ignored")))),
                reject(
                        "enum-case-webhook-match-policy",
                        hooks,
                        (doc, r) -> setOnHook(
                                doc, r, "matchPolicy", YScalar.str(Pick.one(r, "exact", "equivalent", "Equivalence")))),
                reject(
                        "enum-case-webhook-reinvocation-policy",
                        mutating,
                        (doc, r) -> setOnHook(
                                doc, r, "reinvocationPolicy", YScalar.str(Pick.one(r, "never", "IfNeed", "Always")))),
                reject(
                        "enum-case-webhook-operation",
                        hooks,
                        (doc, r) -> setOnRule(
                                doc,
                                r,
                                "operations",
                                YList.ofStrings("CREATE", Pick.one(r, "update", "Update", "PATCH", "ALL")))),
                reject(
                        "enum-case-webhook-rule-scope",
                        hooks,
                        (doc, r) ->
                                setOnRule(doc, r, "scope", YScalar.str(Pick.one(r, "namespaced", "cluster", "All")))),
                // ---- rules ----
                reject(
                        "webhook-rule-operations-wildcard-and-more",
                        hooks,
                        (doc, r) ->
                                setOnRule(doc, r, "operations", YList.ofStrings("*", Pick.one(r, "CREATE", "DELETE")))),
                reject("webhook-rule-list-empty", hooks, (doc, r) -> {
                    At rule = rule(doc, r);
                    if (rule == null) {
                        return null;
                    }
                    String key = Pick.one(r, "operations", "apiGroups", "apiVersions", "resources");
                    if (r.nextBoolean()) {
                        rule.map().remove(key);
                        return "removed " + rule.field(key);
                    }
                    rule.map().put(key, new YList());
                    return set(rule.field(key), "[]");
                }),
                reject(
                        "webhook-rule-api-groups-wildcard-and-more",
                        hooks,
                        (doc, r) ->
                                setOnRule(doc, r, "apiGroups", YList.ofStrings("*", Pick.one(r, "", "apps", "batch")))),
                reject(
                        "webhook-rule-api-versions-wildcard-and-more",
                        hooks,
                        (doc, r) -> setOnRule(doc, r, "apiVersions", YList.ofStrings("*", "v1"))),
                reject(
                        "webhook-rule-api-version-empty",
                        hooks,
                        (doc, r) -> setOnRule(doc, r, "apiVersions", YList.ofStrings("v1", ""))),
                reject(
                        "webhook-rule-resources-wildcard-and-more",
                        hooks,
                        (doc, r) -> setOnRule(
                                doc,
                                r,
                                "resources",
                                Pick.one(
                                        r,
                                        YList.ofStrings("*", "pods"),
                                        YList.ofStrings("*/*", "pods"),
                                        YList.ofStrings("pods/status", "*/*")))),
                reject(
                        "webhook-rule-subresource-conflict",
                        hooks,
                        (doc, r) -> setOnRule(
                                doc,
                                r,
                                "resources",
                                Pick.one(
                                        r,
                                        YList.ofStrings("pods", "pods/*", "pods/status"),
                                        YList.ofStrings("*/scale", "deployments/scale")))),
                reject(
                        "webhook-rule-resource-empty",
                        hooks,
                        (doc, r) -> setOnRule(doc, r, "resources", YList.ofStrings("pods", ""))),
                // ---- clientConfig ----
                reject("webhook-client-config-url-and-service", hooks, (doc, r) -> {
                    At hook = hook(doc, r);
                    At config = hook == null ? null : hook.map("clientConfig");
                    if (config == null) {
                        return null;
                    }
                    if (config.has("url")) {
                        config.map()
                                .put(
                                        "service",
                                        YMap.of("name", YScalar.str("webhook"), "namespace", YScalar.str("default")));
                        return "added " + config.field("service") + " next to url";
                    }
                    config.map().put("url", YScalar.str("https://webhook.example.com/validate"));
                    return "added " + config.field("url") + " next to service";
                }),
                reject("webhook-client-config-empty", hooks, (doc, r) -> {
                    At hook = hook(doc, r);
                    if (hook == null) {
                        return null;
                    }
                    hook.map().put("clientConfig", new YMap());
                    return set(hook.field("clientConfig"), "{}");
                }),
                reject("webhook-url-invalid", hooks, (doc, r) -> {
                    At hook = hook(doc, r);
                    At config = hook == null ? null : hook.map("clientConfig");
                    if (config == null) {
                        return null;
                    }
                    config.map().remove("service");
                    String bad = Pick.one(
                            r,
                            "http://webhook.example.com/validate",
                            "webhook.example.com:8443/validate",
                            "https:///validate",
                            "https://webhook.example.com/validate?timeout=5s",
                            "https://webhook.example.com/validate#v1",
                            "https://admin@webhook.example.com/validate",
                            "https://webhook.example.com:port/validate",
                            "https://[fd00::1/validate",
                            "https://webhook example.com/validate");
                    config.map().put("url", YScalar.str(bad));
                    return set(config.field("url"), bad);
                }),
                reject("webhook-ca-bundle-not-base64", hooks, (doc, r) -> {
                    At hook = hook(doc, r);
                    At config = hook == null ? null : hook.map("clientConfig");
                    if (config == null) {
                        return null;
                    }
                    String bad = Pick.one(
                            r,
                            "-----BEGIN CERTIFICATE-----\nMIIBdzCCAR2gAwIBAgIBADAKBggqhkjOPQQDAjAjMSEwHwYDVQQDDBh3ZWJob29r\n-----END CERTIFICATE-----\n",
                            "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg",
                            "LS0tLS1CRUdJTiBDRVJU SUZJQ0FURS0tLS0tCg==",
                            "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==?");
                    config.map().put("caBundle", YScalar.str(bad));
                    return "a caBundle that is not base64 in " + config.field("caBundle");
                }),
                reject(
                        "webhook-service-path-invalid",
                        hooks,
                        (doc, r) -> setOnService(
                                doc,
                                r,
                                "path",
                                YScalar.str(Pick.one(
                                        r, "validate", "inject", "/Validate", "/v1/admit_label", "/validate//pods")))),
                reject(
                        "webhook-service-port-out-of-range",
                        hooks,
                        (doc, r) -> setOnService(doc, r, "port", YScalar.num(Pick.one(r, 0L, 65536L, 80800L, -443L)))),
                reject(
                        "webhook-service-name-empty",
                        hooks,
                        (doc, r) -> setOnService(doc, r, Pick.one(r, "name", "namespace"), YScalar.quoted(""))),
                reject("webhook-service-namespace-missing", hooks, (doc, r) -> {
                    At service = service(doc, r);
                    if (service == null) {
                        return null;
                    }
                    service.map().remove("namespace");
                    return "removed " + service.field("namespace");
                }),
                // ---- selectors ----
                reject("webhook-selector-operator-case", hooks, (doc, r) -> {
                    At hook = hook(doc, r);
                    if (hook == null) {
                        return null;
                    }
                    String key = Pick.one(r, "namespaceSelector", "objectSelector");
                    String operator = Pick.one(r, "in", "notin", "Exist");
                    hook.map()
                            .put(
                                    key,
                                    YMap.of(
                                            "matchExpressions",
                                            YList.of(YMap.of(
                                                    "key", YScalar.str("environment"),
                                                    "operator", YScalar.str(operator),
                                                    "values", YList.ofStrings("production")))));
                    return set(hook.field(key) + ".matchExpressions[0].operator", operator);
                }),
                reject("webhook-selector-label-invalid", hooks, (doc, r) -> {
                    At hook = hook(doc, r);
                    if (hook == null) {
                        return null;
                    }
                    String key = Pick.one(r, "namespaceSelector", "objectSelector");
                    boolean badKey = r.nextBoolean();
                    hook.map()
                            .put(
                                    key,
                                    YMap.of(
                                            "matchLabels",
                                            YMap.of(
                                                    badKey ? "sidecar inject" : "sidecar.example.com/inject",
                                                    YScalar.str(badKey ? "enabled" : "enabled!"))));
                    return "an invalid label " + (badKey ? "key" : "value") + " in " + hook.field(key) + ".matchLabels";
                }),
                // ---- matchConditions ----
                reject(
                        "webhook-match-condition-name-invalid",
                        hooks,
                        (doc, r) -> setOnHook(
                                doc,
                                r,
                                "matchConditions",
                                conditions(1, Pick.one(r, "exclude kube-system", "Exclude_", "-exclude", "")))),
                reject("webhook-match-condition-duplicate", hooks, (doc, r) -> {
                    At hook = hook(doc, r);
                    if (hook == null) {
                        return null;
                    }
                    YList list = conditions(1, "exclude-kube-system");
                    list.add(YMap.of(
                            "name", YScalar.str("exclude-kube-system"),
                            "expression", YScalar.str("!request.userInfo.username.startsWith('system:')")));
                    hook.map().put("matchConditions", list);
                    return "two matchConditions named exclude-kube-system in " + hook.field("matchConditions");
                }),
                reject("webhook-match-condition-expression-empty", hooks, (doc, r) -> {
                    At hook = hook(doc, r);
                    if (hook == null) {
                        return null;
                    }
                    String blank = Pick.one(r, "", "  ");
                    hook.map()
                            .put(
                                    "matchConditions",
                                    YList.of(YMap.of(
                                            "name",
                                            YScalar.str("exclude-kube-system"),
                                            "expression",
                                            YScalar.quoted(blank))));
                    return set(hook.field("matchConditions") + "[0].expression", blank);
                }),
                reject(
                        "webhook-match-conditions-too-many",
                        hooks,
                        (doc, r) -> setOnHook(doc, r, "matchConditions", conditions(65, "condition"))),
                // ---- harmless ----
                accept("valid-webhook-explicit-defaults", hooks, (doc, r) -> {
                    At hook = hook(doc, r);
                    if (hook == null) {
                        return null;
                    }
                    if (!hook.has("failurePolicy")) {
                        hook.map().put("failurePolicy", YScalar.str("Fail"));
                    }
                    if (!hook.has("matchPolicy")) {
                        hook.map().put("matchPolicy", YScalar.str("Equivalent"));
                    }
                    if (!hook.has("timeoutSeconds")) {
                        hook.map().put("timeoutSeconds", YScalar.num(10));
                    }
                    if (doc.kind().equals("MutatingWebhookConfiguration") && !hook.has("reinvocationPolicy")) {
                        hook.map().put("reinvocationPolicy", YScalar.str("Never"));
                    }
                    for (At rule : hook.items("rules")) {
                        if (!rule.has("scope")) {
                            rule.map().put("scope", YScalar.str("*"));
                        }
                    }
                    At config = hook.map("clientConfig");
                    At service = config == null ? null : config.map("service");
                    if (service != null && !service.has("port")) {
                        service.map().put("port", YScalar.num(443));
                    }
                    return "the v1 defaults written out in " + hook.path();
                }),
                accept(
                        "valid-webhook-timeout-boundary",
                        hooks,
                        (doc, r) -> setOnHook(doc, r, "timeoutSeconds", YScalar.num(Pick.one(r, 1L, 30L)))),
                accept(
                        "valid-webhook-side-effects-dry-run",
                        hooks,
                        (doc, r) -> setOnHook(doc, r, "sideEffects", YScalar.str("NoneOnDryRun"))),
                accept(
                        "valid-webhook-review-versions-extra",
                        hooks,
                        (doc, r) -> setOnHook(
                                doc, r, "admissionReviewVersions", YList.ofStrings("v2alpha1", "v1", "v1beta1"))),
                accept(
                        "valid-webhook-resources-wildcards",
                        hooks,
                        (doc, r) -> setOnRule(
                                doc,
                                r,
                                "resources",
                                Pick.one(
                                        r,
                                        YList.ofStrings("*", "pods/status", "*/scale"),
                                        YList.ofStrings("pods", "*"),
                                        YList.ofStrings("pods/*", "deployments/*", "services")))),
                accept(
                        "valid-webhook-operations-all",
                        hooks,
                        (doc, r) -> setOnRule(
                                doc,
                                r,
                                "operations",
                                Pick.one(
                                        r,
                                        YList.ofStrings("*"),
                                        YList.ofStrings("CREATE", "UPDATE", "DELETE", "CONNECT")))),
                accept(
                        "valid-webhook-service-path-root",
                        hooks,
                        (doc, r) -> setOnService(
                                doc, r, "path", YScalar.str(Pick.one(r, "/", "/v1.admit/pods/", "/validate-v1-pod")))),
                accept("valid-webhook-url-forms", hooks, (doc, r) -> {
                    At hook = hook(doc, r);
                    At config = hook == null ? null : hook.map("clientConfig");
                    if (config == null) {
                        return null;
                    }
                    config.map().remove("service");
                    String url = Pick.one(
                            r,
                            "https://10.96.0.15:9443/validate",
                            "https://[fd00::15]:8443/mutate",
                            "HTTPS://webhook.example.com/validate?",
                            "https://webhook.example.com");
                    config.map().put("url", YScalar.str(url));
                    return set(config.field("url"), url);
                }),
                accept("valid-webhook-ca-bundle", hooks, (doc, r) -> {
                    At hook = hook(doc, r);
                    At config = hook == null ? null : hook.map("clientConfig");
                    if (config == null) {
                        return null;
                    }
                    String bundle = Pick.one(
                            r,
                            "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==",
                            "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\nCg==\n",
                            "");
                    config.map().put("caBundle", YScalar.str(bundle));
                    return set(config.field("caBundle"), bundle.isEmpty() ? "''" : "a base64 CA bundle");
                }),
                accept(
                        "valid-webhook-match-conditions",
                        hooks,
                        (doc, r) -> setOnHook(
                                doc,
                                r,
                                "matchConditions",
                                conditions(Pick.one(r, 1, 3, 64), "platform.example.com/exclude"))),
                accept(
                        "valid-webhook-selector-empty",
                        hooks,
                        (doc, r) -> setOnHook(doc, r, Pick.one(r, "namespaceSelector", "objectSelector"), new YMap())),
                mistake(
                        "webhook-review-versions-v1beta1-only",
                        hooks,
                        (doc, r) -> setOnHook(doc, r, "admissionReviewVersions", YList.ofStrings("v1beta1"))));
    }
}
