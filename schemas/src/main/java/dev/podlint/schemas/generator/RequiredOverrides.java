package dev.podlint.schemas.generator;

import java.util.Map;
import java.util.Set;

/**
 * Fields client-java marks required that the API server does not require, by definition name.
 *
 * <p>client-java's required fields are the OpenAPI {@code required} lists of the Kubernetes API, which is what
 * podlint follows; an entry here is only for a field whose omission the API server accepts although the
 * client marks it required. Each entry says why.
 */
final class RequiredOverrides {

    /** Definition name → JSON names that are not required after all. */
    static final Map<String, Set<String>> NOT_REQUIRED = Map.of();

    private RequiredOverrides() {}

    static Set<String> notRequired(String definitionName) {
        return NOT_REQUIRED.getOrDefault(definitionName, Set.of());
    }
}
