package dev.podlint.cli;

import static dev.podlint.cli.BlockYaml.map;

import dev.podlint.cli.BlockYaml.Raw;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Pods and PodPresets for comparing {@code podlint merge} with the Kubernetes 1.19 admission plugin,
 * generated from a fixed seed. Each case is one file: its presets and its pod, in a namespace of its
 * own, so a folder of cases can be merged at once. {@code scenario} and {@code variant} say what the
 * case is about.
 */
final class PresetCases {

    record Case(String namespace, String scenario, String variant, String yaml) {

        String label() {
            return scenario + " " + variant;
        }
    }

    /** Ways to write one entry: the spellings of a class are equal after the v1 defaults, classes differ. */
    private record Family(String kind, List<List<Object>> classes) {}

    private static final String[] SCENARIOS = {
        "identical",
        "differ",
        "mountpath-clash",
        "presets-conflict",
        "presets-identical",
        "envfrom-two-presets",
        "selector",
        "selector-invalid",
        "skipped",
        "init",
        "ephemeral",
        "quantity-sizelimit",
        "quantity-divisor",
        "yaml-scalars",
        "namespace",
        "own-duplicates",
        "preset-version"
    };
    /** Generated after the fuzz cases, so that the random draws of the cases before them stay as they were. */
    private static final String[] LATER_SCENARIOS = {"quantity-spellings", "storage-empty"};

    private static final String[] LABEL_KEYS = {"app", "tier", "team"};
    private static final String[] LABEL_VALUES = {"web", "db", "x"};
    private static final String[][] SIZE_LIMITS = {
        {"1Gi", "1Gi"},
        {"1Gi", "1024Mi"},
        {"1024Mi", "1Gi"},
        {"1024Mi", "1024Mi"},
        {"512Mi", "512Mi"},
        {"500Mi", "500Mi"},
        {"1G", "1000M"},
        {"1000M", "1000M"},
        {"1G", "1G"},
        {"512Mi", "0.5Gi"},
        {"1073741824", "1Gi"},
        {"1073741824", "1073741824"},
        {"-", "1Gi"}
    };
    private static final String[][] DIVISORS = {
        {"-", "-"},
        {"1Mi", "1Mi"},
        {"1024Ki", "1024Ki"},
        {"1Mi", "1024Ki"},
        {"1", "-"},
        {"1", "1"},
        {"1m", "1m"},
        {"0", "-"},
        {"-", "0"},
        {"0", "0"}
    };
    /** Pod and preset spellings for ParseQuantity's corners: floats, exponents, the inf.Dec path, quoting, trimming. */
    private static final String[][] QUANTITY_SPELLINGS = {
        {"1e3", "1k"},
        {"1e3", "\"1e3\""},
        {"\"1e3\"", "\"1e3\""},
        {"1000", "1k"},
        {"1.5", "1500m"},
        {"1500m", "1.5"},
        {"0.1", "100m"},
        {"100m", "0.1"},
        {"1Pi", "1Pi"},
        {"1024Ti", "1Pi"},
        {"1.5Gi", "1536Mi"},
        {"1536Mi", "1.5Gi"},
        {"7Ki", "7Ki"},
        {"8Ki", "8Ki"},
        {"1000E", "\"1\""},
        {"\"1\"", "1000E"},
        {"\"1Gi\"", "1Gi"},
        {"\" 1Gi\"", "1Gi"},
        {"0.5Ki", "\"512\""},
        {"1e-7", "100e-9"}
    };

    private final Random random;
    private int next;

    PresetCases(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} cases for the fuzz scenario, and as many per other scenario as their variants need. */
    List<Case> generate(int fuzzCount, int perScenario) {
        List<Case> out = new ArrayList<>();
        for (String scenario : SCENARIOS) {
            for (int i = 0; i < perScenario; i++) {
                out.add(build(scenario, i));
            }
        }
        for (int i = 0; i < fuzzCount; i++) {
            out.add(build("fuzz", i));
        }
        for (String scenario : LATER_SCENARIOS) {
            for (int i = 0; i < perScenario; i++) {
                out.add(build(scenario, i));
            }
        }
        return out;
    }

