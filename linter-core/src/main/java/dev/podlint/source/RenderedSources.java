package dev.podlint.source;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The template each document of rendered Helm output came from: {@code helm template} writes
 * {@code # Source: CHART/templates/x.yaml} after the {@code ---} that starts each document. A
 * finding in such a document is reported under {@code CHART/templates/x.yaml (rendered)}, at its
 * line in the rendered stream.
 */
public final class RenderedSources {

    /** What a display path of a rendered document ends with. */
    public static final String SUFFIX = " (rendered)";

    private static final Pattern SOURCE = Pattern.compile("^# Source: (\\S(?:.*\\S)?)\\s*$");

    /** From each line on, the template of the document there; null values after a document without one. */
    private final NavigableMap<Integer, @Nullable String> from;

    private RenderedSources(NavigableMap<Integer, @Nullable String> from) {
        this.from = from;
    }

    public static RenderedSources scan(String text) {
        TreeMap<Integer, @Nullable String> from = new TreeMap<>();
        int number = 0;
        boolean any = false;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.startsWith("---")) {
                from.put(number, null);
                continue;
            }
            Matcher m = SOURCE.matcher(line);
            if (m.matches()) {
                from.put(number, m.group(1));
                any = true;
            }
        }
        return new RenderedSources(any ? from : new TreeMap<>());
    }

    public boolean isEmpty() {
        return from.isEmpty();
    }

    /** The display path of the document at a 1-based line: its template's, or null when it names none. */
    public @Nullable String displayPathAt(int line) {
        Map.Entry<Integer, @Nullable String> entry = from.floorEntry(line);
        String template = entry == null ? null : entry.getValue();
        return template == null ? null : template + SUFFIX;
    }

    /** The template path of a display path of a rendered document, the path itself otherwise. */
    public static String templatePath(String displayPath) {
        return displayPath.endsWith(SUFFIX)
                ? displayPath.substring(0, displayPath.length() - SUFFIX.length())
                : displayPath;
    }
}
