package dev.podlint.schemas.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tab-separated table of fields per Kubernetes minor, one field a line: definition, JSON name, the Go
 * function that shows why the field is listed, and the minors (comma-separated). Lines starting with
 * {@code #} are comments.
 */
final class FieldTable {

    /**
     * The fields the API server's defaulting code ({@code SetDefaults_*} in {@code pkg/apis/*}{@code
     * /v1*}{@code /defaults.go}) fills in before it validates an object, per Kubernetes minor: such a
     * field is never required, whatever the OpenAPI document says. {@code
     * oracle/defaultedfields/generate.sh} writes the table from the Go sources.
     */
    static final FieldTable DEFAULTED = new FieldTable("/dev/podlint/schemas/generator/defaulted-fields.tsv");

    /**
     * Fields the OpenAPI document marks required whose absence the API server's create validation of
     * a Kubernetes minor accepts, so they are not required in that minor's bundled schema: a missing
     * string or number decodes to Go's zero value and validation takes it ({@code
     * validateTokenRequests} only compares audiences), a missing list or struct is just empty ({@code
     * ValidateLimitRange} loops over no limits), or validation checks the field only where it applies
     * (a claim's {@code dataSource} without {@code dataSourceRef} is dropped unless it names a claim or
     * a snapshot), which the rules then check. Kept by hand: each line names the Go function that
     * shows it, and the oracle harness drops every such field a seed holds and checks that the
     * Kubernetes 1.36 code accepts the object.
     */
    static final FieldTable UNENFORCED_REQUIRED =
            new FieldTable("/dev/podlint/schemas/generator/unenforced-required-fields.tsv");

    /** One line: the field {@code jsonName} of {@code definition}, shown by {@code function} in these minors. */
    record Entry(String definition, String jsonName, String function, Set<String> minors) {}

    private final String resource;
    private final List<Entry> entries;

    private FieldTable(String resource) {
        this.resource = resource;
        this.entries = read(resource);
    }

    String resource() {
        return resource;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The JSON names of {@code definition} the table lists for Kubernetes {@code minor}. */
    Set<String> of(String minor, String definition) {
        return entries.stream()
                .filter(e -> e.definition().equals(definition) && e.minors().contains(minor))
                .map(Entry::jsonName)
                .collect(Collectors.toSet());
    }

    private static List<Entry> read(String resource) {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = FieldTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(resource + ": not 4 tab-separated cells: " + line);
                }
                entries.add(new Entry(cells[0], cells[1], cells[2], Set.of(cells[3].split(","))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}
