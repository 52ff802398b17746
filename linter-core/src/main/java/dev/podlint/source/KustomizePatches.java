package dev.podlint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The patch files the kustomizations of a repository name ({@code patches[].path},
 * {@code patchesStrategicMerge[]}, {@code patchesJson6902[].path}): a patch holds only the fields it
 * changes, so linted as an object it would be all missing required fields. A file is a patch when a
 * kustomization in its folder or a folder above names it. Each folder's kustomization is read once;
 * one that cannot be read or parsed names no patch. Not thread-safe: one per walk.
 */
final class KustomizePatches {

    static final List<String> FILE_NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    /** A kustomization is a small file; a bigger one is not read. */
    private static final long MAX_BYTES = 1 << 20;

    private final Map<Path, Set<Path>> patchesOfFolder = new HashMap<>();

    /** Whether {@code file} (absolute, normalized) is a patch a kustomization names. */
    boolean isPatch(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (patchesOfFolder.computeIfAbsent(dir, KustomizePatches::read).contains(file)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Path> read(Path dir) {
        Set<Path> patches = new HashSet<>();
        for (String name : FILE_NAMES) {
            Path kustomization = dir.resolve(name);
            if (!Files.isRegularFile(kustomization)) {
                continue;
            }
            try {
                LoadedFile loaded = new ManifestLoader()
                        .load(kustomization.toString(), BoundedFiles.read(kustomization, MAX_BYTES));
                for (Document document : loaded.documents()) {
                    MappingNode object = document.object();
                    if (object != null) {
                        collect(object, dir, patches);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable kustomization names no patch; its folder is linted as it is
            }
        }
        return patches;
    }

    private static void collect(MappingNode kustomization, Path dir, Set<Path> into) {
        for (String key : List.of("patches", "patchesJson6902", "patchesStrategicMerge")) {
            if (!(kustomization.get(key) instanceof List<?> entries)) {
                continue;
            }
            for (Object entry : entries) {
                Object path = entry instanceof Map<?, ?> map ? map.get("path") : entry;
                // an inline patch is YAML text of several lines, not a path
                if (path instanceof String name && !name.isBlank() && name.indexOf('\n') < 0) {
                    try {
                        into.add(dir.resolve(name.strip()).toAbsolutePath().normalize());
                    } catch (java.nio.file.InvalidPathException e) {
                        // not a path this file system can name
                    }
                }
            }
        }
    }
}
