package dev.podlint.config;

import dev.podlint.finding.FailThreshold;
import dev.podlint.finding.Severity;
import dev.podlint.source.DeepStack;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.Span;
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
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code .podlint.yaml}, checked against its published format ({@link FormatSchema#CONFIG}:
 * schemas/.../podlint/config.schema.json). A mistake is a usage error naming file, line, column and field.
 */
public final class ConfigFileReader {

    public static final String FILE_NAME = ".podlint.yaml";

    /** Largest config file read. */
    static final long MAX_BYTES = 1 << 20;

    /**
     * The nearest {@code .podlint.yaml} in {@code directory} or a parent, up to the root of the git
     * repository that holds {@code directory} (a folder with {@code .git}): a config file above it
     * belongs to whoever owns the folder the checkout sits in, not to the repository. Null when there
     * is none. Whatever is found there is the config file, even when it is not a readable file (reading
     * it then says why), so that one which cannot be read is never silently replaced by another.
     */
    public static @Nullable Path find(Path directory) {
        for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
            if (Files.exists(dir.resolve(".git"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
        }
        return null;
    }

    public PodlintConfig read(Path file) {
        String text;
        try {
            text = new String(dev.podlint.source.BoundedFiles.readWhole(file, MAX_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.AccessDeniedException
                    ? "permission denied"
                    : e instanceof java.nio.file.NoSuchFileException
                            ? "no such file (a broken symbolic link?)"
                            : e.getMessage();
            throw new UsageException("cannot read the config file " + file + ": " + why);
        }
        return DeepStack.call(() -> read(file, text));
    }

    PodlintConfig read(Path file, String text) {
        String name = file.toString();
        LoadedFile loaded = new ManifestLoader().loadText(name, text);
        if (!loaded.problems().isEmpty()) {
            Span at = loaded.problems().get(0).span();
            throw new UsageException(name + ":" + at.line() + ":" + at.column() + ": "
                    + loaded.problems().get(0).message());
        }
        if (loaded.documents().isEmpty()) {
            return new PodlintConfig(
                    file, null, null, List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), Map.of(), null, List.of(), List.of());
        }
        if (loaded.documents().size() > 1) {
            Span at = loaded.documents().get(1).root().span();
            throw new UsageException(name + ":" + at.line() + ":" + at.column() + ": a config file holds one mapping");
        }
        return read(file, loaded.documents().get(0).root());
    }

    /**
     * The settings of a mapping written in the config file's keys: the config file's own root, or the
     * {@code options} of a rule file's examples and tests. {@code file} holds it: messages name it, and
     * relative paths are relative to its folder.
     */
    public PodlintConfig read(Path file, YamlNode root) {
        String name = file.toString();
        FormatSchema.CONFIG.check(root).ifPresent(problem -> {
            throw new UsageException(
                    name + ":" + problem.span().line() + ":" + problem.span().column() + ": "
                            + (problem.field().isEmpty() ? "" : "field '" + problem.field() + "': ") + problem.text());
        });
        // The schema has checked every field: what follows only reads them.
        MappingNode config = (MappingNode) root;
        Path base = Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file is in a folder");
        String failOn = config.string("failOn");
        String baseline = config.string("baseline");
        MappingNode rules = config.mapping("rules");
        Map<String, Severity> severity = new LinkedHashMap<>();
        MappingNode levels = rules == null ? null : rules.mapping("severity");
        if (levels != null) {
            levels.entries()
                    .forEach(e -> severity.put(
                            e.key(), Severity.parse((String) e.value().value())));
        }
        return new PodlintConfig(
                file,
                config.string("kubernetesVersion"),
                failOn == null ? null : FailThreshold.parse(failOn),
                strings(rules, "enable"),
                strings(rules, "disable"),
                Map.copyOf(severity),
                paths(base, strings(rules, "folders")),
                strings(config, "include"),
                strings(config, "exclude"),
                schemaFolders(base, name, strings(config, "schemaLocations")),
                paths(base, strings(config, "presets")),
                paths(base, strings(config, "crds")),
                ruleIdPlaces(name, rules),
                baseline == null ? null : base.resolve(baseline).normalize(),
                strings(config, "skipKinds"),
                strings(config, "rejectKinds"));
    }

    /** Where each rule id under {@code rules} is first named, as "file:line:column (rules.FIELD)". */
    private static Map<String, String> ruleIdPlaces(String name, @Nullable MappingNode rules) {
        Map<String, String> places = new LinkedHashMap<>();
        if (rules == null) {
            return places;
        }
        for (String field : List.of("enable", "disable")) {
            SequenceNode list = rules.sequence(field);
            if (list != null) {
                for (YamlNode item : list.nodes()) {
                    places.putIfAbsent((String) item.value(), place(name, item.span(), field));
                }
            }
        }
        MappingNode levels = rules.mapping("severity");
        if (levels != null) {
            levels.entries().forEach(e -> places.putIfAbsent(e.key(), place(name, e.keySpan(), "severity")));
        }
        return places;
    }

    private static String place(String name, Span at, String field) {
        return name + ":" + at.line() + ":" + at.column() + " (rules." + field + ")";
    }

    private static List<String> strings(@Nullable MappingNode map, String field) {
        SequenceNode list = map == null ? null : map.sequence(field);
        return list == null ? List.of() : list.stream().map(String.class::cast).toList();
    }

    /** kubeconform's locations as {@link SchemaLocationArgument} reads them ({@code default}: nothing to add). */
    private static List<Path> schemaFolders(Path base, String name, List<String> values) {
        List<Path> folders = new ArrayList<>();
        for (String value : values) {
            SchemaLocationArgument.folder(value, name + ": schemaLocations")
                    .ifPresent(folder -> folders.add(base.resolve(folder).normalize()));
        }
        return folders;
    }

    private static List<Path> paths(Path base, List<String> values) {
        return values.stream().map(v -> base.resolve(v).normalize()).toList();
    }
}
