package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.mistake;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.List;
import java.util.Random;

/** Containers: names, images, enums, ports, resources, restart policies, security contexts. */
final class ContainerMutations {

    private ContainerMutations() {}

    static At container(Doc doc, Random r) {
        return Pick.one(r, doc.containers());
    }

    static At anyContainer(Doc doc, Random r) {
        return Pick.one(r, doc.allContainers());
    }

    /** An init container that is not a sidecar (no restartPolicy Always). */
    static At plainInitContainer(Doc doc, Random r) {
        return Pick.one(
                r,
                doc.initContainers().stream()
                        .filter(c -> c.text("restartPolicy") == null)
                        .toList());
    }

    static List<Mutation> all() {
        var k = Kinds.WITH_POD_SPEC;
        return List.of(
                reject("drop-container-name", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    return c == null || c.map().remove("name") == null ? null : "removed " + c.field("name");
                }),
                reject("drop-container-image", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    return c == null || c.map().remove("image") == null ? null : "removed " + c.field("image");
                }),
                reject("drop-containers", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    if (spec == null) {
                        return null;
                    }
                    if (r.nextBoolean()) {
                        spec.map().remove("containers");
                        return "removed " + spec.field("containers");
                    }
                    spec.map().put("containers", new YList());
                    return set(spec.field("containers"), "[]");
                }),
                reject("container-name-invalid", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    String name = c.text("name");
                    String bad = Pick.one(
                            r,
                            MetadataMutations.upperFirst(name),
                            name + "_server",
                            name + ".main",
                            "-" + name,
                            Pick.label(name, 64));
                    c.map().put("name", YScalar.str(bad));
                    return set(c.field("name"), bad);
                }),
                reject("duplicate-container-name", k, (doc, r) -> {
                    List<At> all = doc.allContainers();
                    if (all.size() < 2) {
                        return null;
                    }
                    At a = all.get(r.nextInt(all.size()));
                    At b = Pick.one(r, all.stream().filter(x -> x != a).toList());
                    b.map().put("name", YScalar.str(a.text("name")));
                    return set(b.field("name"), a.text("name")) + ", the name of " + a.path();
                }),
                reject("enum-case-image-pull-policy", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    String good = c.text("imagePullPolicy") != null
                            ? c.text("imagePullPolicy")
                            : Pick.one(r, "Always", "IfNotPresent", "Never");
                    String bad = Pick.wrongCase(r, good);
                    c.map().put("imagePullPolicy", YScalar.str(bad));
                    return set(c.field("imagePullPolicy"), bad);
                }),
                reject("image-pull-policy-invalid", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "Latest", "OnChange", "IfNewer", "Sometimes");
                    c.map().put("imagePullPolicy", YScalar.str(bad));
                    return set(c.field("imagePullPolicy"), bad);
                }),
                reject("enum-case-termination-message-policy", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    String bad = Pick.wrongCase(r, Pick.one(r, "File", "FallbackToLogsOnError"));
                    c.map().put("terminationMessagePolicy", YScalar.str(bad));
                    return set(c.field("terminationMessagePolicy"), bad);
                }),
                reject("image-whitespace", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    if (c == null || c.text("image") == null) {
                        return null;
                    }
                    String bad = r.nextBoolean() ? " " + c.text("image") : c.text("image") + " ";
                    c.map().put("image", YScalar.str(bad));
                    return set(c.field("image"), bad) + " (leading or trailing space)";
                }),
                reject("requests-above-limits", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    At resources = c.mapOrNew("resources");
                    boolean cpu = r.nextBoolean();
                    String resource = cpu ? "cpu" : "memory";
                    String request = cpu ? Pick.one(r, "2", "1500m", "4") : Pick.one(r, "2Gi", "1Gi", "768Mi");
                    String limit = cpu ? Pick.one(r, "1", "500m", "1200m") : Pick.one(r, "512Mi", "256Mi", "700Mi");
                    resources.mapOrNew("requests").map().put(resource, YScalar.str(request));
                    resources.mapOrNew("limits").map().put(resource, YScalar.str(limit));
                    return set(resources.field("requests." + resource), request) + " above "
                            + set(resources.field("limits." + resource), limit);
                }),
                reject("quantity-invalid", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    At resources = c.mapOrNew("resources");
                    String group = r.nextBoolean() ? "requests" : "limits";
                    boolean cpu = r.nextBoolean();
                    String bad = cpu
                            ? Pick.one(r, "1.5 cores", "500 m", "one", "-1", "0.5cpu")
                            : Pick.one(r, "1GB", "512mb", "2 Gi", "1.5Gib", "-64Mi", "256MB");
                    resources.mapOrNew(group).map().put(cpu ? "cpu" : "memory", YScalar.str(bad));
                    return set(resources.field(group + "." + (cpu ? "cpu" : "memory")), bad);
                }),
                reject("resource-name-invalid", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    At resources = c.mapOrNew("resources");
                    String name = Pick.one(r, "gpu", "cpus", "mem", "nvidia.com/GPU count");
                    resources.mapOrNew("limits").map().put(name, YScalar.str("1"));
                    return "added " + resources.field("limits") + "[" + name + "] = '1'";
                }),
                mistake("sidecar-restart-policy-on-container", k, (doc, r) -> {
                    At c = container(doc, r);
                    if (c == null) {
                        return null;
                    }
                    c.map().put("restartPolicy", YScalar.str("Always"));
                    return set(c.field("restartPolicy"), "Always")
                            + " on a regular container (a sidecar belongs in initContainers; 1.35+ reads it as a container restart rule)";
                }),
                reject("init-container-restart-policy-invalid", k, (doc, r) -> {
                    At c = Pick.one(r, doc.initContainers());
                    if (c == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "OnFailure", "Never", "always", "IfNotPresent");
                    c.map().put("restartPolicy", YScalar.str(bad));
                    return set(c.field("restartPolicy"), bad);
                }),
                reject("init-container-probe", k, (doc, r) -> {
                    At c = plainInitContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    String probe = Pick.one(r, "livenessProbe", "readinessProbe", "startupProbe");
                    c.map().put(probe, YMap.of("exec", YMap.of("command", YList.ofStrings("true"))));
                    return "added " + c.field(probe) + " to an init container that is no sidecar";
                }),
                reject("init-container-lifecycle", k, (doc, r) -> {
                    At c = plainInitContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    c.map()
                            .put(
                                    "lifecycle",
                                    YMap.of(
                                            "preStop",
                                            YMap.of("exec", YMap.of("command", YList.ofStrings("sleep", "1")))));
                    return "added " + c.field("lifecycle") + " to an init container that is no sidecar";
                }),
                reject("privileged-without-escalation", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    At sc = c.mapOrNew("securityContext");
                    sc.map().put("privileged", YScalar.plain("true"));
                    sc.map().put("allowPrivilegeEscalation", YScalar.plain("false"));
                    return set(sc.field("privileged"), "true") + " with allowPrivilegeEscalation false";
                }),
                reject("run-as-user-negative", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    At sc = c.mapOrNew("securityContext");
                    String field = Pick.one(r, "runAsUser", "runAsGroup");
                    sc.map().put(field, YScalar.num(-1 - r.nextInt(1000)));
                    return set(sc.field(field), sc.text(field));
                }),
                reject("enum-case-seccomp-type", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    At sc = c.mapOrNew("securityContext");
                    String bad = Pick.wrongCase(r, Pick.one(r, "RuntimeDefault", "Unconfined"));
                    sc.map().put("seccompProfile", YMap.of("type", bad));
                    return set(sc.field("seccompProfile.type"), bad);
                }),
                reject("seccomp-localhost-without-profile", k, (doc, r) -> {
                    At c = anyContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    At sc = c.mapOrNew("securityContext");
                    sc.map().put("seccompProfile", YMap.of("type", "Localhost"));
                    return set(sc.field("seccompProfile.type"), "Localhost") + " without localhostProfile";
                }));
    }
}
