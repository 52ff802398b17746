package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.mistake;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How a value is written rather than what it means: YAML 1.1 scalars in string fields, typos in
 * field names, wrong JSON types, int32 overflow, a repeated key.
 */
final class YamlMutations {

    /** Plain scalars that kubectl's YAML 1.1 reader turns into a boolean or a number. */
    private static final List<String> YAML11 = List.of(
            "yes", "no", "on", "off", "y", "true", "False", "1.10", "0644", "1e3", "2.0", "0x1F", "12345", "1_000",
            "NO");

    private YamlMutations() {}

    static String yaml11(Random r) {
        return Pick.one(r, YAML11);
    }

    /** A place in a field of strings where a YAML 1.1 scalar can be written, with its path. */
    record Slot(YMap map, String key, String path) {}

    static List<Slot> stringSlots(Doc doc) {
        List<Slot> slots = new ArrayList<>();
        At meta = doc.metadata();
        slots.add(new Slot(meta.mapOrNew("labels").map(), "enabled", meta.field("labels") + "[enabled]"));
        slots.add(new Slot(
                meta.mapOrNew("annotations").map(),
                "example.com/flag",
                meta.field("annotations") + "[example.com/flag]"));
        for (At c : doc.allContainers()) {
            for (At e : c.items("env")) {
                if (e.has("value")) {
                    slots.add(new Slot(e.map(), "value", e.field("value")));
                }
            }
        }
        At spec = doc.podSpec();
        if (spec != null) {
            slots.add(new Slot(spec.mapOrNew("nodeSelector").map(), "gpu", spec.field("nodeSelector") + "[gpu]"));
        }
        if (doc.kind().equals("ConfigMap")) {
            At d = doc.top().mapOrNew("data");
            slots.add(new Slot(d.map(), "FEATURE_FLAG", "data[FEATURE_FLAG]"));
            d.map().keys().stream()
                    .filter(k -> !k.contains("."))
                    .forEach(k -> slots.add(new Slot(d.map(), k, "data[" + k + "]")));
        }
        if (doc.kind().equals("Secret")) {
            slots.add(new Slot(doc.top().mapOrNew("stringData").map(), "enabled", "stringData[enabled]"));
        }
        if (doc.kind().equals("Service")) {
            At selector = doc.spec().map("selector");
            if (selector != null) {
                selector.map().keys().forEach(k -> slots.add(new Slot(selector.map(), k, "spec.selector[" + k + "]")));
            }
        }
        return slots;
    }

    static List<Mutation> all() {
        return List.of(
                reject("yaml11-scalar-in-string-field", Kinds.ALL, (doc, r) -> {
                    Slot slot = Pick.one(r, stringSlots(doc));
                    String value = yaml11(r);
                    slot.map().put(slot.key(), YScalar.plain(value));
                    return set(slot.path(), YScalar.plain(value)) + " (YAML 1.1 reads a boolean or number)";
                }),
                reject("yaml11-number-in-args", Kinds.WITH_POD_SPEC, (doc, r) -> {
                    At c = ContainerMutations.anyContainer(doc, r);
                    if (c == null) {
                        return null;
                    }
                    YScalar value = YScalar.plain(Pick.one(r, "8080", "true", "1.5", "yes", "0755"));
                    String field = r.nextBoolean() ? "args" : "command";
                    YList list = c.map().listOrNew(field);
                    list.flow = false;
                    list.add(value);
                    return "appended " + M.show(value) + " to " + c.field(field);
                }),
                reject("unknown-field-typo", Kinds.ALL, YamlMutations::typo),
                reject("wrong-type", Kinds.ALL, YamlMutations::wrongType),
                reject("int32-overflow", Kinds.ALL, YamlMutations::overflow),
                mistake("duplicate-mapping-key", Kinds.ALL, (doc, r) -> {
                    List<YMap> maps = new ArrayList<>();
                    collectMaps(doc.root, maps);
                    YMap map = Pick.one(
                            r,
                            maps.stream()
                                    .filter(m -> m.entries.stream().anyMatch(e -> e.value instanceof YScalar))
                                    .toList());
                    if (map == null) {
                        return null;
                    }
                    YMap.Entry entry = Pick.one(
                            r,
                            map.entries.stream()
                                    .filter(e -> e.value instanceof YScalar)
                                    .toList());
                    YScalar old = (YScalar) entry.value;
                    YScalar repeated = old.style() == YScalar.Style.PLAIN
                            ? old
                            : YScalar.str(old.text().isEmpty() ? "x" : old.text());
                    map.append(entry.key, repeated);
                    return "key '" + entry.key + "' written twice in one mapping (same value)";
                }));
    }

