package dev.podlint.config;

import dev.podlint.finding.FailThreshold;
import dev.podlint.finding.Severity;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code .podlint.yaml} (format: schemas/.../podlint/config.schema.json). A mistake is a
 * usage error naming file, line and field.
 */
public final class ConfigFileReader {

    public static final String FILE_NAME = ".podlint.yaml";

    private static final Set<String> TOP = Set.of("kubernetesVersion", "failOn", "rules", "include", "exclude",
            "schemaLocations", "presets", "crds");
    private static final Set<String> RULES = Set.of("enable", "disable", "severity", "folders");
    private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+");
    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** The nearest {@code .podlint.yaml} in {@code directory} or a parent, or null. */
    public static @Nullable Path find(Path directory) {
        for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    public PodlintConfig read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read the config file " + file + ": " + e.getMessage());
        }
        return read(file, text);
    }

    PodlintConfig read(Path file, String text) {
        String name = file.toString();
        LoadedFile loaded = new ManifestLoader().loadText(name, text);
        if (!loaded.problems().isEmpty()) {
            throw error(name, loaded.problems().get(0).span().line(), "", loaded.problems().get(0).message());
        }
        if (loaded.documents().isEmpty()) {
            return new PodlintConfig(file, null, null, List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of());
        }
        if (loaded.documents().size() > 1 || loaded.documents().get(0).object() == null) {
            throw error(name, 1, "", "a config file holds one mapping");
        }
        MappingNode root = loaded.documents().get(0).object();
        rejectUnknown(name, root, TOP, "");
        Path base = Objects.requireNonNull(file.toAbsolutePath().getParent(), "an absolute file path has a parent");
        String version = string(name, root, "kubernetesVersion");
        if (version != null && !VERSION.matcher(version).matches()) {
            throw error(name, lineOf(root, "kubernetesVersion"), "kubernetesVersion",
                    "must be a minor version such as \"1.33\" (quote it: 1.30 unquoted is the number 1.3)");
        }
        String failOnText = string(name, root, "failOn");
        if (failOnText != null && !Set.of("error", "warning", "info", "none").contains(failOnText)) {
            throw error(name, lineOf(root, "failOn"), "failOn", "must be error, warning, info or none");
        }
        FailThreshold failOn = failOnText == null ? null : FailThreshold.parse(failOnText);
        List<String> enable = List.of();
        List<String> disable = List.of();
        Map<String, Severity> severity = new LinkedHashMap<>();
        List<Path> folders = List.of();
        if (root.node("rules") != null) {
            if (!(root.node("rules") instanceof MappingNode rules)) {
                throw error(name, root.node("rules").span().line(), "rules", "must be a mapping");
            }
            rejectUnknown(name, rules, RULES, "rules.");
            enable = ruleIds(name, rules, "enable");
            disable = ruleIds(name, rules, "disable");
            folders = paths(base, strings(name, rules, "folders", "rules."));
            if (rules.node("severity") != null) {
                if (!(rules.node("severity") instanceof MappingNode levels)) {
                    throw error(name, rules.node("severity").span().line(), "rules.severity",
                            "must map rule ids to error, warning or info");
                }
                for (MappingNode.Entry e : levels.entries()) {
                    Object level = e.value().value();
                    if (!(level instanceof String s) || !Set.of("error", "warning", "info").contains(s)) {
                        throw error(name, e.value().span().line(), "rules.severity." + e.key(),
                                "must be error, warning or info");
                    }
                    severity.put(e.key(), Severity.parse((String) level));
                }
            }
        }
        return new PodlintConfig(file, version, failOn, enable, disable, Map.copyOf(severity), folders,
                strings(name, root, "include", ""), strings(name, root, "exclude", ""),
                paths(base, strings(name, root, "schemaLocations", "")), paths(base, strings(name, root, "presets", "")),
                paths(base, strings(name, root, "crds", "")));
    }

    private static List<String> ruleIds(String file, MappingNode rules, String field) {
        List<String> ids = strings(file, rules, field, "rules.");
        SequenceNode list = rules.sequence(field);
        for (int i = 0; i < ids.size(); i++) {
            if (!RULE_ID.matcher(ids.get(i)).matches()) {
                throw error(file, Objects.requireNonNull(list, "ids were read from it").node(i).span().line(), "rules." + field
                        + "[" + i + "]", "is not a rule id");
            }
        }
        return ids;
    }

    private static @Nullable String string(String file, MappingNode map, String field) {
        YamlNode node = map.node(field);
        if (node == null || node.value() == null) {
            return null;
        }
        if (!(node.value() instanceof String s)) {
            throw error(file, node.span().line(), field, "must be a string (quote it)");
        }
        return s;
    }

    private static List<String> strings(String file, MappingNode map, String field, String prefix) {
        YamlNode node = map.node(field);
        if (node == null || node.value() == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode list)) {
            throw error(file, node.span().line(), prefix + field, "must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String s) || s.isBlank()) {
                throw error(file, list.node(i).span().line(), prefix + field + "[" + i + "]", "must be a non-empty string");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    private static List<Path> paths(Path base, List<String> values) {
        return values.stream().map(v -> base.resolve(v).normalize()).toList();
    }

    private static int lineOf(MappingNode map, String key) {
        YamlNode node = map.node(key);
        return (node == null ? map : node).span().line();
    }

    private static void rejectUnknown(String file, MappingNode map, Set<String> known, String prefix) {
        for (MappingNode.Entry e : map.entries()) {
            if (!known.contains(e.key())) {
                throw error(file, e.keySpan().line(), prefix + e.key(), "unknown field; known: "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    private static UsageException error(String file, int line, String field, @Nullable String problem) {
        return new UsageException(file + ":" + line + ": " + (field.isEmpty() ? "" : "field '" + field + "': ") + problem);
    }
}
