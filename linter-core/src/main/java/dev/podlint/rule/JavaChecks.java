package dev.podlint.rule;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Java checks a rule file may name with {@code check: java:NAME}: for logic an expression cannot
 * hold (across documents, or inside the loader). The rule file keeps all the metadata; the check
 * reports under the rule's id.
 */
public final class JavaChecks {

    /** Name to what runs it; "loader" rules are reported by the manifest loader itself. */
    private static final Map<String, String> KNOWN = Map.of(
            "loader", "dev.podlint.source.ManifestLoader");

    private JavaChecks() {
    }

    public static boolean exists(String name) {
        return KNOWN.containsKey(name);
    }

    public static Set<String> names() {
        return new TreeSet<>(KNOWN.keySet());
    }
}
