package dev.podlint.schemas.generator;

import java.util.List;
import java.util.Set;

/**
 * The fields the API server's defaulting code ({@code SetDefaults_*} in {@code pkg/apis/*}{@code /v1*}{@code
 * /defaults.go}) fills in before it validates an object, per Kubernetes minor: such a field is never
 * required, whatever the OpenAPI document says. Read from {@code defaulted-fields.tsv}, which
 * {@code oracle/defaultedfields/generate.sh} writes from the Go sources.
 */
final class DefaultedFields {

    static final String RESOURCE = "/dev/podlint/schemas/generator/defaulted-fields.tsv";

    private static final FieldTable TABLE = new FieldTable(RESOURCE);

    private DefaultedFields() {}

    static List<FieldTable.Entry> entries() {
        return TABLE.entries();
    }

    /** The JSON names of {@code definition} that defaulting fills in Kubernetes {@code minor}. */
    static Set<String> of(String minor, String definition) {
        return TABLE.of(minor, definition);
    }
}