    static void collectMaps(YNode node, List<YMap> out) {
        if (node instanceof YMap m) {
            if (!m.flow) {
                out.add(m);
            }
            m.entries.forEach(e -> collectMaps(e.value, out));
        } else if (node instanceof YList l) {
            l.items.forEach(i -> collectMaps(i, out));
        }
    }

    private static String typo(Doc doc, Random r) {
        List<Runnable> options = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        At meta = doc.metadata();
        addRename(options, descriptions, meta, "labels", Pick.one(r, "lables", "label", "Labels"));
        addRename(options, descriptions, meta, "annotations", Pick.one(r, "annotation", "anotations"));
        addRename(options, descriptions, meta, "namespace", Pick.one(r, "namspace", "Namespace"));
        for (At c : doc.allContainers()) {
            addRename(
                    options,
                    descriptions,
                    c,
                    "imagePullPolicy",
                    Pick.one(r, "imagePullPolice", "ImagePullPolicy", "pullPolicy"));
            addRename(options, descriptions, c, "volumeMounts", Pick.one(r, "volumeMount", "volumemounts", "mounts"));
            addRename(
                    options,
                    descriptions,
                    c,
                    "livenessProbe",
                    Pick.one(r, "livenesProbe", "livenessprobe", "liveness"));
            addRename(options, descriptions, c, "readinessProbe", Pick.one(r, "readynessProbe", "readinessprobe"));
            addRename(options, descriptions, c, "resources", Pick.one(r, "resource", "Resources"));
            addRename(options, descriptions, c, "envFrom", Pick.one(r, "envfrom", "envFromSource"));
            addRename(options, descriptions, c, "securityContext", Pick.one(r, "securitycontext", "securityContexts"));
            for (At p : c.items("ports")) {
                addRename(
                        options,
                        descriptions,
                        p,
                        "containerPort",
                        Pick.one(r, "port", "containerport", "containerPorts"));
            }
            At res = c.map("resources");
            if (res != null) {
                addRename(options, descriptions, res, "limits", Pick.one(r, "limit", "Limits"));
                addRename(options, descriptions, res, "requests", Pick.one(r, "request", "requets"));
            }
        }
        At podSpec = doc.podSpec();
        if (podSpec != null) {
            addRename(options, descriptions, podSpec, "restartPolicy", Pick.one(r, "restartpolicy", "restartPolicies"));
            addRename(options, descriptions, podSpec, "nodeSelector", Pick.one(r, "nodeSelctor", "nodeselector"));
            addRename(
                    options,
                    descriptions,
                    podSpec,
                    "serviceAccountName",
                    Pick.one(r, "serviceAcountName", "serviceaccountname"));
            addRename(
                    options, descriptions, podSpec, "initContainers", Pick.one(r, "initContainer", "init_containers"));
            addRename(options, descriptions, podSpec, "volumes", Pick.one(r, "volume", "Volumes"));
            addRename(options, descriptions, podSpec, "tolerations", Pick.one(r, "toleration", "tolerances"));
            addRename(
                    options, descriptions, podSpec, "imagePullSecrets", Pick.one(r, "imagePullSecret", "pullSecrets"));
        }
        At spec = doc.spec();
        if (spec != null && !doc.kind().equals("Pod")) {
            addRename(options, descriptions, spec, "replicas", Pick.one(r, "replica", "Replicas"));
            addRename(options, descriptions, spec, "selector", Pick.one(r, "selectors", "Selector"));
            addRename(options, descriptions, spec, "schedule", Pick.one(r, "cron", "Schedule"));
            addRename(options, descriptions, spec, "serviceName", Pick.one(r, "servicename", "service"));
            addRename(options, descriptions, spec, "backoffLimit", Pick.one(r, "backOffLimit", "backoff"));
            At selector = spec.map("selector");
            if (selector != null) {
                addRename(options, descriptions, selector, "matchLabels", Pick.one(r, "matchLabel", "matchlabels"));
            }
            for (At p : spec.items("ports")) {
                addRename(options, descriptions, p, "targetPort", Pick.one(r, "targetport", "target-port"));
                addRename(options, descriptions, p, "nodePort", Pick.one(r, "nodeport", "node_port"));
            }
        }
        addRename(options, descriptions, doc.top(), "stringData", Pick.one(r, "stringdata", "strinData"));
        addRename(options, descriptions, doc.top(), "data", Pick.one(r, "Data", "date"));
        addRename(options, descriptions, doc.top(), "automountServiceAccountToken", "automountServiceAccountTokens");
        if (options.isEmpty()) {
            return null;
        }
        int i = r.nextInt(options.size());
        options.get(i).run();
        return descriptions.get(i);
    }

