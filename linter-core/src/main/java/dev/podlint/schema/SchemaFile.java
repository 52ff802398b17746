package dev.podlint.schema;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One bundled schema file (format: schemas/README.md): the kinds a Kubernetes version serves,
 * keyed {@code <apiVersion>/<Kind>}, naming definitions that all kinds share (each parsed when a kind
 * that reaches it is first resolved).
 */
record SchemaFile(String resourceName, String kubernetesVersion, Map<String, String> kinds, Definitions definitions) {

    static String key(String apiVersion, String kind) {
        return apiVersion + "/" + kind;
    }

    boolean serves(String apiVersion, String kind) {
        return kinds.containsKey(key(apiVersion, kind));
    }

    @Nullable
    String definitionOf(String apiVersion, String kind) {
        return kinds.get(key(apiVersion, kind));
    }
}
