package dev.podlint.config;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The kinds a run skips (no schema or rule finding) or rejects (one error, and nothing else checked), as
 * kubeconform's {@code -skip} and {@code -reject} take them: an entry is a kind ({@code Secret}) or an
 * apiVersion and kind ({@code v1/Secret}, {@code apps/v1/Deployment}), compared exactly; skipping
 * wins over rejecting.
 */
public record KindFilter(Set<String> skip, Set<String> reject) {

    public static final KindFilter NONE = new KindFilter(Set.of(), Set.of());

    public KindFilter {
        skip = Set.copyOf(skip);
        reject = Set.copyOf(reject);
    }

    /** The entries of a comma-separated list, blanks dropped (kubeconform's splitCSV). */
    public static Set<String> entries(String csv) {
        Set<String> out = new LinkedHashSet<>();
        for (String entry : csv.split(",", -1)) {
            String kind = entry.strip();
            if (!kind.isEmpty()) {
                out.add(kind);
            }
        }
        return out;
    }

    public boolean skips(@Nullable String apiVersion, @Nullable String kind) {
        return matches(skip, apiVersion, kind);
    }

    public boolean rejects(@Nullable String apiVersion, @Nullable String kind) {
        return !skips(apiVersion, kind) && matches(reject, apiVersion, kind);
    }

    private static boolean matches(Set<String> entries, @Nullable String apiVersion, @Nullable String kind) {
        if (entries.isEmpty() || kind == null) {
            return false;
        }
        return entries.contains(kind) || (apiVersion != null && entries.contains(apiVersion + "/" + kind));
    }
}
