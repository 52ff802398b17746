package dev.podlint.schema;

import dev.podlint.source.EditDistance;
import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** "Did you mean": the known name closest to a misspelt one, when it is close enough to be a typo. */
public final class Suggestions {

    private Suggestions() {}

    /** The candidate nearest to {@code written}, or null when none is plausibly what was meant. */
    public static @Nullable String closest(String written, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = candidate.equalsIgnoreCase(written)
                    ? 0
                    : EditDistance.of(written.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best != null && bestDistance <= allowed(written) ? best : null;
    }

    /** One edit for short names, two for names of 6+ characters, three from 12 on. */
    private static int allowed(String written) {
        int length = written.length();
        return length < 6 ? 1 : length < 12 ? 2 : 3;
    }
}
