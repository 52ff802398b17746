package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** volumeMounts. */
final class MountMutations {

    private MountMutations() {}

    static At mount(Doc doc, Random r) {
        List<At> mounts = new ArrayList<>();
        doc.allContainers().forEach(c -> mounts.addAll(c.items("volumeMounts")));
        return Pick.one(r, mounts);
    }

    static List<Mutation> all() {
        var k = Kinds.WITH_POD_SPEC;
        return List.of(
                reject("mount-volume-missing", k, (doc, r) -> {
                    At m = mount(doc, r);
                    if (m == null) {
                        return null;
                    }
                    String bad = Pick.one(r, m.text("name") + "s", "config-volume", "data-vol", "secrets");
                    m.map().put("name", YScalar.str(bad));
                    return set(m.field("name"), bad) + " (no such volume)";
                }),
                reject("duplicate-mount-path", k, (doc, r) -> {
                    At c = Pick.one(
                            r,
                            doc.allContainers().stream()
                                    .filter(x -> x.items("volumeMounts").size() >= 2)
                                    .toList());
                    if (c == null) {
                        return null;
                    }
                    List<At> mounts = c.items("volumeMounts");
                    At a = mounts.get(0);
                    At b = mounts.get(1 + r.nextInt(mounts.size() - 1));
                    b.map().put("mountPath", YScalar.str(a.text("mountPath")));
                    return set(b.field("mountPath"), a.text("mountPath")) + ", the path of " + a.path();
                }),
                reject("mount-path-missing", k, (doc, r) -> {
                    At m = mount(doc, r);
                    return m == null || m.map().remove("mountPath") == null ? null : "removed " + m.field("mountPath");
                }),
                reject("mount-subpath-absolute", k, (doc, r) -> {
                    At m = mount(doc, r);
                    if (m == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "/etc/config", "/app.yaml", "/");
                    m.map().put("subPath", YScalar.str(bad));
                    return set(m.field("subPath"), bad);
                }),
                reject("mount-subpath-dotdot", k, (doc, r) -> {
                    At m = mount(doc, r);
                    if (m == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "../secrets", "conf/../../etc", "..", "data/..");
                    m.map().put("subPath", YScalar.str(bad));
                    return set(m.field("subPath"), bad);
                }),
                reject("mount-subpath-and-expr", k, (doc, r) -> {
                    At m = mount(doc, r);
                    if (m == null) {
                        return null;
                    }
                    m.map().put("subPath", YScalar.str("logs"));
                    m.map().put("subPathExpr", YScalar.str("$(POD_NAME)"));
                    return "set both " + m.field("subPath") + " and subPathExpr";
                }),
                reject("enum-case-mount-propagation", k, (doc, r) -> {
                    At m = mount(doc, r);
                    if (m == null) {
                        return null;
                    }
                    String bad = Pick.wrongCase(r, Pick.one(r, "HostToContainer", "None"));
                    m.map().put("mountPropagation", YScalar.str(bad));
                    return set(m.field("mountPropagation"), bad);
                }),
                reject("mount-bidirectional-unprivileged", k, (doc, r) -> {
                    At c = Pick.one(
                            r,
                            doc.containers().stream()
                                    .filter(x -> !x.items("volumeMounts").isEmpty())
                                    .toList());
                    if (c == null) {
                        return null;
                    }
                    At m = Pick.one(r, c.items("volumeMounts"));
                    m.map().put("mountPropagation", YScalar.str("Bidirectional"));
                    At sc = c.map("securityContext");
                    if (sc != null) {
                        sc.map().remove("privileged");
                    }
                    return set(m.field("mountPropagation"), "Bidirectional") + " in a container that is not privileged";
                }),
                reject("mount-recursive-read-only-writable", k, (doc, r) -> {
                    At m = mount(doc, r);
                    if (m == null) {
                        return null;
                    }
                    m.map().remove("readOnly");
                    m.map().put("recursiveReadOnly", YScalar.str("Enabled"));
                    return set(m.field("recursiveReadOnly"), "Enabled") + " without readOnly true";
                }));
    }
}
