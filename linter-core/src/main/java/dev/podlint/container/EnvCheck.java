package dev.podlint.container;

import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.rule.functions.VolumeSources;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code env-invalid}: env var names, valueFrom sources and the key selectors
 * ({@code ValidateEnv}, {@code validateEnvVarValueFrom}, {@code validateConfigMapKeySelector},
 * {@code validateSecretKeySelector}, {@code validateFileKeySelector},
 * {@code validateFileKeyRefVolumes}), and envFrom ({@code ValidateEnvFrom}). fieldRef and
 * resourceFieldRef belong to {@code downward-api-field}, a non-empty value next to valueFrom to
 * {@code env-value-and-valuefrom}.
 */
final class EnvCheck {

    static final String RULE = "env-invalid";
    private static final List<String> SOURCES =
            List.of("fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef", "fileKeyRef");

    private EnvCheck() {}

    static void check(Container c, PodSpec pod, Findings findings) {
        int minor = findings.scope().minor();
        if (c.node().node("env") instanceof SequenceNode env) {
            String listPointer = Pointers.append(c.pointer(), "env");
            for (int i = 0; i < env.size(); i++) {
                if (env.node(i) instanceof MappingNode var) {
                    envVar(var, listPointer, i, pod, minor, findings);
                }
            }
        }
        if (c.node().node("envFrom") instanceof SequenceNode envFrom) {
            String listPointer = Pointers.append(c.pointer(), "envFrom");
            for (int i = 0; i < envFrom.size(); i++) {
                if (envFrom.node(i) instanceof MappingNode source) {
                    envFrom(source, Pointers.append(listPointer, i), listPointer, minor, findings);
                }
            }
        }
    }

