package dev.podlint.schemas.generator;

import java.util.List;
import java.util.Set;

/**
 * Fields the OpenAPI document marks required whose absence the API server's create validation of a
 * Kubernetes minor accepts, so they are not required in that minor's bundled schema: a missing string
 * or number decodes to Go's zero value and validation takes it ({@code validateTokenRequests} only
 * compares audiences), a missing list or struct is just empty ({@code ValidateLimitRange} loops over
 * no limits), or validation checks the field only where it applies (a claim's {@code dataSource}
 * without {@code dataSourceRef} is dropped unless it names a claim or a snapshot), which the rules
 * then check. Read from {@code unenforced-required-fields.tsv}, kept by hand: each line names the Go
 * function that shows it, and the oracle harness drops every such field a seed holds and checks that
 * the Kubernetes 1.36 code accepts the object.
 */
final class UnenforcedRequiredFields {

    static final String RESOURCE = "/dev/podlint/schemas/generator/unenforced-required-fields.tsv";

    private static final FieldTable TABLE = new FieldTable(RESOURCE);

    private UnenforcedRequiredFields() {}

    static List<FieldTable.Entry> entries() {
        return TABLE.entries();
    }

    /** The JSON names of {@code definition} that validation does not require in Kubernetes {@code minor}. */
    static Set<String> of(String minor, String definition) {
        return TABLE.of(minor, definition);
    }
}
