package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** env, valueFrom, envFrom and Downward API references in env. */
final class EnvMutations {

    private EnvMutations() {}

    static At env(Doc doc, Random r) {
        List<At> all = new ArrayList<>();
        doc.allContainers().forEach(c -> all.addAll(c.items("env")));
        return Pick.one(r, all);
    }

    static At envWithValueFrom(Doc doc, Random r) {
        List<At> all = new ArrayList<>();
        doc.allContainers()
                .forEach(c ->
                        c.items("env").stream().filter(e -> e.has("valueFrom")).forEach(all::add));
        return Pick.one(r, all);
    }

    /** A container's env list (created when absent), for adding a variable. */
    static At containerForEnv(Doc doc, Random r) {
        return ContainerMutations.anyContainer(doc, r);
    }

    static YMap fieldRefVar(String name, String fieldPath) {
        return YMap.of("name", name, "valueFrom", YMap.of("fieldRef", YMap.of("fieldPath", fieldPath)));
    }

    static List<Mutation> all() {
        var k = Kinds.WITH_POD_SPEC;
        return List.of(
                reject("env-name-invalid", k, (doc, r) -> {
                    At e = env(doc, r);
                    if (e == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "MY=VAR", "", "ÄPFEL", "DB\tHOST", "KEY=value");
                    e.map().put("name", YScalar.str(bad));
                    return set(e.field("name"), bad);
                }),
                reject("env-name-missing", k, (doc, r) -> {
                    At e = env(doc, r);
                    return e == null || e.map().remove("name") == null ? null : "removed " + e.field("name");
                }),
                reject("valuefrom-empty", k, (doc, r) -> {
                    At e = env(doc, r);
                    if (e == null) {
                        return null;
                    }
                    e.map().remove("value");
                    e.map().put("valueFrom", new YMap());
                    return set(e.field("valueFrom"), "{}");
                }),
                reject("valuefrom-two-sources", k, (doc, r) -> {
                    At e = envWithValueFrom(doc, r);
                    if (e == null) {
                        return null;
                    }
                    At vf = e.map("valueFrom");
                    String added;
                    if (!vf.has("fieldRef")) {
                        vf.map().put("fieldRef", YMap.of("fieldPath", "metadata.name"));
                        added = "fieldRef";
                    } else {
                        vf.map().put("secretKeyRef", YMap.of("name", "app-secrets", "key", "token"));
                        added = "secretKeyRef";
                    }
                    return "added " + vf.field(added) + " next to the existing source";
                }),
                reject("env-value-and-valuefrom", k, (doc, r) -> {
                    At e = envWithValueFrom(doc, r);
                    if (e == null) {
                        return null;
                    }
                    String value = Pick.one(r, "default", "changeme", "localhost");
                    e.map().put("value", YScalar.str(value));
                    return set(e.field("value"), value) + " next to valueFrom";
                }),
                reject("key-ref-missing-key", k, (doc, r) -> {
                    List<At> refs = new ArrayList<>();
                    doc.allContainers()
                            .forEach(c -> c.items("env").forEach(e -> {
                                At vf = e.map("valueFrom");
                                if (vf != null) {
                                    for (String ref : List.of("secretKeyRef", "configMapKeyRef")) {
                                        if (vf.map(ref) != null) {
                                            refs.add(vf.map(ref));
                                        }
                                    }
                                }
                            }));
                    At ref = Pick.one(r, refs);
                    if (ref == null) {
                        return null;
                    }
                    String field = r.nextBoolean() ? "key" : "name";
                    ref.map().remove(field);
                    return "removed " + ref.field(field);
                }),
                reject("envfrom-two-refs", k, (doc, r) -> {
                    List<At> all = new ArrayList<>();
                    doc.allContainers().forEach(c -> all.addAll(c.items("envFrom")));
                    At e = Pick.one(r, all);
                    if (e == null) {
                        return null;
                    }
                    if (e.has("configMapRef")) {
                        e.map().put("secretRef", YMap.of("name", "app-secrets"));
                    } else {
                        e.map().put("configMapRef", YMap.of("name", "app-settings"));
                    }
                    return "both configMapRef and secretRef in " + e.path();
                }),
                reject("envfrom-no-ref", k, (doc, r) -> {
                    At c = containerForEnv(doc, r);
                    if (c == null) {
                        return null;
                    }
                    c.map().listOrNew("envFrom").add(YMap.of("prefix", "APP_"));
                    return "added an envFrom entry with only a prefix to " + c.path();
                }),
                reject("envfrom-prefix-invalid", k, (doc, r) -> {
                    At c = containerForEnv(doc, r);
                    if (c == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "APP=", "ÜBER_", "A=B_");
                    c.map()
                            .listOrNew("envFrom")
                            .add(YMap.of("prefix", bad, "configMapRef", YMap.of("name", "app-settings")));
                    return "added envFrom with prefix '" + bad + "' to " + c.path();
                }),
                reject("downward-env-wrong-field", k, (doc, r) -> {
                    At c = containerForEnv(doc, r);
                    if (c == null) {
                        return null;
                    }
                    String bad = Pick.one(
                            r,
                            "metadata.labels",
                            "metadata.annotations",
                            "status.phase",
                            "spec.restartPolicy",
                            "metadata.generation",
                            "status.containerStatuses[0].restartCount",
                            "spec.containers[0].image",
                            "metadata.creationTimestamp");
                    c.map().listOrNew("env").add(fieldRefVar("POD_INFO", bad));
                    return "env var POD_INFO of " + c.path() + " with fieldRef.fieldPath '" + bad
                            + "' (not available in env)";
                }),
                reject("downward-fieldref-api-version", k, (doc, r) -> {
                    At c = containerForEnv(doc, r);
                    if (c == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "v2", "apps/v1", "core/v1");
                    YMap var = fieldRefVar("POD_NAME", "metadata.name");
                    ((YMap) ((YMap) var.get("valueFrom")).get("fieldRef")).putFirst("apiVersion", YScalar.str(bad));
                    c.map().listOrNew("env").add(var);
                    return "env var POD_NAME of " + c.path() + " with fieldRef.apiVersion '" + bad + "'";
                }),
                reject("downward-label-subscript-invalid", k, (doc, r) -> {
                    At c = containerForEnv(doc, r);
                    if (c == null) {
                        return null;
                    }
                    String bad = Pick.one(
                            r,
                            "metadata.labels['Bad Key']",
                            "metadata.annotations['-owner']",
                            "metadata.labels[app]",
                            "metadata.labels['']");
                    c.map().listOrNew("env").add(fieldRefVar("LABEL_VALUE", bad));
                    return "env var LABEL_VALUE of " + c.path() + " with fieldRef.fieldPath '" + bad + "'";
                }),
                reject("resource-field-ref-invalid", k, (doc, r) -> {
                    At c = containerForEnv(doc, r);
                    if (c == null) {
                        return null;
                    }
                    YMap ref = YMap.of("resource", "limits.memory");
                    String what;
                    switch (r.nextInt(3)) {
                        case 0 -> {
                            String bad = Pick.one(r, "limits.gpu", "requests.cpus", "memory", "limits.storage");
                            ref.put("resource", bad);
                            what = "resource '" + bad + "'";
                        }
                        case 1 -> {
                            ref.put("resource", "limits.cpu");
                            String bad = Pick.one(r, "1Ki", "1Mi", "2", "100m");
                            ref.put("divisor", YScalar.str(bad));
                            what = "cpu divisor '" + bad + "'";
                        }
                        default -> {
                            String bad = Pick.one(r, "1m", "3Mi", "2");
                            ref.put("divisor", YScalar.str(bad));
                            what = "memory divisor '" + bad + "'";
                        }
                    }
                    c.map()
                            .listOrNew("env")
                            .add(YMap.of("name", "RESOURCE_VALUE", "valueFrom", YMap.of("resourceFieldRef", ref)));
                    return "env var RESOURCE_VALUE of " + c.path() + " with resourceFieldRef " + what;
                }));
    }
}
