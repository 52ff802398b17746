package dev.podlint.schema;

import dev.podlint.config.UsageException;
import dev.podlint.source.BoundedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The schemas of one run: the bundled ones of the target Kubernetes version, PodPreset's, the
 * --schema-location folders and the --crd CustomResourceDefinitions. Each apiVersion/kind is resolved and its validator compiled once per run,
 * on first use, whichever thread needs it first; the others wait for it and share it.
 */
public final class KindSchemas {

    private final BundledSchemas bundled;
    private final KubernetesVersion target;
    private final RemovedApis removedApis;
    private final SchemaFolders folders;
    private final CustomResourceDefinitions crds;
    private final Map<String, KindResolution> resolved = new ConcurrentHashMap<>();

    KindSchemas(
            BundledSchemas bundled,
            KubernetesVersion target,
            List<Path> schemaLocations,
            CustomResourceDefinitions crds) {
        this.bundled = bundled;
        this.target = target;
        this.removedApis = new RemovedApis(bundled, target);
        this.folders = new SchemaFolders(schemaLocations, target);
        this.crds = crds;
    }

    /**
     * The schemas for {@code kubernetesVersion} (X.Y; null for the newest bundled minor) plus the given
     * folders; a usage error when the version is not bundled or a folder does not exist.
     */
    /** The minor between the bundled ones that client-java skipped (20.0.x is 1.28, 21.0.x is 1.30). */
    private static final KubernetesVersion UNPUBLISHED = new KubernetesVersion(1, 29);

    public static KindSchemas create(String kubernetesVersion, List<Path> schemaLocations) {
        return create(kubernetesVersion, schemaLocations, CustomResourceDefinitions.NONE);
    }

    /** As {@link #create(String, List)}, with the custom resources these CRDs define. */
    public static KindSchemas create(
            @Nullable String kubernetesVersion, List<Path> schemaLocations, CustomResourceDefinitions crds) {
        BundledSchemas bundled = BundledSchemas.get();
        KubernetesVersion target = bundled.newest();
        if (kubernetesVersion != null) {
            target = KubernetesVersion.parse(kubernetesVersion);
            if (target == null || !bundled.has(target)) {
                throw new UsageException(
                        "--kubernetes-version " + kubernetesVersion + ": podlint bundles the schemas of "
                                + bundled.versions().stream()
                                        .map(KubernetesVersion::toString)
                                        .collect(Collectors.joining(", "))
                                + (target != null && target.equals(UNPUBLISHED)
                                        ? " (not 1.29: client-java, which the schemas are generated from, has no"
                                                + " release for it)"
                                        : ""));
            }
        }
        return new KindSchemas(bundled, target, schemaLocations, crds);
    }

    public KubernetesVersion target() {
        return target;
    }

    KindResolution resolve(String apiVersion, String kind) {
        return resolved.computeIfAbsent(SchemaFile.key(apiVersion, kind), key -> compute(apiVersion, kind));
    }

    private KindResolution compute(String apiVersion, String kind) {
        SchemaFile served = bundled.version(target);
        if (served.serves(apiVersion, kind)) {
            return new KindResolution.Validated(KindValidator.bundled(served, apiVersion, kind));
        }
        Optional<RemovedApi> removal = removedApis.find(apiVersion, kind);
        if (removal.isPresent()) {
            SchemaFile podPreset = bundled.podPreset();
            KindValidator validator =
                    podPreset.serves(apiVersion, kind) ? KindValidator.bundled(podPreset, apiVersion, kind) : null;
            return new KindResolution.Removed(removal.get(), validator);
        }
        Optional<Path> file = folders.find(apiVersion, kind);
        if (file.isPresent()) {
            return new KindResolution.Validated(KindValidator.fromFile(file.get(), read(file.get())));
        }
        Optional<CustomResourceDefinitions.Served> crd = crds.find(apiVersion, kind);
        if (crd.isPresent()) {
            return new KindResolution.Validated(KindValidator.customResource(
                    served, apiVersion, kind, crd.get().openApiV3Schema()));
        }
        return new KindResolution.Unknown(hint(apiVersion, kind));
    }

    /** Largest schema file read (Kubernetes' own biggest are a few MiB). */
    static final long MAX_SCHEMA_BYTES = 64L << 20;

    private JsonNode read(Path file) {
        try {
            JsonNode node = BundledSchemas.Json.MAPPER.readTree(BoundedFiles.readWhole(file, MAX_SCHEMA_BYTES));
            if (!node.isObject()) {
                throw new IllegalArgumentException("schema " + file + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + file + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("schema " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private String hint(String apiVersion, String kind) {
        SchemaFile served = bundled.version(target);
        String prefix = "no schema for " + apiVersion + " " + kind + " in Kubernetes " + target + ": ";
        if (kind.equals(RemovedApis.POD_PRESET_KIND)
                && RemovedApis.group(apiVersion).equals(RemovedApis.group(RemovedApis.POD_PRESET_API_VERSION))) {
            return prefix + "PodPreset was only ever served as " + RemovedApis.POD_PRESET_API_VERSION
                    + " (removed in Kubernetes 1.20), so no cluster accepted this one and podlint does not apply it"
                    + " to Pods";
        }
        List<String> elsewhere = served.kinds().keySet().stream()
                .filter(k -> k.endsWith("/" + kind))
                .map(k -> k.substring(0, k.length() - kind.length() - 1))
                .sorted()
                .toList();
        String servedAs = kind + " is served as apiVersion " + String.join(" or ", elsewhere);
        for (KubernetesVersion later : bundled.versions()) {
            if (target.isBefore(later) && bundled.serves(later, apiVersion, kind)) {
                return prefix + "it is first served in Kubernetes " + later + " (choose it with --kubernetes-version)"
                        + (elsewhere.isEmpty() ? "" : "; " + servedAs);
            }
        }
        if (!elsewhere.isEmpty()) {
            return prefix + servedAs;
        }
        List<String> kindsOfVersion = served.kinds().keySet().stream()
                .filter(k -> k.startsWith(apiVersion + "/") && k.indexOf('/', apiVersion.length() + 1) < 0)
                .map(k -> k.substring(apiVersion.length() + 1))
                .toList();
        String similar = Suggestions.closest(kind, kindsOfVersion);
        if (similar != null) {
            return prefix + "did you mean kind '" + similar + "'?";
        }
        List<String> crdVersions = crds.versionsOf(apiVersion, kind);
        if (!crdVersions.isEmpty()) {
            String group = RemovedApis.group(apiVersion);
            return "no schema for " + apiVersion + " " + kind + ": its CustomResourceDefinition serves "
                    + crdVersions.stream().map(v -> group + "/" + v).collect(Collectors.joining(", "));
        }
        return prefix + "if it is a custom resource, give its CustomResourceDefinition with --crd FILE, or its"
                + " JSON schema with --schema-location DIR";
    }
}
