package dev.podlint.schemas.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the tests find the client jars, the committed schemas and the shared corpus. */
final class TestPaths {

    private TestPaths() {}

    /** The module folder (surefire runs tests there). */
    static Path module() {
        return Path.of("").toAbsolutePath();
    }

    static Path clientJars() {
        return Path.of(System.getProperty(
                "podlint.clientJars", module().resolve("target/client-jars").toString()));
    }

    static Path committedSchemas() {
        return Path.of(System.getProperty(
                "podlint.committedSchemas",
                module().resolve("src/main/resources/dev/podlint/schemas/kubernetes")
                        .toString()));
    }

    /**
     * The shared folder beside the repository ({@code ../shared} from the repository root), or the
     * {@code podlint.shared} system property; skips the calling test when it is absent.
     */
    static Path sharedOrSkip() {
        String property = System.getProperty("podlint.shared");
        Path shared =
                property != null ? Path.of(property) : module().getParent().resolveSibling("shared");
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("corpus")), "no shared corpus at " + shared);
        return shared;
    }
}