    /** {@code count} cases of one scenario. */
    List<Case> generate(String scenario, int count) {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(build(scenario, i));
        }
        return out;
    }

    private Case build(String scenario, int index) {
        String ns = String.format("case-%05d", next++);
        Scenario s = new Scenario(ns);
        String variant = switch (scenario) {
            case "identical" -> s.identical(pick(families(index)));
            case "differ" -> s.differ(pick(families(index)));
            case "mountpath-clash" -> s.mountPathClash(index % 2 == 0);
            case "presets-conflict" -> s.betweenPresets(pick(families(index)), false);
            case "presets-identical" -> s.betweenPresets(pick(families(index)), true);
            case "envfrom-two-presets" -> s.envFromTwoPresets();
            case "selector" -> s.selector();
            case "selector-invalid" -> s.selectorInvalid(index);
            case "skipped" -> s.skipped(index);
            case "init" -> s.init(index);
            case "ephemeral" -> s.ephemeral(index);
            case "quantity-sizelimit" -> s.sizeLimit(SIZE_LIMITS[index % SIZE_LIMITS.length]);
            case "quantity-divisor" -> s.divisor(DIVISORS[index % DIVISORS.length], index / DIVISORS.length % 2 == 0);
            case "yaml-scalars" -> s.yamlScalars(index);
            case "namespace" -> s.otherNamespace();
            case "own-duplicates" -> s.ownDuplicates(index);
            case "preset-version" -> s.presetVersion(index);
            case "quantity-spellings" ->
                s.quantitySpelling(
                        QUANTITY_SPELLINGS[index % QUANTITY_SPELLINGS.length], index / QUANTITY_SPELLINGS.length % 3);
            case "storage-empty" -> s.storageEmpty(index);
            default -> s.fuzz();
        };
        return new Case(ns, scenario, variant, BlockYaml.documents(s.documents));
    }

    private List<Family> families(int index) {
        return List.of(
                envFamily("DB_HOST"),
                volumeFamily("cache"),
                mountFamily("cache", "/cache"),
                envFromFamily("settings", index % 3 == 0 ? "APP_" : null));
    }

    // ---------------------------------------------------------------- entry families

    static Family envFamily(String name) {
        Function<Object, Map<String, Object>> from = v -> map("name", name, "valueFrom", v);
        return new Family(
                "env",
                List.of(
                        List.of(map("name", name, "value", "db")),
                        List.of(map("name", name, "value", "other")),
                        List.of(map("name", name), map("name", name, "value", "")),
                        List.of(
                                from.apply(map("fieldRef", map("fieldPath", "metadata.name"))),
                                from.apply(map("fieldRef", map("apiVersion", "v1", "fieldPath", "metadata.name")))),
                        List.of(from.apply(map("configMapKeyRef", map("name", "cm", "key", "k")))),
                        List.of(from.apply(map("configMapKeyRef", map("name", "cm", "key", "k", "optional", false)))),
                        List.of(from.apply(map("configMapKeyRef", map("name", "cm", "key", "k", "optional", true)))),
                        List.of(from.apply(map("secretKeyRef", map("name", "s", "key", "k"))))));
    }

    static Family volumeFamily(String name) {
        BiFunction<String, Object, Map<String, Object>> v = (source, value) -> map("name", name, source, value);
        Map<String, Object> token = map("serviceAccountToken", map("path", "token"));
        Map<String, Object> token3600 = map("serviceAccountToken", map("path", "token", "expirationSeconds", 3600));
        return new Family(
                "volumes",
                List.of(
                        List.of(v.apply("emptyDir", map()), map("name", name), v.apply("emptyDir", map("medium", ""))),
                        List.of(v.apply("emptyDir", map("medium", "Memory"))),
                        List.of(
                                v.apply("hostPath", map("path", "/var/x")),
                                v.apply("hostPath", map("path", "/var/x", "type", ""))),
                        List.of(v.apply("hostPath", map("path", "/var/x", "type", "Directory"))),
                        List.of(
                                v.apply("configMap", map("name", "cm")),
                                v.apply("configMap", map("name", "cm", "defaultMode", 420)),
                                v.apply("configMap", map("name", "cm", "defaultMode", new Raw("0644")))),
                        List.of(v.apply("configMap", map("name", "cm", "defaultMode", new Raw("0600")))),
                        List.of(v.apply("configMap", map("name", "cm", "optional", false))),
                        List.of(
                                v.apply("secret", map("secretName", "s")),
                                v.apply("secret", map("secretName", "s", "defaultMode", 420))),
                        List.of(
                                v.apply("projected", map("sources", List.of(token))),
                                v.apply("projected", map("sources", List.of(token3600))),
                                v.apply("projected", map("defaultMode", 420, "sources", List.of(token)))),
                        List.of(
                                v.apply(
                                        "downwardAPI",
                                        map(
                                                "items",
                                                List.of(map(
                                                        "path",
                                                        "l",
                                                        "fieldRef",
                                                        map("fieldPath", "metadata.labels"))))),
                                v.apply(
                                        "downwardAPI",
                                        map(
                                                "items",
                                                List.of(map(
                                                        "path",
                                                        "l",
                                                        "fieldRef",
                                                        map("apiVersion", "v1", "fieldPath", "metadata.labels")))))),
                        List.of(
                                v.apply("persistentVolumeClaim", map("claimName", "data")),
                                v.apply("persistentVolumeClaim", map("claimName", "data", "readOnly", false)))));
    }

    static Family mountFamily(String name, String path) {
        return new Family(
                "volumeMounts",
                List.of(
                        List.of(
                                map("name", name, "mountPath", path),
                                map("name", name, "mountPath", path, "readOnly", false),
                                map("name", name, "mountPath", path, "subPath", "")),
                        List.of(map("name", name, "mountPath", path, "readOnly", true)),
                        List.of(map("name", name, "mountPath", path, "subPath", "sub")),
                        List.of(map("name", name, "mountPath", path, "mountPropagation", "None")),
                        List.of(map("name", name, "mountPath", path + "-other"))));
    }

    static Family envFromFamily(String configMap, String prefix) {
        return new Family(
                "envFrom",
                List.of(
                        List.of(map("prefix", prefix, "configMapRef", map("name", configMap))),
                        List.of(map("prefix", prefix, "configMapRef", map("name", configMap, "optional", false))),
                        List.of(map("prefix", prefix, "configMapRef", map("name", configMap, "optional", true)))));
    }

    // ---------------------------------------------------------------- helpers

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> T pick(T[] array) {
        return array[random.nextInt(array.length)];
    }

    private Object spelling(List<Object> equalClass) {
        return pick(equalClass);
    }

    private Map<String, String> randomLabels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (String key : LABEL_KEYS) {
            if (random.nextInt(3) > 0) {
                labels.put(key, pick(LABEL_VALUES));
            }
        }
        return labels;
    }

    private Map<String, Object> randomSelector() {
        return switch (random.nextInt(8)) {
            case 0 -> map();
            case 1 -> null;
            case 2 -> map("matchLabels", map(pick(LABEL_KEYS), pick(LABEL_VALUES)));
            case 3 ->
                map(
                        "matchExpressions",
                        List.of(map(
                                "key",
                                pick(LABEL_KEYS),
                                "operator",
                                "In",
                                "values",
                                List.of(pick(LABEL_VALUES), pick(LABEL_VALUES)))));
            case 4 ->
                map(
                        "matchExpressions",
                        List.of(map(
                                "key", pick(LABEL_KEYS), "operator", "NotIn", "values", List.of(pick(LABEL_VALUES)))));
            case 5 -> map("matchExpressions", List.of(map("key", pick(LABEL_KEYS), "operator", "Exists")));
            case 6 -> map("matchExpressions", List.of(map("key", pick(LABEL_KEYS), "operator", "DoesNotExist")));
            default ->
                map(
                        "matchLabels",
                        map(pick(LABEL_KEYS), pick(LABEL_VALUES)),
                        "matchExpressions",
                        List.of(
                                map("key", pick(LABEL_KEYS), "operator", "Exists"),
                                map(
                                        "key",
                                        pick(LABEL_KEYS),
                                        "operator",
                                        "NotIn",
                                        "values",
                                        List.of(pick(LABEL_VALUES)))));
        };
    }

    /** One case under construction. */
    private final class Scenario {
        final String ns;
        final List<Map<String, Object>> documents = new ArrayList<>();
        int presets;

        Scenario(String ns) {
            this.ns = ns;
        }

        Map<String, Object> preset(Object selector, Map<String, Object> spec) {
            String name = "preset-" + (char) ('a' + presets++);
            Map<String, Object> metadata = map(
                    "name",
                    name,
                    "namespace",
                    ns,
                    "resourceVersion",
                    random.nextBoolean() ? String.valueOf(1000 + random.nextInt(9000)) : null);
            Map<String, Object> fullSpec = map("selector", selector);
            fullSpec.putAll(spec);
            Map<String, Object> preset = map(
                    "apiVersion",
                    "settings.k8s.io/v1alpha1",
                    "kind",
                    "PodPreset",
                    "metadata",
                    metadata,
                    "spec",
                    fullSpec);
            documents.add(preset);
            return preset;
        }

        Map<String, Object> preset(Map<String, Object> spec) {
            return preset(map(), spec);
        }

        /** A pod with {@code main} as its first container, and maybe more containers without entries. */
        Map<String, Object> pod(Map<String, Object> labels, Map<String, Object> annotations, Map<String, Object> spec) {
            Map<String, Object> pod = map(
                    "apiVersion",
                    "v1",
                    "kind",
                    "Pod",
                    "metadata",
                    map("name", "pod", "namespace", ns, "labels", labels, "annotations", annotations),
                    "spec",
                    spec);
            documents.add(pod);
            return pod;
        }

        Map<String, Object> container(String name, Object... fields) {
            Map<String, Object> c = map("name", name, "image", "nginx:1.27");
            c.putAll(map(fields));
            return c;
        }

        /** Containers around {@code main}: maybe an init container and a second container, both empty. */
        Map<String, Object> spec(Map<String, Object> main, Object... specFields) {
            List<Object> containers = new ArrayList<>(List.of(main));
            if (random.nextInt(3) == 0) {
                containers.add(container("sidecar"));
            }
            Map<String, Object> spec = map(
                    "initContainers",
                    random.nextInt(4) == 0 ? List.of(container("setup")) : null,
                    "containers",
                    containers);
            spec.putAll(map(specFields));
            return spec;
        }

        /** The pod side of an entry: in the main container, or in the pod spec for volumes. */
        Map<String, Object> podWith(String kind, List<Object> entries) {
            if (kind.equals("volumes")) {
                return pod(null, null, spec(container("main"), "volumes", entries));
            }
            return pod(null, null, spec(container("main", kind, entries)));
        }

        String identical(Family family) {
            List<Object> equalClass = pick(family.classes());
            Object own = spelling(equalClass);
            preset(map(family.kind(), List.of(spelling(equalClass))));
            podWith(family.kind(), List.of(own));
            return family.kind();
        }

        String differ(Family family) {
            int a = random.nextInt(family.classes().size());
            int b = (a + 1 + random.nextInt(family.classes().size() - 1))
                    % family.classes().size();
            preset(map(family.kind(), List.of(spelling(family.classes().get(b)))));
            podWith(family.kind(), List.of(spelling(family.classes().get(a))));
            return family.kind();
        }

        String mountPathClash(boolean againstPod) {
            Map<String, Object> mine = map("name", "own", "mountPath", "/data");
            Map<String, Object> theirs = map("name", "injected", "mountPath", "/data");
            preset(map(
                    "volumeMounts", List.of(theirs), "volumes", List.of(map("name", "injected", "emptyDir", map()))));
            if (againstPod) {
                pod(
                        null,
                        null,
                        spec(
                                container("main", "volumeMounts", List.of(mine)),
                                "volumes",
                                List.of(map("name", "own", "emptyDir", map()))));
                return "against the pod";
            }
            preset(map("volumeMounts", List.of(mine), "volumes", List.of(map("name", "own", "emptyDir", map()))));
            pod(null, null, spec(container("main")));
            return "between presets";
        }

        String betweenPresets(Family family, boolean same) {
            int a = random.nextInt(family.classes().size());
            int b = same
                    ? a
                    : (a + 1 + random.nextInt(family.classes().size() - 1))
                            % family.classes().size();
            preset(map(family.kind(), List.of(spelling(family.classes().get(a)))));
            preset(map(family.kind(), List.of(spelling(family.classes().get(b)))));
            pod(null, null, spec(container("main")));
            return family.kind();
        }

        String envFromTwoPresets() {
            Family family = envFromFamily("shared", null);
            boolean own = random.nextBoolean();
            preset(map("envFrom", List.of(spelling(pick(family.classes())))));
            preset(map("envFrom", List.of(spelling(pick(family.classes())))));
            pod(
                    null,
                    null,
                    spec(
                            own
                                    ? container("main", "envFrom", List.of(map("secretRef", map("name", "other"))))
                                    : container("main")));
            return own ? "container has another source" : "container has none";
        }

        String selector() {
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                preset(randomSelector(), map("env", List.of(map("name", "FROM_" + i, "value", "x"))));
            }
            Map<String, String> labels = randomLabels();
            pod(labels.isEmpty() ? null : new java.util.LinkedHashMap<>(labels), null, spec(container("main")));
            return count + " presets";
        }

        String selectorInvalid(int index) {
            List<Object[]> broken = List.of(
                    new Object[] {
                        "operator in lower case", map("key", "app", "operator", "in", "values", List.of("web"))
                    },
                    new Object[] {"operator Equals", map("key", "app", "operator", "Equals", "values", List.of("web"))},
                    new Object[] {"In without values", map("key", "app", "operator", "In")},
                    new Object[] {"NotIn with empty values", map("key", "app", "operator", "NotIn", "values", List.of())
                    },
                    new Object[] {
                        "Exists with values", map("key", "app", "operator", "Exists", "values", List.of("web"))
                    },
                    new Object[] {"key with a space", map("key", "bad key", "operator", "Exists")},
                    new Object[] {"key with two slashes", map("key", "a/b/c", "operator", "Exists")},
                    new Object[] {"value with a space", map("key", "app", "operator", "In", "values", List.of("a b"))},
                    new Object[] {
                        "value of 64 characters", map("key", "app", "operator", "In", "values", List.of("v".repeat(64)))
                    },
                    new Object[] {"empty key", map("key", "", "operator", "Exists")});
            Object[] chosen = broken.get(index % broken.size());
            preset(map("matchLabels", map("app", "web")), map("env", List.of(map("name", "OK", "value", "1"))));
            preset(
                    map("matchExpressions", List.of(chosen[1])),
                    map("env", List.of(map("name", "BROKEN", "value", "1"))));
            String skip = switch (index / broken.size() % 3) {
                case 1 -> "kubernetes.io/config.mirror";
                case 2 -> "podpreset.admission.kubernetes.io/exclude";
                default -> null;
            };
            pod(
                    map("app", "web"),
                    skip == null ? null : map(skip, skip.endsWith("exclude") ? "true" : "mirror"),
                    spec(container("main")));
            return chosen[0] + (skip == null ? "" : skip.endsWith("exclude") ? ", excluded pod" : ", mirror pod");
        }

        String skipped(int index) {
            String[][] annotations = {
                {"podpreset.admission.kubernetes.io/exclude", "true"},
                {"podpreset.admission.kubernetes.io/exclude", "True"},
                {"podpreset.admission.kubernetes.io/exclude", "false"},
                {"podpreset.admission.kubernetes.io/exclude", "yes"},
                {"podpreset.admission.kubernetes.io/exclude", ""},
                {"kubernetes.io/config.mirror", ""},
                {"kubernetes.io/config.mirror", "abc"},
                {"kubernetes.io/config.mirror.other", "x"}
            };
            String[] chosen = annotations[index % annotations.length];
            preset(map("env", List.of(map("name", "INJECTED", "value", "1"))));
            pod(null, map(chosen[0], chosen[1]), spec(container("main")));
            return chosen[0] + "=\"" + chosen[1] + "\"";
        }

        String init(int index) {
            Map<String, Object> clash = map("name", "DB_HOST", "value", "own");
            Map<String, Object> injected = map("name", "DB_HOST", "value", "db");
            Map<String, Object> sameSource = map("configMapRef", map("name", "settings"));
            Map<String, Object> otherOptional = map("configMapRef", map("name", "settings", "optional", false));
            List<Object> containers = List.of(container("main"));
            return switch (index % 3) {
                case 0 -> {
                    preset(map("env", List.of(injected)));
                    pod(
                            null,
                            null,
                            map(
                                    "initContainers",
                                    List.of(container("setup", "env", List.of(clash))),
                                    "containers",
                                    containers));
                    yield "env conflict in the init container";
                }
                case 1 -> {
                    preset(map("env", List.of(injected), "envFrom", List.of(otherOptional)));
                    pod(
                            null,
                            null,
                            map(
                                    "initContainers",
                                    List.of(container("setup", "envFrom", List.of(sameSource))),
                                    "containers",
                                    containers));
                    yield "envFrom clash in the init container";
                }
                default -> {
                    preset(map("env", List.of(injected)));
                    pod(
                            null,
                            null,
                            map(
                                    "initContainers",
                                    List.of(container("setup", "env", List.of(injected))),
                                    "containers",
                                    containers));
                    yield "identical env in the init container";
                }
            };
        }

        String ephemeral(int index) {
            Map<String, Object> injected = map("name", "DB_HOST", "value", "db");
            Map<String, Object> ephemeralContainer;
            String variant;
            switch (index % 4) {
                case 0 -> {
                    ephemeralContainer = container("debugger", "env", List.of(map("name", "DB_HOST", "value", "own")));
                    variant = "env conflict only in the ephemeral container";
                }
                case 1 -> {
                    ephemeralContainer = container(
                            "debugger", "volumeMounts", List.of(map("name", "scratch", "mountPath", "/cache")));
                    variant = "mountPath clash only in the ephemeral container";
                }
                case 2 -> {
                    ephemeralContainer = container("debugger", "env", List.of(injected));
                    variant = "identical env in the ephemeral container";
                }
                default -> {
                    ephemeralContainer = container("debugger");
                    variant = "ephemeral container without entries";
                }
            }
            preset(map(
                    "env",
                    List.of(injected),
                    "volumeMounts",
                    List.of(map("name", "cache", "mountPath", "/cache")),
                    "volumes",
                    List.of(map("name", "cache", "emptyDir", map()))));
            pod(
                    null,
                    null,
                    map(
                            "containers",
                            List.of(container("main")),
                            "ephemeralContainers",
                            List.of(ephemeralContainer),
                            "volumes",
                            List.of(map("name", "scratch", "emptyDir", map()))));
            return variant;
        }

        String sizeLimit(String[] values) {
            preset(map("volumes", List.of(emptyDir(values[1]))));
            pod(null, null, spec(container("main"), "volumes", List.of(emptyDir(values[0]))));
            return "pod " + values[0] + ", preset " + values[1];
        }

        private Map<String, Object> emptyDir(String sizeLimit) {
            return map(
                    "name", "cache", "emptyDir", sizeLimit.equals("-") ? map() : map("sizeLimit", new Raw(sizeLimit)));
        }

        String divisor(String[] values, boolean env) {
            if (env) {
                preset(map("env", List.of(memoryEnv(values[1]))));
                pod(null, null, spec(container("main", "env", List.of(memoryEnv(values[0])))));
                return "env, pod " + values[0] + ", preset " + values[1];
            }
            preset(map("volumes", List.of(downwardMemory(values[1]))));
            pod(null, null, spec(container("main"), "volumes", List.of(downwardMemory(values[0]))));
            return "downwardAPI volume, pod " + values[0] + ", preset " + values[1];
        }

        private Map<String, Object> memoryRef(String divisor) {
            return map(
                    "containerName",
                    "main",
                    "resource",
                    "limits.memory",
                    "divisor",
                    divisor.equals("-") ? null : new Raw(divisor));
        }

        private Map<String, Object> memoryEnv(String divisor) {
            return map("name", "MEMORY", "valueFrom", map("resourceFieldRef", memoryRef(divisor)));
        }

        private Map<String, Object> downwardMemory(String divisor) {
            return map(
                    "name",
                    "info",
                    "downwardAPI",
                    map("items", List.of(map("path", "memory", "resourceFieldRef", memoryRef(divisor)))));
        }

        String quantitySpelling(String[] values, int field) {
            switch (field) {
                case 0 -> {
                    preset(map("volumes", List.of(emptyDir(values[1]))));
                    pod(null, null, spec(container("main"), "volumes", List.of(emptyDir(values[0]))));
                    return "sizeLimit, pod " + values[0] + ", preset " + values[1];
                }
                case 1 -> {
                    preset(map("env", List.of(memoryEnv(values[1]))));
                    pod(null, null, spec(container("main", "env", List.of(memoryEnv(values[0])))));
                    return "divisor, pod " + values[0] + ", preset " + values[1];
                }
                default -> {
                    preset(map(
                            "volumes",
                            List.of(claimTemplate(map(
                                    "resources", map("requests", map("storage", new Raw(values[1]))))))));
                    pod(
                            null,
                            null,
                            spec(
                                    container("main"),
                                    "volumes",
                                    List.of(claimTemplate(map(
                                            "resources", map("requests", map("storage", new Raw(values[0]))))))));
                    return "ephemeral volume request, pod " + values[0] + ", preset " + values[1];
                }
            }
        }

        /** An ephemeral volume whose claim template has {@code specFields} besides its access mode. */
        private Map<String, Object> claimTemplate(Map<String, Object> specFields) {
            Map<String, Object> spec = map("accessModes", List.of("ReadWriteOnce"));
            spec.putAll(specFields);
            return map("name", "cache", "ephemeral", map("volumeClaimTemplate", map("spec", spec)));
        }

        /** Empty lists and maps: a pod's are non-nil, a preset's are gone after storage. */
        String storageEmpty(int index) {
            Map<String, Object> noItems = map("name", "cache", "downwardAPI", map());
            Map<String, Object> emptyItems = map("name", "cache", "downwardAPI", map("items", List.of()));
            Map<String, Object> csi = map("name", "cache", "csi", map("driver", "d"));
            Map<String, Object> csiEmpty = map("name", "cache", "csi", map("driver", "d", "volumeAttributes", map()));
            return switch (index % 10) {
                case 0 -> volumes(emptyItems, emptyItems, "downwardAPI items [] in both");
                case 1 -> volumes(noItems, emptyItems, "downwardAPI items absent in the pod, [] in the preset");
                case 2 -> volumes(emptyItems, noItems, "downwardAPI items [] in the pod, absent in the preset");
                case 3 -> volumes(csiEmpty, csiEmpty, "csi volumeAttributes {} in both");
                case 4 -> volumes(csi, csiEmpty, "csi volumeAttributes absent in the pod, {} in the preset");
                case 5 ->
                    volumes(
                            claimTemplate(map("resources", map("limits", map()))),
                            claimTemplate(map()),
                            "claim template limits {} in the pod, absent in the preset");
                case 6 ->
                    volumes(
                            claimTemplate(map("resources", map())),
                            claimTemplate(map()),
                            "claim template resources {} in the pod, absent in the preset");
                case 7 ->
                    volumes(
                            claimTemplate(map()),
                            claimTemplate(map("volumeMode", "Filesystem")),
                            "claim template volumeMode absent in the pod, Filesystem in the preset");
                case 8 ->
                    volumes(
                            claimTemplate(map("volumeMode", "Block")),
                            claimTemplate(map()),
                            "claim template volumeMode Block in the pod, absent in the preset");
                default -> {
                    Map<String, Object> labelled = map(
                            "name",
                            "cache",
                            "ephemeral",
                            map(
                                    "volumeClaimTemplate",
                                    map(
                                            "metadata",
                                            map("labels", map()),
                                            "spec",
                                            map("accessModes", List.of("ReadWriteOnce")))));
                    yield volumes(labelled, labelled, "claim template labels {} in both");
                }
            };
        }

        private String volumes(Map<String, Object> podVolume, Map<String, Object> presetVolume, String variant) {
            preset(map("volumes", List.of(presetVolume)));
            pod(null, null, spec(container("main"), "volumes", List.of(podVolume)));
            return variant;
        }

        String yamlScalars(int index) {
            switch (index % 4) {
                case 0 -> {
                    preset(map("env", List.of(map("name", "SINCE", "value", new Raw("2024-01-15")))));
                    pod(null, null, spec(container("main")));
                    return "unquoted date as an env value";
                }
                case 1 -> {
                    preset(
                            map("matchLabels", map("since", "2024-01-15")),
                            map("env", List.of(map("name", "X", "value", "1"))));
                    pod(map("since", new Raw("2024-01-15")), null, spec(container("main")));
                    return "unquoted date as a label value";
                }
                case 2 -> {
                    preset(map("env", List.of(map("name", "X", "value", "1"))));
                    pod(null, map("released", new Raw("2024-01-15")), spec(container("main")));
                    return "unquoted date as an annotation value";
                }
                default -> {
                    preset(map(
                            "env",
                            List.of(
                                    map("name", "MODE", "value", new Raw("'0644'")),
                                    map("name", "FLAG", "value", new Raw("'yes'")),
                                    map("name", "VERSION", "value", new Raw("'1.10'")))));
                    pod(null, null, spec(container("main")));
                    return "quoted strings that look like numbers and booleans";
                }
            }
        }

        String otherNamespace() {
            Map<String, Object> preset = preset(map("env", List.of(map("name", "INJECTED", "value", "1"))));
            @SuppressWarnings("unchecked")
            Map<String, Object> metadata = (Map<String, Object>) preset.get("metadata");
            metadata.put("namespace", ns + "-other");
            pod(null, null, spec(container("main")));
            return "preset in another namespace";
        }

        String ownDuplicates(int index) {
            Map<String, Object> first = map("name", "DB_HOST", "value", "first");
            Map<String, Object> last = map("name", "DB_HOST", "value", "last");
            Map<String, Object> firstMount = map("name", "a", "mountPath", "/data");
            Map<String, Object> lastMount = map("name", "b", "mountPath", "/data");
            List<Object> volumes = List.of(map("name", "a", "emptyDir", map()), map("name", "b", "emptyDir", map()));
            switch (index % 4) {
                case 0, 1 -> {
                    preset(map("env", List.of(index % 4 == 0 ? first : last)));
                    pod(null, null, spec(container("main", "env", List.of(first, last))));
                    return "env twice in the pod, preset equal to the " + (index % 4 == 0 ? "first" : "last");
                }
                default -> {
                    preset(map("volumeMounts", List.of(index % 4 == 2 ? firstMount : lastMount)));
                    pod(
                            null,
                            null,
                            spec(
                                    container("main", "volumeMounts", List.of(firstMount, lastMount)),
                                    "volumes",
                                    volumes));
                    return "mountPath twice in the pod, preset equal to the " + (index % 4 == 2 ? "first" : "last");
                }
            }
        }

        String presetVersion(int index) {
            String version = index % 2 == 0 ? "settings.k8s.io/v1" : "settings.k8s.io/v1beta1";
            Map<String, Object> preset = preset(map("env", List.of(map("name", "INJECTED", "value", "1"))));
            preset.put("apiVersion", version);
            pod(null, null, spec(container("main")));
            return "PodPreset of " + version;
        }

        /** Random presets and pod drawing entries from small pools, so that keys collide often. */
        String fuzz() {
            String[] envNames = {"A", "B", "C"};
            String[] volumeNames = {"v1", "v2", "v3"};
            String[] paths = {"/a", "/b", "/c"};
            String[] configMaps = {"cm1", "cm2"};
            int presetCount = 1 + random.nextInt(3);
            for (int i = 0; i < presetCount; i++) {
                Map<String, Object> spec = new java.util.LinkedHashMap<>();
                putSome(
                        spec,
                        "env",
                        () -> spelling(pick(envFamily(pick(envNames)).classes())));
                putSome(
                        spec,
                        "envFrom",
                        () -> spelling(
                                pick(envFromFamily(pick(configMaps), null).classes())));
                putSome(
                        spec,
                        "volumes",
                        () -> spelling(pick(volumeFamily(pick(volumeNames)).classes())));
                putSome(
                        spec,
                        "volumeMounts",
                        () -> spelling(
                                pick(mountFamily(pick(volumeNames), pick(paths)).classes())));
                if (spec.isEmpty()) {
                    spec.put("env", List.of(map("name", "ONLY", "value", "1")));
                }
                preset(random.nextInt(3) == 0 ? randomSelector() : map(), spec);
            }
            List<Object> containers = new ArrayList<>();
            int containerCount = 1 + random.nextInt(2);
            for (int i = 0; i < containerCount; i++) {
                Map<String, Object> c = container("c" + i);
                putSome(c, "env", () -> spelling(pick(envFamily(pick(envNames)).classes())));
                putSome(
                        c,
                        "envFrom",
                        () -> spelling(
                                pick(envFromFamily(pick(configMaps), null).classes())));
                putSome(
                        c,
                        "volumeMounts",
                        () -> spelling(
                                pick(mountFamily(pick(volumeNames), pick(paths)).classes())));
                containers.add(c);
            }
            Map<String, Object> spec = map("containers", containers);
            if (random.nextInt(3) == 0) {
                Map<String, Object> init = container("init");
                putSome(
                        init,
                        "env",
                        () -> spelling(pick(envFamily(pick(envNames)).classes())));
                putSome(
                        init,
                        "envFrom",
                        () -> spelling(
                                pick(envFromFamily(pick(configMaps), null).classes())));
                spec.put("initContainers", List.of(init));
            }
            List<Object> volumes = new ArrayList<>();
            for (String name : volumeNames) {
                if (random.nextInt(3) == 0) {
                    volumes.add(spelling(pick(volumeFamily(name).classes())));
                }
            }
            if (!volumes.isEmpty()) {
                spec.put("volumes", volumes);
            }
            Map<String, String> labels = randomLabels();
            pod(labels.isEmpty() ? null : new java.util.LinkedHashMap<>(labels), null, spec);
            return presetCount + " presets, " + containerCount + " containers";
        }

        /** 0 to 2 entries under {@code field}, often none. */
        private void putSome(Map<String, Object> holder, String field, java.util.function.Supplier<Object> entry) {
            int count = random.nextInt(4) - 1;
            if (count <= 0) {
                return;
            }
            List<Object> entries = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                entries.add(entry.get());
            }
            holder.put(field, entries);
        }
    }
}