    private static void addRename(List<Runnable> options, List<String> descriptions, At at, String key, String typo) {
        if (at != null && at.has(key)) {
            options.add(() -> at.map().rename(key, typo));
            descriptions.add("renamed " + at.field(key) + " to '" + typo + "' (unknown field)");
        }
    }

    private static String wrongType(Doc doc, Random r) {
        List<Runnable> options = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        At spec = doc.spec();
        if (spec != null && spec.has("replicas")) {
            add(options, descriptions, spec, "replicas", YScalar.quoted(spec.text("replicas")));
        }
        for (At c : doc.allContainers()) {
            for (At p : c.items("ports")) {
                add(options, descriptions, p, "containerPort", YScalar.quoted(p.text("containerPort")));
            }
            if (c.list("args") != null) {
                add(options, descriptions, c, "args", YScalar.str(String.join(" ", texts(c.list("args")))));
            }
            if (c.list("command") != null) {
                add(options, descriptions, c, "command", YScalar.str(String.join(" ", texts(c.list("command")))));
            }
            if (c.list("env") != null) {
                YMap asMap = new YMap();
                c.items("env").stream()
                        .filter(e -> e.has("value"))
                        .forEach(e -> asMap.put(e.text("name"), e.text("value")));
                if (asMap.size() > 0) {
                    add(options, descriptions, c, "env", asMap);
                }
            }
            if (c.list("ports") != null && !c.items("ports").isEmpty()) {
                add(
                        options,
                        descriptions,
                        c,
                        "ports",
                        YScalar.num(Long.parseLong(c.items("ports").get(0).text("containerPort"))));
            }
            At res = c.map("resources");
            if (res != null && res.map("limits") != null) {
                add(options, descriptions, res, "limits", YScalar.str("512Mi"));
            }
            At sc = c.map("securityContext");
            if (sc != null) {
                for (String flag : List.of("readOnlyRootFilesystem", "allowPrivilegeEscalation", "runAsNonRoot")) {
                    if (sc.has(flag)) {
                        add(options, descriptions, sc, flag, YScalar.quoted(sc.text(flag)));
                    }
                }
                At caps = sc.map("capabilities");
                if (caps != null && caps.has("drop")) {
                    add(options, descriptions, caps, "drop", YScalar.str("ALL"));
                }
            }
            for (At p : List.of("livenessProbe", "readinessProbe").stream()
                    .map(c::map)
                    .filter(x -> x != null)
                    .toList()) {
                add(options, descriptions, p, "timeoutSeconds", YScalar.plain("1.5"));
            }
        }
        for (At v : doc.volumes()) {
            for (String s : VolumeMutations.MODE_SOURCES) {
                if (v.map(s) != null && v.map(s).has("defaultMode")) {
                    add(options, descriptions, v.map(s), "defaultMode", YScalar.quoted("0644"));
                }
            }
        }
        At meta = doc.metadata();
        if (meta.map("labels") != null) {
            YList asList = new YList();
            meta.map("labels")
                    .map()
                    .entries
                    .forEach(e -> asList.add(YScalar.str(e.key + "=" + ((YScalar) e.value).text())));
            add(options, descriptions, meta, "labels", asList);
        }
        if (doc.top().has("automountServiceAccountToken")) {
            add(options, descriptions, doc.top(), "automountServiceAccountToken", YScalar.quoted("false"));
        }
        if (doc.top().has("immutable")) {
            add(options, descriptions, doc.top(), "immutable", YScalar.quoted("true"));
        }
        if (doc.kind().equals("Service")) {
            for (At p : spec.items("ports")) {
                add(options, descriptions, p, "port", YScalar.quoted(p.text("port")));
            }
        }
        if (options.isEmpty()) {
            return null;
        }
        int i = r.nextInt(options.size());
        options.get(i).run();
        return descriptions.get(i);
    }

