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
    static final Map<String, Set<String>> NOT_REQUIRED = Map.of(
            // Kubernetes 1.27's Go type has +optional but no omitempty, so its OpenAPI document (and
            // client-java-api 19) lists it as required; validatePodFailurePolicyRule wants exactly one of
            // onExitCodes and onPodConditions. 1.28 added omitempty.
            "io.k8s.api.batch.v1.PodFailurePolicyRule", Set.of("onPodConditions"));

    private RequiredOverrides() {}

    static Set<String> notRequired(String definitionName) {
        return NOT_REQUIRED.getOrDefault(definitionName, Set.of());
    }
}
