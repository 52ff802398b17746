package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.mistake;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Pod volumes: names, sources, file modes, item paths, projected and Downward API volumes. */
final class VolumeMutations {

    static final List<String> MODE_SOURCES = List.of("configMap", "secret", "projected", "downwardAPI");

    private VolumeMutations() {}

    static At volume(Doc doc, Random r) {
        return Pick.one(r, doc.volumes());
    }

    /** The source mapping of a volume with a defaultMode (configMap, secret, projected, downwardAPI). */
    static At modeSource(Doc doc, Random r) {
        List<At> sources = new ArrayList<>();
        for (At v : doc.volumes()) {
            MODE_SOURCES.stream().filter(v::has).findFirst().ifPresent(s -> sources.add(v.map(s)));
        }
        return Pick.one(r, sources);
    }

    /** The items of configMap, secret and downwardAPI volumes (and of projected sources). */
    static At keyItem(Doc doc, Random r) {
        List<At> items = new ArrayList<>();
        for (At v : doc.volumes()) {
            for (String s : List.of("configMap", "secret", "downwardAPI")) {
                if (v.map(s) != null) {
                    items.addAll(v.map(s).items("items"));
                }
            }
            if (v.map("projected") != null) {
                for (At source : v.map("projected").items("sources")) {
                    for (String s : List.of("configMap", "secret", "downwardAPI")) {
                        if (source.map(s) != null) {
                            items.addAll(source.map(s).items("items"));
                        }
                    }
                }
            }
        }
        return Pick.one(r, items);
    }

    /** Renames a volume and the mounts that use it, so that only the name itself is wrong. */
    static void renameVolume(Doc doc, At volume, String newName) {
        String old = volume.text("name");
        volume.map().put("name", YScalar.str(newName));
        doc.allContainers()
                .forEach(c -> c.items("volumeMounts").forEach(m -> {
                    if (old != null && old.equals(m.text("name"))) {
                        m.map().put("name", YScalar.str(newName));
                    }
                }));
    }

