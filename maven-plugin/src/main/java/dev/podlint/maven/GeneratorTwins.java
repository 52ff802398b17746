package dev.podlint.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops a generator's second copy of the same manifests, in the build folder only (a file of the
 * sources is always read): Quarkus and Dekorate write {@code kubernetes.json} beside
 * {@code kubernetes.yml}, JKube writes each resource of {@code kubernetes.yml} again under
 * {@code kubernetes/}. The YAML aggregate is kept, so each finding is reported once.
 */
final class GeneratorTwins {

    private static final List<String> YAML = List.of(".yml", ".yaml");

    /**
     * @param files   what is read, in order
     * @param skipped each file left out, with the file holding the same manifests
     */
    record Result(List<Path> files, Map<Path, Path> skipped) {}

    private GeneratorTwins() {}

    static Result of(List<Path> files, Path buildDirectory) {
        Path build = buildDirectory.toAbsolutePath().normalize();
        Set<Path> selected = new HashSet<>();
        files.forEach(f -> selected.add(f.toAbsolutePath().normalize()));
        List<Path> kept = new ArrayList<>();
        Map<Path, Path> skipped = new LinkedHashMap<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            Path twin = absolute.startsWith(build) ? twin(absolute, selected) : null;
            if (twin == null) {
                kept.add(file);
            } else {
                skipped.put(file, twin);
            }
        }
        return new Result(List.copyOf(kept), skipped);
    }

    /** The aggregate that holds the manifests of {@code file} too, or null. */
    private static Path twin(Path file, Set<Path> selected) {
        String name = file.getFileName().toString();
        Path folder = file.getParent();
        if (name.endsWith(".json")) {
            Path yaml = yaml(folder, name.substring(0, name.length() - ".json".length()), selected);
            if (yaml != null) {
                return yaml;
            }
        }
        Path parent = folder.getParent();
        if (parent == null) {
            return null;
        }
        String base = folder.getFileName().toString();
        Path aggregate = yaml(parent, base, selected);
        if (aggregate == null && selected.contains(parent.resolve(base + ".json"))) {
            aggregate = parent.resolve(base + ".json");
        }
        return aggregate;
    }

    private static Path yaml(Path folder, String base, Set<Path> selected) {
        for (String extension : YAML) {
            Path candidate = folder.resolve(base + extension);
            if (selected.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
