package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.List;
import java.util.Random;

/** Object names, namespaces, labels and annotations. */
final class MetadataMutations {

    private MetadataMutations() {}

    static List<Mutation> all() {
        return List.of(
                reject("drop-metadata-name", Kinds.ALL, (doc, r) -> {
                    At meta = doc.metadata();
                    return meta.map().remove("name") == null ? null : "removed " + meta.field("name");
                }),
                reject("generate-name-only", Kinds.ALL, (doc, r) -> {
                    At meta = doc.metadata();
                    String name = meta.text("name");
                    if (name == null) {
                        return null;
                    }
                    meta.map().remove("name");
                    meta.map().putFirst("generateName", YScalar.str(name + "-"));
                    return "replaced metadata.name by metadata.generateName '" + name
                            + "-' (kubectl apply needs a name)";
                }),
                reject("name-invalid", Kinds.ALL, (doc, r) -> {
                    At meta = doc.metadata();
                    String name = meta.text("name");
                    if (name == null) {
                        return null;
                    }
                    String bad = Pick.one(
                            r,
                            upperFirst(name),
                            name.replace('-', '_'),
                            name + "-",
                            "-" + name,
                            name + " ",
                            name.replace("-", "--") + ".",
                            Pick.label(name, 254));
                    meta.map().put("name", YScalar.str(bad));
                    return set(meta.field("name"), bad);
                }),
                reject("name-not-dns-label", Kinds.of("Service", "Namespace"), (doc, r) -> {
                    At meta = doc.metadata();
                    String name = meta.text("name");
                    if (name == null) {
                        return null;
                    }
                    String bad = Pick.one(r, name + ".internal", Pick.label(name, 64));
                    meta.map().put("name", YScalar.str(bad));
                    return set(meta.field("name"), bad) + " (a DNS label: no dots, at most 63 characters)";
                }),
                reject("cronjob-name-too-long", Kinds.of("CronJob"), (doc, r) -> {
                    At meta = doc.metadata();
                    if (meta.text("name") == null) {
                        return null;
                    }
                    String bad = Pick.label(meta.text("name"), 53 + r.nextInt(8));
                    meta.map().put("name", YScalar.str(bad));
                    return set(meta.field("name"), bad) + " (" + bad.length()
                            + " characters, CronJob names at most 52)";
                }),
                reject("namespace-invalid", Kinds.NAMESPACED, (doc, r) -> {
                    At meta = doc.metadata();
                    String ns = meta.text("namespace") == null ? "apps" : meta.text("namespace");
                    String bad = Pick.one(r, upperFirst(ns), ns + "_prod", ns + ".prod", "-" + ns, Pick.label(ns, 64));
                    meta.map().put("namespace", YScalar.str(bad));
                    return set(meta.field("namespace"), bad);
                }),
                reject("label-key-invalid", Kinds.ALL, (doc, r) -> {
                    At labels = labels(doc, r);
                    String key = Pick.one(
                            r,
                            "app/name/extra",
                            "-tier",
                            "tier-",
                            "release track",
                            "example.com/",
                            "Example.COM/tier",
                            "example_com/tier",
                            "team." + Pick.label("x", 64),
                            Pick.label("a", 254) + "/tier",
                            "app.kubernetes.io/" + "version!");
                    labels.map().put(key, YScalar.str("stable"));
                    return "added label " + M.show(key) + " at " + labels.path();
                }),
                reject("label-value-invalid", Kinds.ALL, (doc, r) -> {
                    At labels = labels(doc, r);
                    String value = Pick.one(
                            r,
                            "hello world",
                            "-canary",
                            "canary-",
                            "v1/beta",
                            "release:2024",
                            Pick.label("v", 64),
                            "ünïcode",
                            "50%");
                    String key = Pick.one(r, "track", "release", "team");
                    labels.map().put(key, YScalar.str(value));
                    return set(labels.field(key), value);
                }),
                reject("annotation-key-invalid", Kinds.ALL, (doc, r) -> {
                    At annotations = doc.metadata().mapOrNew("annotations");
                    String key = Pick.one(
                            r,
                            "owner email",
                            "example.com/owner/team",
                            "-owner",
                            "example.com/",
                            "Example.com/owner",
                            "owner@example.com",
                            Pick.label("note", 64));
                    annotations.map().put(key, YScalar.str("platform-team"));
                    return "added annotation " + M.show(key) + " at " + annotations.path();
                }));
    }

    /** The object's labels, or (half the time, for workloads) the pod template's. */
    static At labels(Doc doc, Random r) {
        At podMeta = doc.podMetadata();
        if (podMeta != null && !doc.kind().equals("Pod") && r.nextBoolean()) {
            return podMeta.mapOrNew("labels");
        }
        return doc.metadata().mapOrNew("labels");
    }

    static String upperFirst(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
