package dev.podlint.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PodPreset example of the Kubernetes docs (preset {@code allow-database}),
 * kept once in the repository's testdata/presets/docs-example/.
 */
final class DocsExample {

    static final String ALLOW_DATABASE = read("allow-database.yaml");

    private DocsExample() {}

    private static String read(String name) {
        Path root = Path.of(System.getProperty("podlint.repoRoot", ".."))
                .toAbsolutePath()
                .normalize();
        try {
            return Files.readString(
                            root.resolve("testdata/presets/docs-example").resolve(name))
                    .replaceAll(" *# expect:.*", ""); // the fixture's own expectations, not part of the manifest
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
