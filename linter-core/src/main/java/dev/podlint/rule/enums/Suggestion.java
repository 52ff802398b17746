package dev.podlint.rule.enums;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The accepted value a wrong one most likely meant: same letters in another case or spelling, or a typo. */
final class Suggestion {

    private Suggestion() {}

    /** The value of {@code accepted} that {@code written} is a near miss of, or null. */
    static @Nullable String closest(String written, List<String> accepted) {
        String key = normalized(written);
        for (String candidate : accepted) {
            if (normalized(candidate).equals(key)) {
                return candidate; // always -> Always, cluster-first -> ClusterFirst
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : accepted) {
            int distance = distance(key, normalized(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = key.length() < 6 ? 1 : 2;
        return bestDistance <= allowed && key.length() > 2 ? best : null;
    }

    private static String normalized(String s) {
        return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
