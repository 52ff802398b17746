package dev.podlint.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the schema checks validate against.
 *
 * @param kubernetesVersion the version to validate for (X.Y; a patch selects its minor), or null for
 *                          the newest bundled one
 * @param schemaLocations   folders of extra JSON schemas (custom resources), in kubeconform's layout
 * @param crdPaths          files and folders of CustomResourceDefinitions whose custom resources are
 *                          validated ({@code --crd}), relative to the working directory
 * @param strictKinds       whether a kind without a schema is an error rather than a warning
 */
public record SchemaOptions(
        @Nullable String kubernetesVersion, List<Path> schemaLocations, List<String> crdPaths, boolean strictKinds) {

    public SchemaOptions {
        schemaLocations = List.copyOf(schemaLocations);
        crdPaths = List.copyOf(crdPaths);
    }

    public Optional<String> version() {
        return Optional.ofNullable(kubernetesVersion);
    }
}