    private static void envVar(
            MappingNode var, String listPointer, int index, PodSpec pod, int minor, Findings findings) {
        if (var.get("name") instanceof String name) {
            String problem = name.isEmpty() ? "" : EnvNames.problem(name, minor);
            if (problem != null) {
                String at = Pointers.append(listPointer, index) + "/name";
                findings.at(
                        RULE,
                        at,
                        ApiPaths.of(at)
                                + (name.isEmpty()
                                        ? ": Required value: give the env var a name"
                                        : ": Invalid value: env name " + problem));
            }
        }
        if (!(var.node("valueFrom") instanceof MappingNode valueFrom)) {
            return;
        }
        String at = listPointer + "/" + index + "/valueFrom";
        List<String> sources = new ArrayList<>(2);
        for (String source : SOURCES) {
            // fileKeyRef (EnvFiles) is dropped before validation in 1.34, where the gate is off
            if (valueFrom.get(source) != null && (!source.equals("fileKeyRef") || minor >= 35)) {
                sources.add(source);
            }
        }
        boolean hasValue = var.get("value") instanceof String v && !v.isEmpty();
        if (sources.isEmpty()) {
            String dropped = minor == 34 && valueFrom.get("fileKeyRef") != null
                    ? " (Kubernetes 1.34 drops fileKeyRef: the EnvFiles feature is off)"
                    : "";
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": Invalid value: \"\": must specify one of: `fieldRef`, `resourceFieldRef`,"
                            + (minor >= 35
                                    ? " `configMapKeyRef`, `secretKeyRef` or `fileKeyRef`"
                                    : " `configMapKeyRef` or `secretKeyRef`")
                            + dropped
                            + "; say where the value of env '" + Quoted.shorten(String.valueOf(var.get("name")))
                            + "' comes from");
        } else if (!hasValue
                && sources.size() > 1
                && !sources.contains("fieldRef")
                && !sources.contains("resourceFieldRef")) {
            // with a fieldRef or resourceFieldRef among them, downward-api-field reports it
            findings.atKey(
                    RULE,
                    at + "/" + sources.get(1),
                    ApiPaths.of(at) + ": Invalid value: \"\": may not have more than one"
                            + " field specified at a time (it has " + String.join(" and ", sources)
                            + "); keep one, or split"
                            + " them into two env vars");
        }
        keyRef(valueFrom, "configMapKeyRef", "ConfigMap", at, findings);
        keyRef(valueFrom, "secretKeyRef", "Secret", at, findings);
        if (minor >= 35 && valueFrom.node("fileKeyRef") instanceof MappingNode fileKeyRef) {
            fileKeyRef(fileKeyRef, at + "/fileKeyRef", pod, findings);
        }
    }

    /** {@code validateConfigMapKeySelector} / {@code validateSecretKeySelector}. */
    private static void keyRef(
            MappingNode valueFrom, String field, String kind, String valueFromPointer, Findings findings) {
        if (!(valueFrom.node(field) instanceof MappingNode ref)) {
            return;
        }
        String refPointer = valueFromPointer + "/" + field;
        Object name = ref.get("name");
        if (name == null || name instanceof String) {
            String n = name == null ? "" : (String) name;
            String problem = n.isEmpty() ? "is required" : Names.subdomainProblem(n, false);
            if (problem != null) {
                String at = refPointer + "/name";
                findings.at(
                        RULE,
                        at,
                        ApiPaths.of(at) + ": Invalid value: " + Names.quote(n) + ": the name of the " + kind + " "
                                + problem);
            }
        }
        if (ref.get("key") instanceof String key) {
            String at = refPointer + "/key";
            if (key.isEmpty()) {
                findings.at(RULE, at, ApiPaths.of(at) + ": Required value: name the key of the " + kind + " to read");
            } else if (!Formats.isConfigKey(key)) {
                findings.at(
                        RULE,
                        at,
                        ApiPaths.of(at) + ": Invalid value: " + Names.quote(key) + ": a " + kind + " key"
                                + " consists of letters, digits, '-', '_' and '.' (at most 253), and is not '.' or '..' nor"
                                + " starts with '..'");
            }
        }
    }

    /** {@code validateFileKeySelector} and {@code validateFileKeyRefVolumes} (EnvFiles, 1.35 on). */
    private static void fileKeyRef(MappingNode ref, String pointer, PodSpec pod, Findings findings) {
        if (ref.get("key") instanceof String key) {
            String at = pointer + "/key";
            String problem = key.isEmpty() ? null : EnvNames.relaxedProblem(key);
            if (key.isEmpty()) {
                findings.at(RULE, at, ApiPaths.of(at) + ": Required value: name the variable to read from the file");
            } else if (problem != null) {
                findings.at(RULE, at, ApiPaths.of(at) + ": Invalid value: key " + problem);
            }
        }
        if (ref.get("path") instanceof String path) {
            String at = pointer + "/path";
            if (path.isEmpty()) {
                findings.at(RULE, at, ApiPaths.of(at) + ": Required value: the path of the env file in the volume");
            } else if (List.of(path.split("/", -1)).contains("..")) {
                findings.at(
                        RULE,
                        at,
                        ApiPaths.of(at) + ": Invalid value: " + Names.quote(path) + ": must not contain" + " '..'");
            }
        }
        if (ref.get("volumeName") instanceof String volumeName) {
            String at = pointer + "/volumeName";
            String path = ApiPaths.of(at);
            if (volumeName.isEmpty()) {
                findings.at(RULE, at, path + ": Required value: name the emptyDir volume that holds the env file");
            } else if (Names.labelProblem(volumeName) != null) {
                findings.at(
                        RULE,
                        at,
                        path + ": Invalid value: " + Names.quote(volumeName) + ": a volume name "
                                + Names.labelProblem(volumeName));
            }
            Map<String, MappingNode> volumes = volumes(pod);
            MappingNode volume = volumes.get(volumeName);
            if (volume == null) {
                findings.at(
                        RULE,
                        at,
                        path + ": Not found: " + Names.quote(volumeName) + ": no volume of the pod has"
                                + " this name; add an emptyDir volume for the env file");
            } else if (!isEmptyDir(volume)) {
                findings.at(
                        RULE,
                        at,
                        path + ": Invalid value: " + Names.quote(volumeName) + ": referenced volume must"
                                + " be of type emptyDir");
            }
        }
    }

    private static Map<String, MappingNode> volumes(PodSpec pod) {
        Map<String, MappingNode> byName = new HashMap<>();
        if (pod.node().node("volumes") instanceof SequenceNode list) {
            for (Object v : list) {
                if (v instanceof MappingNode m && m.string("name") != null) {
                    byName.put(m.string("name"), m);
                }
            }
        }
        return byName;
    }

    /** An emptyDir volume, or one without a source (defaulted to emptyDir). */
    private static boolean isEmptyDir(MappingNode volume) {
        List<String> types = VolumeSources.volumeTypes(volume);
        return types.isEmpty() || types.contains("emptyDir");
    }

    /** {@code ValidateEnvFrom}. */
    private static void envFrom(MappingNode source, String pointer, String listPointer, int minor, Findings findings) {
        if (source.get("prefix") instanceof String prefix && !prefix.isEmpty()) {
            String problem = EnvNames.problem(prefix, minor);
            if (problem != null) {
                String at = pointer + "/prefix";
                findings.at(RULE, at, ApiPaths.of(at) + ": Invalid value: prefix " + problem);
            }
        }
        boolean configMap = source.get("configMapRef") != null;
        boolean secret = source.get("secretRef") != null;
        if (!configMap && !secret) {
            findings.at(
                    RULE,
                    pointer,
                    ApiPaths.of(listPointer) + ": Invalid value: \"\": must specify one of: `configMapRef` or"
                            + " `secretRef`; name the ConfigMap or Secret whose keys become env vars");
        } else if (configMap && secret) {
            findings.atKey(
                    RULE,
                    pointer + "/secretRef",
                    ApiPaths.of(listPointer) + ": Invalid value: \"\": may not have more than one"
                            + " field specified at a time (configMapRef and secretRef); split them into two envFrom entries");
        }
        envSource(source, "configMapRef", "ConfigMap", pointer, findings);
        envSource(source, "secretRef", "Secret", pointer, findings);
    }

    private static void envSource(MappingNode source, String field, String kind, String pointer, Findings findings) {
        if (!(source.node(field) instanceof MappingNode ref)) {
            return;
        }
        String at = pointer + "/" + field + "/name";
        Object name = ref.get("name");
        if (name == null || "".equals(name)) {
            findings.at(RULE, at, ApiPaths.of(at) + ": Required value: name the " + kind);
        } else if (name instanceof String n && Names.subdomainProblem(n, true) != null) {
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": Invalid value: " + Names.quote(n) + ": the name of a " + kind + " "
                            + Names.subdomainProblem(n, true));
        }
    }
}
