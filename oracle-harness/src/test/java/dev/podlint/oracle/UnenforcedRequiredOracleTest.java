package dev.podlint.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema generator's unenforced-required-fields.tsv against the Kubernetes code: every field it
 * lists for 1.36 is left out of an object in testdata/schema/unenforced-required*.yaml (a
 * "# without DEFINITION.FIELD" line above it), and the oracle accepts every one of those objects.
 * Skipped without go (see {@link Oracle}).
 */
class UnenforcedRequiredOracleTest {

    private static final String TABLE =
            "schemas/src/main/resources/dev/podlint/schemas/generator/" + "unenforced-required-fields.tsv";

    @Test
    void kubernetesAcceptsTheObjectsWithoutEachListedField() throws Exception {
        Path repo = OracleDifferentialTest.repoRoot();
        Oracle oracle = Oracle.locate(repo);
        List<Path> fixtures = List.of(
                repo.resolve("testdata/schema/unenforced-required.yaml"),
                repo.resolve("testdata/schema/unenforced-required-sleep.yaml"));
        Path out = repo.resolve("oracle-harness/target/unenforced-required");
        List<OracleObject> objects = oracle.start(fixtures, out.resolve("oracle.jsonl"), out.resolve("oracle.stderr"))
                .objects();

        StringBuilder text = new StringBuilder();
        for (Path fixture : fixtures) {
            text.append(Files.readString(fixture, StandardCharsets.UTF_8));
        }
        List<String> withoutExample = new ArrayList<>();
        for (String line : Files.readAllLines(repo.resolve(TABLE), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            if (line.startsWith("#")
                    || cells.length != 4
                    || !List.of(cells[3].split(",", -1)).contains("1.36")) {
                continue;
            }
            if (!text.toString().contains("# without " + cells[0] + "." + cells[1] + " (")) {
                withoutExample.add(cells[0] + "." + cells[1]);
            }
        }
        assertThat(withoutExample)
                .as("fields of %s that no object of the fixtures leaves out", TABLE)
                .isEmpty();
        assertThat(objects).hasSize(8);
        assertThat(objects)
                .as("objects the Kubernetes 1.36 code rejects although they only leave out a listed field")
                .allMatch(o -> o.supported() && Boolean.TRUE.equals(o.accepted()));
    }
}
