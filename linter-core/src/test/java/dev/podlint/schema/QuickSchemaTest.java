package dev.podlint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.fixtures.TestPaths;
import dev.podlint.source.Document;
import dev.podlint.source.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The quick check must never accept an object the full validator rejects: over every fixture (many
 * schema errors) and the shared corpus when present, for an old and the newest Kubernetes version.
 */
class QuickSchemaTest {

    @Test
    void neverAcceptsWhatTheFullValidatorRejects() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(TestPaths.testdata()));
        if (TestPaths.sharedAvailable()) {
            roots.add(TestPaths.shared().resolve("corpus"));
        }
        int rejectedByBoth = 0;
        int acceptedQuickly = 0;
        for (String version : new String[] {"1.30", null}) {
            KindSchemas schemas = KindSchemas.create(version, List.of());
            ManifestLoader loader = new ManifestLoader();
            for (Path root : roots) {
                for (Path file : manifests(root)) {
                    for (Document document : loader.load(file.toString(), Files.readAllBytes(file)).documents()) {
                        KindValidator validator = validatorOf(schemas, document);
                        if (validator == null) {
                            continue;
                        }
                        boolean valid = validator.validate(JsonTrees.toJson(document.root())).isEmpty();
                        boolean quick = validator.certainlyValid(document.root());
                        assertThat(!quick || valid).as("quick check accepted %s, which has schema errors", document)
                                .isTrue();
                        rejectedByBoth += valid ? 0 : 1;
                        acceptedQuickly += quick ? 1 : 0;
                    }
                }
            }
        }
        assertThat(rejectedByBoth).as("objects with schema errors among the inputs").isGreaterThan(20);
        assertThat(acceptedQuickly).as("objects the quick check answered").isGreaterThan(20);
    }

    private static KindValidator validatorOf(KindSchemas schemas, Document document) {
        if (document.object() == null || document.apiVersion() == null || document.kind() == null) {
            return null;
        }
        KindResolution resolution = schemas.resolve(document.apiVersion(), document.kind());
        if (resolution instanceof KindResolution.Validated validated) {
            return validated.validator();
        }
        return resolution instanceof KindResolution.Removed removed ? removed.validator() : null;
    }

    private static List<Path> manifests(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        }
    }
}