    static List<Mutation> all() {
        var k = Kinds.WITH_POD_SPEC;
        return List.of(
                reject("duplicate-volume-name", k, (doc, r) -> {
                    List<At> volumes = doc.volumes();
                    if (volumes.size() < 2) {
                        return null;
                    }
                    At a = volumes.get(0);
                    At b = volumes.get(1 + r.nextInt(volumes.size() - 1));
                    b.map().put("name", YScalar.str(a.text("name")));
                    return set(b.field("name"), a.text("name")) + ", the name of " + a.path();
                }),
                reject("volume-name-invalid", k, (doc, r) -> {
                    At v = volume(doc, r);
                    if (v == null) {
                        return null;
                    }
                    String name = v.text("name");
                    String bad = Pick.one(
                            r, MetadataMutations.upperFirst(name), name + "_vol", name + ".vol", Pick.label(name, 64));
                    renameVolume(doc, v, bad);
                    return set(v.field("name"), bad) + " (mounts renamed too)";
                }),
                reject("volume-two-sources", k, (doc, r) -> {
                    At v = volume(doc, r);
                    if (v == null) {
                        return null;
                    }
                    String extra = v.has("emptyDir") ? "configMap" : "emptyDir";
                    v.map().put(extra, extra.equals("emptyDir") ? new YMap() : YMap.of("name", "extra-config"));
                    return "added " + v.field(extra) + " to a volume that has a source";
                }),
                reject("file-mode-decimal", k, (doc, r) -> {
                    At source = modeSource(doc, r);
                    if (source == null) {
                        return null;
                    }
                    long bad = Pick.one(r, 644L, 755L, 600L, 640L, 775L, 666L, 777L, 700L);
                    source.map().put("defaultMode", YScalar.num(bad));
                    return set(source.field("defaultMode"), bad) + " (decimal; the octal 0" + bad + " is "
                            + Long.parseLong(Long.toString(bad), 8) + ")";
                }),
                reject("file-mode-above-0777", k, (doc, r) -> {
                    At source = modeSource(doc, r);
                    if (source == null) {
                        return null;
                    }
                    long bad = Pick.one(r, 512L, 1023L, 4095L, 65535L);
                    source.map().put("defaultMode", YScalar.num(bad));
                    return set(source.field("defaultMode"), bad) + " (above 0777 = 511)";
                }),
                reject("item-mode-invalid", k, (doc, r) -> {
                    At item = keyItem(doc, r);
                    if (item == null) {
                        return null;
                    }
                    long bad = Pick.one(r, 644L, 755L, 1023L, -1L);
                    item.map().put("mode", YScalar.num(bad));
                    return set(item.field("mode"), bad);
                }),
                reject("item-path-absolute", k, (doc, r) -> {
                    At item = keyItem(doc, r);
                    if (item == null) {
                        return null;
                    }
                    String bad = "/" + item.text("path");
                    item.map().put("path", YScalar.str(bad));
                    return set(item.field("path"), bad);
                }),
                reject("item-path-dotdot", k, (doc, r) -> {
                    At item = keyItem(doc, r);
                    if (item == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "../", "conf/../../", "..", "a/../../")
                            + (r.nextBoolean() ? item.text("path") : "");
                    item.map().put("path", YScalar.str(bad));
                    return set(item.field("path"), bad);
                }),
                reject("item-path-missing", k, (doc, r) -> {
                    At item = keyItem(doc, r);
                    return item == null || item.map().remove("path") == null ? null : "removed " + item.field("path");
                }),
                reject("source-name-missing", k, (doc, r) -> {
                    List<At> sources = new ArrayList<>();
                    doc.volumes().forEach(v -> {
                        if (v.map("configMap") != null) {
                            sources.add(v.map("configMap"));
                        }
                        if (v.map("secret") != null) {
                            sources.add(v.map("secret"));
                        }
                        if (v.map("persistentVolumeClaim") != null) {
                            sources.add(v.map("persistentVolumeClaim"));
                        }
                    });
                    At s = Pick.one(r, sources);
                    if (s == null) {
                        return null;
                    }
                    String field = s.has("secretName") ? "secretName" : s.has("claimName") ? "claimName" : "name";
                    s.map().remove(field);
                    return "removed " + s.field(field);
                }),
                reject("host-path-backsteps", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String bad = Pick.one(r, "/var/../etc", "/data/../../root", "../var/log");
                    spec.map().listOrNew("volumes").add(YMap.of("name", "host-data", "hostPath", YMap.of("path", bad)));
                    return "added hostPath volume with path '" + bad + "'";
                }),
                reject("enum-case-host-path-type", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String bad = Pick.wrongCase(r, Pick.one(r, "Directory", "DirectoryOrCreate", "File", "Socket"));
                    spec.map()
                            .listOrNew("volumes")
                            .add(YMap.of(
                                    "name", "host-data", "hostPath", YMap.of("path", "/var/lib/data", "type", bad)));
                    return "added hostPath volume with type '" + bad + "'";
                }),
                mistake("enum-case-empty-dir-medium", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String bad = Pick.one(r, "memory", "MEMORY", "Disk", "tmpfs");
                    spec.map()
                            .listOrNew("volumes")
                            .add(YMap.of("name", "scratch-space", "emptyDir", YMap.of("medium", bad)));
                    return "added emptyDir volume with medium '" + bad
                            + "' (not validated: the kubelet fails the mount)";
                }),
                reject("empty-dir-size-invalid", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String bad = Pick.one(r, "1 Gi", "1GB", "-1Gi", "lots");
                    spec.map()
                            .listOrNew("volumes")
                            .add(YMap.of("name", "scratch-space", "emptyDir", YMap.of("sizeLimit", bad)));
                    return "added emptyDir volume with sizeLimit '" + bad + "'";
                }),
                reject("nfs-path-relative", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    spec.map()
                            .listOrNew("volumes")
                            .add(YMap.of(
                                    "name",
                                    "shared",
                                    "nfs",
                                    YMap.of("server", "nfs.example.internal", "path", "exports/shared")));
                    return "added nfs volume with relative path 'exports/shared'";
                }),
                reject("projected-token-expiration-short", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    long bad = Pick.one(r, 60L, 300L, 599L, 4294967296L * 2);
                    spec.map()
                            .listOrNew("volumes")
                            .add(YMap.of(
                                    "name",
                                    "token",
                                    "projected",
                                    YMap.of(
                                            "sources",
                                            YList.of(YMap.of(
                                                    "serviceAccountToken",
                                                    YMap.of(
                                                            "path",
                                                            "token",
                                                            "expirationSeconds",
                                                            YScalar.num(bad)))))));
                    return "projected serviceAccountToken with expirationSeconds " + bad;
                }),
                reject("projected-duplicate-path", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    spec.map()
                            .listOrNew("volumes")
                            .add(YMap.of(
                                    "name",
                                    "bundle-two",
                                    "projected",
                                    YMap.of(
                                            "sources",
                                            YList.of(
                                                    YMap.of(
                                                            "configMap",
                                                            YMap.of(
                                                                    "name",
                                                                    "a",
                                                                    "items",
                                                                    YList.of(YMap.of(
                                                                            "key", "app.yaml", "path", "app.yaml")))),
                                                    YMap.of(
                                                            "secret",
                                                            YMap.of(
                                                                    "name",
                                                                    "b",
                                                                    "items",
                                                                    YList.of(YMap.of(
                                                                            "key",
                                                                            "app.yaml",
                                                                            "path",
                                                                            "app.yaml"))))))));
                    return "projected volume whose configMap and secret sources both write 'app.yaml'";
                }),
                reject("projected-source-two-kinds", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    spec.map()
                            .listOrNew("volumes")
                            .add(YMap.of(
                                    "name",
                                    "bundle-two",
                                    "projected",
                                    YMap.of(
                                            "sources",
                                            YList.of(YMap.of(
                                                    "configMap",
                                                    YMap.of("name", "a"),
                                                    "secret",
                                                    YMap.of("name", "b"))))));
                    return "one projected source with both configMap and secret";
                }),
                reject("downward-volume-wrong-field", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String bad = Pick.one(
                            r,
                            "spec.nodeName",
                            "status.podIP",
                            "status.hostIP",
                            "spec.serviceAccountName",
                            "status.phase",
                            "metadata.generation");
                    spec.map()
                            .listOrNew("volumes")
                            .add(YMap.of(
                                    "name",
                                    "podinfo-extra",
                                    "downwardAPI",
                                    YMap.of(
                                            "items",
                                            YList.of(YMap.of("path", "info", "fieldRef", YMap.of("fieldPath", bad))))));
                    return "downwardAPI volume item with fieldPath '" + bad + "' (not available in volumes)";
                }),
                reject("downward-volume-resource-without-container", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    spec.map()
                            .listOrNew("volumes")
                            .add(YMap.of(
                                    "name",
                                    "limits",
                                    "downwardAPI",
                                    YMap.of(
                                            "items",
                                            YList.of(YMap.of(
                                                    "path",
                                                    "mem",
                                                    "resourceFieldRef",
                                                    YMap.of("resource", "limits.memory"))))));
                    return "downwardAPI volume item with resourceFieldRef and no containerName";
                }),
                reject("downward-item-two-refs", k, (doc, r) -> {
                    At spec = doc.podSpec();
                    String container = doc.containers().isEmpty()
                            ? "app"
                            : doc.containers().get(0).text("name");
                    spec.map()
                            .listOrNew("volumes")
                            .add(YMap.of(
                                    "name",
                                    "podinfo-extra",
                                    "downwardAPI",
                                    YMap.of(
                                            "items",
                                            YList.of(YMap.of(
                                                    "path",
                                                    "info",
                                                    "fieldRef",
                                                    YMap.of("fieldPath", "metadata.name"),
                                                    "resourceFieldRef",
                                                    YMap.of("containerName", container, "resource", "limits.cpu"))))));
                    return "downwardAPI volume item with both fieldRef and resourceFieldRef";
                }));
    }
}
