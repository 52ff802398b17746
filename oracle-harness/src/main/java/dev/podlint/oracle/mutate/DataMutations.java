package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.mistake;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Secrets, ConfigMaps, ServiceAccounts and Namespaces. Descriptions never repeat a Secret's value. */
final class DataMutations {

    private DataMutations() {}

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static List<Mutation> all() {
        var secret = Kinds.of("Secret");
        var configMap = Kinds.of("ConfigMap");
        var data = Kinds.of("Secret", "ConfigMap");
        return List.of(
                reject("secret-bad-base64", secret, (doc, r) -> {
                    At d = doc.top().mapOrNew("data");
                    String key = d.map().size() > 0 && r.nextBoolean()
                            ? d.map().entries.get(r.nextInt(d.map().size())).key
                            : "api-token";
                    String kind = Pick.one(
                            r,
                            "plain text with a '!'",
                            "a space inside",
                            "a missing padding character",
                            "a URL-safe alphabet",
                            "a stray '=' in the middle");
                    String bad = switch (kind) {
                        case "plain text with a '!'" -> "S3cr3t-p4ss!";
                        case "a space inside" -> "c2Vj cmV0";
                        case "a missing padding character" -> "c2VjcmV0MQ=";
                        case "a URL-safe alphabet" -> "-_-_c2VjcmV0";
                        default -> "c2Vj=cmV0";
                    };
                    d.map().put(key, YScalar.str(bad));
                    return "data[" + key + "] is not base64 (" + kind + ")";
                }),
                mistake("secret-plain-text-valid-base64", secret, (doc, r) -> {
                    At d = doc.top().mapOrNew("data");
                    String key = Pick.one(r, "password", "token", "apiKey");
                    d.map().put(key, YScalar.str(Pick.one(r, "changeme", "password", "letmein1", "hunter22")));
                    return "data[" + key
                            + "] holds plain text that happens to be valid base64 (decodes to other bytes)";
                }),
                reject("data-key-invalid", data, (doc, r) -> {
                    At d = doc.top().mapOrNew(doc.kind().equals("Secret") || r.nextBoolean() ? "data" : "binaryData");
                    String bad = Pick.one(r, "my key", "../etc/passwd", "conf/app.yaml", "..", "key:value", "ключ");
                    String value = doc.kind().equals("ConfigMap") && d.path().equals("data") ? "value" : b64("value");
                    d.map().put(bad, YScalar.str(value));
                    return "added key '" + bad + "' to " + d.path();
                }),
                reject("secret-type-keys-missing", secret, (doc, r) -> {
                    String type = doc.top().text("type");
                    At d = doc.top().map("data");
                    if ("kubernetes.io/tls".equals(type) && d != null) {
                        String key = Pick.one(r, "tls.crt", "tls.key");
                        d.map().remove(key);
                        return "removed data[" + key + "] of a kubernetes.io/tls Secret";
                    }
                    String newType = Pick.one(
                            r,
                            "kubernetes.io/ssh-auth",
                            "kubernetes.io/dockerconfigjson",
                            "kubernetes.io/dockercfg",
                            "kubernetes.io/service-account-token");
                    if (newType.equals(type)) {
                        return null;
                    }
                    doc.top().map().put("type", YScalar.str(newType));
                    return set("type", newType) + " without the keys it requires";
                }),
                reject("secret-docker-config-not-json", Kinds.of("Secret"), (doc, r) -> {
                    if (!"kubernetes.io/dockerconfigjson".equals(doc.top().text("type"))) {
                        return null;
                    }
                    String bad = Pick.one(r, "{\"auths\": {", "auths: {}", "[]", "");
                    doc.top().mapOrNew("data").map().put(".dockerconfigjson", YScalar.str(b64(bad)));
                    return "data[.dockerconfigjson] decodes to something that is no JSON object";
                }),
                reject("config-map-same-key-binary", configMap, (doc, r) -> {
                    At d = doc.top().mapOrNew("data");
                    String key = d.map().size() > 0
                            ? d.map().entries.get(r.nextInt(d.map().size())).key
                            : "settings";
                    doc.top().mapOrNew("binaryData").map().put(key, YScalar.str(b64("binary")));
                    return "key '" + key + "' in both data and binaryData";
                }),
                reject("config-map-binary-bad-base64", configMap, (doc, r) -> {
                    String bad = Pick.one(r, "not base64!", "iVBORw0KGgo=AAA", "iVBOR w0KGgo=");
                    doc.top().mapOrNew("binaryData").map().put("favicon.ico", YScalar.str(bad));
                    return "binaryData[favicon.ico] = '" + bad + "' (not base64)";
                }),
                reject("service-account-secret-ref-invalid", Kinds.of("ServiceAccount"), (doc, r) -> {
                    String field = Pick.one(r, "secrets", "imagePullSecrets");
                    doc.top().map().listOrNew(field).add(YScalar.str("payments-db"));
                    return "a plain string in " + field + " (the items are objects with a name)";
                }),
                reject("namespace-finalizer-invalid", Kinds.of("Namespace"), (doc, r) -> {
                    String bad = Pick.one(r, "my finalizer", "example.com/", "Example.com/cleanup", "-cleanup");
                    doc.top().mapOrNew("spec").map().listOrNew("finalizers").add(YScalar.str(bad));
                    return "spec.finalizers entry '" + bad + "'";
                }));
    }
}
