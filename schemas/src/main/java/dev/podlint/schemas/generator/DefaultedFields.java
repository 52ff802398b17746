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
 * The fields the API server's defaulting code ({@code SetDefaults_*} in {@code pkg/apis/*}{@code /v1*}{@code
 * /defaults.go}) fills in before it validates an object, per Kubernetes minor: such a field is never
 * required, whatever the OpenAPI document says. Read from {@code defaulted-fields.tsv}, which
 * {@code oracle/defaultedfields/generate.sh} writes from the Go sources.
 */
final class DefaultedFields {

    /** One line: the field {@code jsonName} of {@code definition}, filled by {@code function} in these minors. */
    record Entry(String definition, String jsonName, String function, Set<String> minors) {}

    static final String RESOURCE = "/dev/podlint/schemas/generator/defaulted-fields.tsv";

    private static final List<Entry> ENTRIES = read();

    private DefaultedFields() {}

    static List<Entry> entries() {
        return ENTRIES;
    }

    /** The JSON names of {@code definition} that defaulting fills in Kubernetes {@code minor}. */
    static Set<String> of(String minor, String definition) {
        return ENTRIES.stream()
                .filter(e -> e.definition().equals(definition) && e.minors().contains(minor))
                .map(Entry::jsonName)
                .collect(Collectors.toSet());
    }

    private static List<Entry> read() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = DefaultedFields.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(RESOURCE + ": not 4 tab-separated cells: " + line);
                }
                entries.add(new Entry(cells[0], cells[1], cells[2], Set.of(cells[3].split(","))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}
