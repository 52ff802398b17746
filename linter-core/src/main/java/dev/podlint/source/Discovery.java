package dev.podlint.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a folder walk of a repository leaves out among its YAML and JSON files: podlint's own files
 * (the config file, baselines, pre-commit's files), Helm chart sources (a folder holding
 * {@code Chart.yaml}: that file, {@code values*}, {@code templates/}, {@code charts/}),
 * kustomizations and the patch files they name ({@link KustomizePatches}), and files that are plainly not Kubernetes ({@link #plainlyNotKubernetes}). A file
 * named on the command line is always linted. Not thread-safe: one per walk.
 */
public final class Discovery {

    private static final Set<String> KUSTOMIZATIONS = Set.copyOf(KustomizePatches.FILE_NAMES);

    /** Folder → whether it holds a Chart.yaml, so each folder is looked at once per walk. */
    private final Map<Path, Boolean> chartRoots = new HashMap<>();

    private final KustomizePatches kustomizePatches = new KustomizePatches();

    /** Why a file found in a folder walk is left out by its place or name; null when it is linted. */
    public @Nullable SkipReason byName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return null;
        }
        if (isPodlintFile(name.toString())) {
            return SkipReason.PODLINT_FILE;
        }
        if (KUSTOMIZATIONS.contains(name.toString())) {
            return SkipReason.KUSTOMIZATION;
        }
        Path absolute = file.toAbsolutePath().normalize();
        if (isHelmChartSource(absolute)) {
            return SkipReason.HELM_CHART;
        }
        return kustomizePatches.isPatch(absolute) ? SkipReason.KUSTOMIZE_PATCH : null;
    }

    /**
     * podlint's and pre-commit's own files, by name: {@code .podlint*} ({@code .podlint.yaml}, a JSON
     * baseline {@code .podlint-baseline.json}) and {@code .pre-commit-*} YAML files.
     */
    public static boolean isPodlintFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
        return (lower.startsWith(".podlint") && (yaml || lower.endsWith(".json")))
                || (lower.startsWith(".pre-commit-") && yaml);
    }

    /**
     * Whether {@code file} is a Helm chart's own file: the {@code Chart.yaml} of its folder, a
     * {@code values*} file beside it, or anything below its {@code templates/} or {@code charts/}.
     */
    private boolean isHelmChartSource(Path file) {
        Path parent = file.getParent();
        if (parent == null) {
            return false;
        }
        String name = file.getFileName().toString();
        if ((name.equals("Chart.yaml") || name.startsWith("values")) && holdsChart(parent)) {
            return true;
        }
        for (Path dir = parent; dir != null && dir.getParent() != null; dir = dir.getParent()) {
            String folder = dir.getFileName().toString();
            if ((folder.equals("templates") || folder.equals("charts")) && holdsChart(dir.getParent())) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsChart(Path dir) {
        return chartRoots.computeIfAbsent(dir, d -> Files.isRegularFile(d.resolve("Chart.yaml")));
    }

    /**
     * Whether a file that parsed is plainly not Kubernetes: it holds at least one document and none
     * of them looks like a Kubernetes object. A document looks like one when it is a mapping with a
     * key {@code apiVersion}, {@code kind} or {@code metadata}, or a key one typo away from the first
     * two ({@code apiversion}, {@code apiVerison}, {@code kin}, {@code Kind}), or is an item of a
     * {@code kind: List}. Nor may any line of the text start with such a key: kubectl reads only
     * the first document of each {@code ---} piece, and the objects it leaves unread are still a
     * manifest's. So a manifest with a misspelt {@code apiVersion} is still linted, and a GitHub
     * workflow, a docker-compose file or an OpenAPI spec is not.
     */
    public static boolean plainlyNotKubernetes(LoadedFile loaded) {
        if (loaded.documents().isEmpty()
                || loaded.problems().stream().anyMatch(p -> p.type() == LoadProblem.Type.SYNTAX)) {
            return false;
        }
        return loaded.documents().stream().noneMatch(Discovery::looksKubernetes)
                && loaded.source().text().lines().noneMatch(Discovery::startsWithObjectKey);
    }

    /** A line {@code apiVersion: ...} (or a near miss, or {@code metadata:}) at the first column. */
    private static boolean startsWithObjectKey(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 16 || !Character.isLetter(line.charAt(0))) {
            return false;
        }
        String key = line.substring(0, colon).strip();
        return key.equals("metadata") || nearKey(key);
    }

    private static boolean looksKubernetes(Document document) {
        if (!document.pointerBase().isEmpty()) {
            return true;
        }
        MappingNode object = document.object();
        if (object == null) {
            return false;
        }
        for (String key : object.keySet()) {
            if (key.equals("metadata") || nearKey(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return distance(lower, "apiversion") <= 2 || distance(lower, "kind") <= 1;
    }

    /** Edit distance with adjacent transpositions (optimal string alignment), small strings only. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 3;
        }
        return EditDistance.of(a, b);
    }

    /** The reasons of {@code skipped}, counted: "3 Helm chart files, 1 kustomization". */
    public static String describe(List<SkippedFile> skipped) {
        StringBuilder out = new StringBuilder();
        for (SkipReason reason : SkipReason.values()) {
            long n = skipped.stream().filter(s -> s.reason() == reason).count();
            if (n > 0) {
                out.append(out.length() == 0 ? "" : ", ").append(reason.count(n));
            }
        }
        return out.toString();
    }
}
