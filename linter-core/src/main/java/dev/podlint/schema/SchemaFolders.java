package dev.podlint.schema;

import dev.podlint.config.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The --schema-location folders, in kubeconform's layout. For apiVersion {@code monitoring.coreos.com/v1}
 * kind {@code ServiceMonitor}, each folder is searched, in order, for
 * <ul>
 *   <li>{@code servicemonitor-monitoring-v1.json}: kubeconform's {@code {{ .ResourceKind }}{{ .KindSuffix }}.json}
 *       (core kinds: {@code pod-v1.json}), in the folder itself or in its
 *       {@code v<X.Y>[.Z]-standalone-strict}, {@code v<X.Y>[.Z]-standalone}, {@code master-standalone-strict}
 *       or {@code master-standalone} subfolder (kubeconform's default layout);</li>
 *   <li>{@code monitoring.coreos.com/servicemonitor_v1.json} and {@code servicemonitor_v1.json}: the names
 *       kubeconform's openapi2jsonschema.py gives CRD schemas.</li>
 * </ul>
 */
final class SchemaFolders {

    private final List<Path> searched;

    SchemaFolders(List<Path> locations, KubernetesVersion target) {
        List<Path> folders = new ArrayList<>();
        for (Path location : locations) {
            if (!Files.isDirectory(location)) {
                throw new UsageException("--schema-location " + location + ": not a folder");
            }
            folders.add(location);
            folders.addAll(versionFolders(location, target));
        }
        this.searched = List.copyOf(folders);
    }

    Optional<Path> find(String apiVersion, String kind) {
        String lowerKind = kind.toLowerCase(Locale.ROOT);
        String group = RemovedApis.group(apiVersion);
        String version = apiVersion.substring(apiVersion.lastIndexOf('/') + 1);
        List<String> names = new ArrayList<>();
        names.add(lowerKind + kindSuffix(apiVersion) + ".json");
        if (!group.isEmpty()) {
            names.add(group + "/" + lowerKind + "_" + version + ".json");
        }
        names.add(lowerKind + "_" + version + ".json");
        for (Path folder : searched) {
            for (String name : names) {
                Path candidate = folder.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** kubeconform's KindSuffix: "-" + the group's first label + "-" + version; "-v1" for the core group. */
    static String kindSuffix(String apiVersion) {
        String[] parts = apiVersion.split("/", 2);
        String firstLabel = parts[0].split("\\.", 2)[0].toLowerCase(Locale.ROOT);
        return "-" + firstLabel + (parts.length > 1 ? "-" + parts[1].toLowerCase(Locale.ROOT) : "");
    }

    private static List<Path> versionFolders(Path location, KubernetesVersion target) {
        String prefix = "v" + target + ".";
        String exact = "v" + target + "-";
        try (Stream<Path> children = Files.list(location)) {
            List<Path> dirs = children.filter(Files::isDirectory).toList();
            List<Path> out = new ArrayList<>();
            for (String suffix : List.of("-standalone-strict", "-standalone")) {
                dirs.stream()
                        .map(d -> d.getFileName().toString())
                        .filter(n -> n.endsWith(suffix)
                                && (n.startsWith(prefix) || n.startsWith(exact))
                                && n.substring(0, n.length() - suffix.length()).matches("v\\d+\\.\\d+(\\.\\d+)?"))
                        .sorted(Comparator.reverseOrder())
                        .forEach(n -> out.add(location.resolve(n)));
            }
            for (String name : List.of("master-standalone-strict", "master-standalone")) {
                if (Files.isDirectory(location.resolve(name))) {
                    out.add(location.resolve(name));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list --schema-location " + location, e);
        }
    }
}
