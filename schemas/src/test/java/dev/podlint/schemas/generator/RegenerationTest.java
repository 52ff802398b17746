package dev.podlint.schemas.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed schemas are exactly what the generator writes from the client jars now. */
class RegenerationTest {

    @Test
    void committedSchemasEqualAFreshRegeneration(@TempDir Path out) throws IOException {
        List<Path> generated = SchemaGenerator.generate(TestPaths.clientJars(), out);

        try (Stream<Path> committed = Files.list(TestPaths.committedSchemas())) {
            assertThat(committed.map(p -> p.getFileName().toString()).sorted())
                    .as("files in the committed schema folder")
                    .containsExactlyElementsOf(generated.stream()
                            .map(p -> p.getFileName().toString())
                            .sorted()
                            .toList());
        }
        for (Path fresh : generated) {
            Path committed = TestPaths.committedSchemas().resolve(fresh.getFileName());
            assertThat(Files.readAllBytes(committed))
                    .as(
                            "%s differs from a fresh regeneration: run mvn -pl schemas -Pregenerate-schemas process-classes",
                            committed)
                    .isEqualTo(Files.readAllBytes(fresh));
        }
    }
}
