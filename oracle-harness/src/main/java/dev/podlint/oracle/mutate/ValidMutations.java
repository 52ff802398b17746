package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.accept;
import static dev.podlint.oracle.mutate.M.set;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Harmless changes: the document stays valid, so any rejection of it is a false alarm (or an oracle surprise). */
final class ValidMutations {

    private ValidMutations() {}

    static List<Mutation> all() {
        var pods = Kinds.WITH_POD_SPEC;
        return List.of(
                accept("valid-reorder-keys", Kinds.ALL, (doc, r) -> {
                    List<YMap> maps = new ArrayList<>();
                    YamlMutations.collectMaps(doc.root, maps);
                    YMap map =
                            Pick.one(r, maps.stream().filter(m -> m.size() >= 2).toList());
                    List<YMap.Entry> before = new ArrayList<>(map.entries);
                    Collections.shuffle(map.entries, r);
                    if (map.entries.equals(before)) {
                        Collections.reverse(map.entries);
                    }
                    return "reordered the keys of a mapping holding "
                            + String.join(
                                    ", ",
                                    before.stream().map(e -> e.key).limit(4).toList());
                }),
                accept("valid-add-label", Kinds.ALL, (doc, r) -> {
                    At labels = MetadataMutations.labels(doc, r);
                    String key = Pick.one(
                            r, "team", "example.com/owner", "app.kubernetes.io/component", "cost-center", "Tier");
                    String value = Pick.one(r, "payments", "platform", "backend", "A1.b-2_c", "");
                    labels.map().put(key, YScalar.str(value));
                    return "added label " + key + " = '" + value + "' at " + labels.path();
                }),
                accept("valid-add-annotation", Kinds.ALL, (doc, r) -> {
                    At annotations = doc.metadata().mapOrNew("annotations");
                    String key = Pick.one(r, "description", "example.com/owner", "kubernetes.io/change-cause", "notes");
                    String value = Pick.one(
                            r,
                            "yes",
                            "0644",
                            "Owned by the platform team: ask in #platform",
                            "",
                            "1.10",
                            "{\"json\": true}",
                            "line one\nline two\n");
                    annotations.map().put(key, YScalar.str(value));
                    return "added annotation " + key + " (a string, quoted where YAML needs it)";
                }),
                accept("valid-quote-strings", Kinds.ALL, (doc, r) -> {
                    List<YMap> maps = new ArrayList<>();
                    YamlMutations.collectMaps(doc.root, maps);
                    YMap map = Pick.one(
                            r,
                            maps.stream()
                                    .filter(m -> m.entries.stream()
                                            .anyMatch(e ->
                                                    e.value instanceof YScalar s && s.style() == YScalar.Style.STRING))
                                    .toList());
                    if (map == null) {
                        return null;
                    }
                    List<String> quoted = new ArrayList<>();
                    for (YMap.Entry e : map.entries) {
                        if (e.value instanceof YScalar s
                                && s.style() == YScalar.Style.STRING
                                && !s.text().contains("\n")) {
                            e.value = YScalar.quoted(s.text());
                            quoted.add(e.key);
                        }
                    }
                    return "quoted the strings " + String.join(", ", quoted);
                }),
                accept("valid-flow-style", Kinds.ALL, (doc, r) -> {
                    List<YMap> maps = new ArrayList<>();
                    YamlMutations.collectMaps(doc.root, maps);
                    YMap map = Pick.one(
                            r,
                            maps.stream()
                                    .filter(m -> m.size() > 0
                                            && m.entries.stream()
                                                    .allMatch(e -> e.value instanceof YScalar s
                                                            && !s.text().contains("\n")))
                                    .toList());
                    if (map == null) {
                        return null;
                    }
                    map.flow = true;
                    return "wrote the mapping of "
                            + String.join(", ", map.keys().stream().limit(3).toList()) + " in flow style";
                }),
                accept("valid-comments", Kinds.ALL, (doc, r) -> {
                    List<YMap> maps = new ArrayList<>();
                    YamlMutations.collectMaps(doc.root, maps);
                    YMap map = Pick.one(r, maps);
                    YMap.Entry entry = map.entries.get(r.nextInt(map.size()));
                    entry.comment =
                            Pick.one(r, "TODO: tune", "key: value # not a field", "---", "managed by kustomize");
                    doc.root.entries.get(0).comment = "generated for the oracle harness";
                    return "comment lines above " + entry.key + " and apiVersion";
                }),
                accept("valid-document-start", Kinds.ALL, (doc, r) -> {
                    doc.documentStart = true;
                    return "a '---' line before the document";
                }),
                accept("valid-json", Kinds.ALL, (doc, r) -> {
                    doc.json = true;
                    return "written as JSON";
                }),
                accept("valid-explicit-defaults", pods, (doc, r) -> {
                    At c = ContainerMutations.container(doc, r);
                    String field = Pick.one(
                            r,
                            "terminationMessagePolicy",
                            "terminationMessagePath",
                            "protocol",
                            "dnsPolicy",
                            "schedulerName");
                    switch (field) {
                        case "terminationMessagePolicy" -> c.map().put(field, YScalar.str("File"));
                        case "terminationMessagePath" -> c.map().put(field, YScalar.str("/dev/termination-log"));
                        case "protocol" -> {
                            At p = Pick.one(r, c.items("ports"));
                            if (p == null) {
                                return null;
                            }
                            p.map().put("protocol", YScalar.str("TCP"));
                            return set(p.field("protocol"), "TCP");
                        }
                        case "dnsPolicy" -> {
                            if (doc.podSpec().has("dnsPolicy")) {
                                return null;
                            }
                            doc.podSpec().map().put(field, YScalar.str("ClusterFirst"));
                            return set(doc.podSpec().field(field), "ClusterFirst");
                        }
                        default -> {
                            doc.podSpec().map().put(field, YScalar.str("default-scheduler"));
                            return set(doc.podSpec().field(field), "default-scheduler");
                        }
                    }
                    return set(c.field(field), c.text(field));
                }),
                accept("valid-yaml11-octal-mode", pods, (doc, r) -> {
                    At source = VolumeMutations.modeSource(doc, r);
                    if (source == null) {
                        return null;
                    }
                    String mode = Pick.one(r, "0644", "0400", "0755", "0440");
                    source.map().put("defaultMode", YScalar.plain(mode));
                    return set(source.field("defaultMode"), YScalar.plain(mode))
                            + " (YAML 1.1 octal, as kubectl reads it)";
                }),
                accept("valid-yaml12-octal-mode", pods, (doc, r) -> {
                    At source = VolumeMutations.modeSource(doc, r);
                    if (source == null) {
                        return null;
                    }
                    String mode = Pick.one(r, "0o644", "0o755", "0o400");
                    source.map().put("defaultMode", YScalar.plain(mode));
                    return set(source.field("defaultMode"), YScalar.plain(mode))
                            + " (YAML 1.2 octal, which kubectl's go-yaml v2 reads too)";
                }),
                accept("valid-unquoted-quantity", pods, (doc, r) -> {
                    At c = Pick.one(
                            r,
                            doc.allContainers().stream()
                                    .filter(x -> x.map("resources") != null)
                                    .toList());
                    if (c == null) {
                        return null;
                    }
                    At res = c.map("resources");
                    String group = res.has("limits") ? "limits" : "requests";
                    String other = group.equals("limits") ? "requests" : "limits";
                    boolean cpu = r.nextBoolean();
                    String resource = cpu ? "cpu" : "memory";
                    String value =
                            cpu ? Pick.one(r, "0.5", "2", "0.25", "1") : Pick.one(r, "1073741824", "536870912", "1e9");
                    At target = res.mapOrNew(group);
                    target.map().put(resource, YScalar.plain(value));
                    if (res.map(other) != null) {
                        res.map(other).map().remove(resource); // no request above the limit
                    }
                    return set(target.field(resource), YScalar.plain(value)) + " (a number, which a quantity accepts)";
                }),
                accept("valid-volume-no-source", pods, (doc, r) -> {
                    doc.podSpec().map().listOrNew("volumes").add(YMap.of("name", "scratch-space"));
                    return "a volume with only a name (defaulted to emptyDir)";
                }),
                accept("valid-duplicate-env-name", pods, (doc, r) -> {
                    At e = EnvMutations.env(doc, r);
                    if (e == null) {
                        return null;
                    }
                    At c = doc.allContainers().stream()
                            .filter(x -> x.items("env").stream().anyMatch(y -> y.map() == e.map()))
                            .findFirst()
                            .orElseThrow();
                    c.list("env").add(YMap.of("name", e.text("name"), "value", "override"));
                    return "env var " + e.text("name") + " defined twice in " + c.path()
                            + " (the API server only warns)";
                }),
                accept("valid-env-name-relaxed", pods, (doc, r) -> {
                    At e = EnvMutations.env(doc, r);
                    if (e == null) {
                        return null;
                    }
                    String name = Pick.one(r, "my-var", "1ST_VAR", "my.var", "lower_case", "with space", "DB:HOST");
                    e.map().put("name", YScalar.str(name));
                    return set(e.field("name"), name) + " (printable ASCII without '=' is allowed)";
                }),
                accept("valid-port-name-15-chars", pods, (doc, r) -> {
                    At c = Pick.one(
                            r,
                            doc.allContainers().stream()
                                    .filter(x -> !x.items("ports").isEmpty())
                                    .toList());
                    if (c == null) {
                        return null;
                    }
                    At p = Pick.one(r, c.items("ports"));
                    String old = p.text("name");
                    String name = Pick.one(r, "http-metrics-01", "management-port", "grpc-health-srv");
                    p.map().put("name", YScalar.str(name));
                    // the container's probes that named the port follow it
                    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                        for (String handler : List.of("httpGet", "tcpSocket")) {
                            At h = c.map(probe) == null ? null : c.map(probe).map(handler);
                            if (h != null && old != null && old.equals(h.text("port"))) {
                                h.map().put("port", YScalar.str(name));
                            }
                        }
                    }
                    return set(p.field("name"), name) + " (exactly 15 characters; probes that named the port follow)";
                }),
                accept("valid-label-value-63-chars", Kinds.ALL, (doc, r) -> {
                    At labels = MetadataMutations.labels(doc, r);
                    String value = Pick.label("release-", 63);
                    labels.map().put("release", YScalar.str(value));
                    return "added label release with a 63-character value at " + labels.path();
                }),
                // not CronJob (52 at most) nor Job (an Indexed Job's pod host names add "-N")
                accept(
                        "valid-name-63-chars",
                        Kinds.of(
                                "Pod",
                                "PodTemplate",
                                "Deployment",
                                "ReplicaSet",
                                "ReplicationController",
                                "DaemonSet",
                                "Secret",
                                "ConfigMap",
                                "Service",
                                "ServiceAccount",
                                "Namespace"),
                        (doc, r) -> {
                            At meta = doc.metadata();
                            String name = Pick.label(meta.text("name"), 63);
                            meta.map().put("name", YScalar.str(name));
                            return set(meta.field("name"), name) + " (63 characters)";
                        }),
                accept("valid-null-optional-field", pods, (doc, r) -> {
                    At spec = doc.podSpec();
                    String field = Pick.one(r, "nodeSelector", "tolerations", "imagePullSecrets", "affinity");
                    if (spec.has(field)) {
                        return null;
                    }
                    spec.map().put(field, YScalar.plain(Pick.one(r, "null", "~", "")));
                    return spec.field(field) + " written as null";
                }),
                accept("valid-empty-collections", pods, (doc, r) -> {
                    At c = ContainerMutations.container(doc, r);
                    String field = Pick.one(r, "env", "envFrom", "volumeMounts", "ports");
                    if (c.has(field)) {
                        return null;
                    }
                    c.map().put(field, new YList());
                    return set(c.field(field), "[]");
                }),
                accept("valid-sidecar-init-container", pods, (doc, r) -> {
                    At c = ContainerMutations.plainInitContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    c.map().put("restartPolicy", YScalar.str("Always"));
                    return set(c.field("restartPolicy"), "Always") + " (a native sidecar)";
                }),
                accept("valid-image-digest", pods, (doc, r) -> {
                    At c = ContainerMutations.anyContainer(doc, r);
                    String image = c.text("image");
                    if (image == null) {
                        return null;
                    }
                    String digest = "sha256:" + "0123456789abcdef".repeat(4);
                    c.map().put("image", YScalar.str(image + "@" + digest));
                    return c.field("image") + " pinned by digest";
                }),
                accept("valid-int64-large", pods, (doc, r) -> {
                    At spec = doc.podSpec();
                    spec.map().put("terminationGracePeriodSeconds", YScalar.num(3000000000L));
                    return set(spec.field("terminationGracePeriodSeconds"), 3000000000L) + " (an int64 field)";
                }),
                accept("valid-cron-schedule", Kinds.of("CronJob"), (doc, r) -> {
                    String schedule = Pick.one(
                            r,
                            "@daily",
                            "@weekly",
                            "@every 1h30m",
                            "0 0 31 2 *",
                            "*/15 9-17 * * MON-FRI",
                            "0 3 * * sun",
                            "0 0 1 jan,jul *");
                    doc.spec().map().put("schedule", YScalar.str(schedule));
                    return set("spec.schedule", schedule);
                }),
                accept("valid-cron-time-zone", Kinds.of("CronJob"), (doc, r) -> {
                    String tz = Pick.one(r, "Etc/UTC", "America/New_York", "Asia/Kolkata", "UTC");
                    doc.spec().map().put("timeZone", YScalar.str(tz));
                    return set("spec.timeZone", tz);
                }),
                accept("valid-max-surge-percent", Kinds.of("Deployment"), (doc, r) -> {
                    At strategy = doc.spec().mapOrNew("strategy");
                    strategy.map().put("type", YScalar.str("RollingUpdate"));
                    String value = Pick.one(r, "50%", "100%", "1%");
                    strategy.map().put("rollingUpdate", YMap.of("maxSurge", value, "maxUnavailable", YScalar.num(0)));
                    return "rollingUpdate maxSurge '" + value + "'";
                }),
                accept("valid-secret-string-data-overrides", Kinds.of("Secret"), (doc, r) -> {
                    At d = doc.top().map("data");
                    if (d == null
                            || d.map().size() == 0
                            || doc.top().text("type").equals("kubernetes.io/dockerconfigjson")) {
                        return null;
                    }
                    String key = d.map().entries.get(r.nextInt(d.map().size())).key;
                    doc.top().mapOrNew("stringData").map().put(key, YScalar.str("replacement-value"));
                    return "key '" + key + "' in both data and stringData (stringData wins)";
                }),
                accept("valid-secret-custom-type", Kinds.of("Secret"), (doc, r) -> {
                    if (!"Opaque".equals(doc.top().text("type"))) {
                        return null;
                    }
                    String type =
                            Pick.one(r, "example.com/api-token", "bootstrap.kubernetes.io/token", "helm.sh/release.v1");
                    doc.top().map().put("type", YScalar.str(type));
                    return set("type", type);
                }),
                accept("valid-single-service-port-unnamed", Kinds.of("Service"), (doc, r) -> {
                    YList ports = doc.spec().list("ports");
                    if (ports == null || ports.size() == 0) {
                        return null;
                    }
                    while (ports.size() > 1) {
                        ports.items.remove(ports.size() - 1);
                    }
                    ((YMap) ports.get(0)).remove("name");
                    return "a single Service port without a name";
                }),
                accept("valid-config-map-yaml11-quoted", Kinds.of("ConfigMap"), (doc, r) -> {
                    String value = YamlMutations.yaml11(r);
                    doc.top().mapOrNew("data").map().put("FLAG", YScalar.str(value));
                    return "data[FLAG] = '" + value + "' (quoted: a string)";
                }));
    }
}