    private static List<String> texts(YList list) {
        return list.items.stream()
                .map(n -> n instanceof YScalar s ? s.text() : "?")
                .toList();
    }

    private static void add(List<Runnable> options, List<String> descriptions, At at, String key, YNode value) {
        options.add(() -> at.map().put(key, value));
        String shown = value instanceof YScalar s ? M.show(s) : value instanceof YMap ? "a mapping" : "a sequence";
        descriptions.add(at.field(key) + " written as " + shown + " (wrong type)");
    }

    private static String overflow(Doc doc, Random r) {
        List<Runnable> options = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        long big = Pick.one(r, 2147483648L, 4294967296L, 99999999999L, 9223372036854775807L);
        At spec = doc.spec();
        if (spec != null
                && Kinds.of("Deployment", "ReplicaSet", "StatefulSet", "ReplicationController")
                        .contains(doc.kind())) {
            add(options, descriptions, spec, "replicas", YScalar.num(big));
        }
        for (At c : doc.allContainers()) {
            for (At p : c.items("ports")) {
                add(options, descriptions, p, "containerPort", YScalar.num(big));
            }
            for (At p : List.of("livenessProbe", "readinessProbe", "startupProbe").stream()
                    .map(c::map)
                    .filter(x -> x != null)
                    .toList()) {
                add(
                        options,
                        descriptions,
                        p,
                        Pick.one(r, "initialDelaySeconds", "periodSeconds", "failureThreshold"),
                        YScalar.num(big));
            }
        }
        At jobSpec = doc.jobSpec();
        if (jobSpec != null) {
            add(
                    options,
                    descriptions,
                    jobSpec,
                    Pick.one(r, "backoffLimit", "completions", "parallelism"),
                    YScalar.num(big));
        }
        if (doc.kind().equals("Service")) {
            for (At p : spec.items("ports")) {
                add(options, descriptions, p, "port", YScalar.num(big));
            }
        }
        for (At v : doc.volumes()) {
            for (String s : VolumeMutations.MODE_SOURCES) {
                if (v.map(s) != null && v.map(s).has("defaultMode")) {
                    add(options, descriptions, v.map(s), "defaultMode", YScalar.num(big));
                }
            }
        }
        if (options.isEmpty()) {
            return null;
        }
        int i = r.nextInt(options.size());
        options.get(i).run();
        return descriptions.get(i).replace("(wrong type)", "(beyond int32)");
    }
}
