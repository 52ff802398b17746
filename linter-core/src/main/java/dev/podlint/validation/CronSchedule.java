package dev.podlint.validation;

import dev.podlint.source.GoDuration;
import dev.podlint.source.GoStrings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * robfig/cron v3.0.1 {@code ParseStandard}, the parser the API server validates a CronJob's schedule
 * with: five fields (minute, hour, day of month, month, day of week) or a descriptor ({@code @hourly},
 * {@code @every 1h30m}, ...), after an optional {@code TZ=}/{@code CRON_TZ=} prefix. Only the verdict
 * and the error text are kept.
 */
final class CronSchedule {

    private record Bounds(int min, int max, @Nullable Map<String, Integer> names) {}

    private static final Bounds MINUTES = new Bounds(0, 59, null);
    private static final Bounds HOURS = new Bounds(0, 23, null);
    private static final Bounds DOM = new Bounds(1, 31, null);
    private static final Bounds MONTHS = new Bounds(
            1,
            12,
            Map.ofEntries(
                    Map.entry("jan", 1),
                    Map.entry("feb", 2),
                    Map.entry("mar", 3),
                    Map.entry("apr", 4),
                    Map.entry("may", 5),
                    Map.entry("jun", 6),
                    Map.entry("jul", 7),
                    Map.entry("aug", 8),
                    Map.entry("sep", 9),
                    Map.entry("oct", 10),
                    Map.entry("nov", 11),
                    Map.entry("dec", 12)));
    private static final Bounds DOW =
            new Bounds(0, 6, Map.of("sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5, "sat", 6));
    private static final Bounds[] FIELDS = {MINUTES, HOURS, DOM, MONTHS, DOW};

    private static final List<String> DESCRIPTORS =
            List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");

    private CronSchedule() {}

    /** The parser's error for {@code spec}, or null when it parses. */
    static @Nullable String problem(String spec) {
        if (spec.isEmpty()) {
            return "empty spec string";
        }
        String s = spec;
        if (s.startsWith("TZ=") || s.startsWith("CRON_TZ=")) {
            int space = s.indexOf(' ');
            int eq = s.indexOf('=');
            if (space < 0) {
                return "invalid schedule format: runtime error: slice bounds out of range [:-1]";
            }
            String location = s.substring(eq + 1, space);
            String problem = TimeZones.loadProblem(location);
            if (problem != null) {
                return "provided bad location " + location + ": " + problem;
            }
            s = GoStrings.trimSpace(s.substring(space));
        }
        if (s.startsWith("@")) {
            return descriptorProblem(s);
        }
        List<String> fields = GoStrings.fields(s);
        if (fields.size() != FIELDS.length) {
            return "expected exactly 5 fields, found " + fields.size() + ": [" + String.join(" ", fields) + "]";
        }
        for (int i = 0; i < FIELDS.length; i++) {
            String problem = fieldProblem(fields.get(i), FIELDS[i]);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static @Nullable String descriptorProblem(String descriptor) {
        if (DESCRIPTORS.contains(descriptor)) {
            return null;
        }
        if (descriptor.startsWith("@every ")) {
            String problem = GoDuration.problem(descriptor.substring("@every ".length()));
            return problem == null ? null : "failed to parse duration " + descriptor + ": " + problem;
        }
        return "unrecognized descriptor: " + descriptor;
    }

    /** getField: comma-separated ranges (empty ones skipped, as strings.FieldsFunc does). */
    private static @Nullable String fieldProblem(String field, Bounds bounds) {
        for (String range : field.split(",", -1)) {
            if (!range.isEmpty()) {
                String problem = rangeProblem(range, bounds);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    /** getRange: {@code number | number "-" number ["/" number]}, '*' or '?' for the whole range. */
    private static @Nullable String rangeProblem(String expr, Bounds r) {
        String[] rangeAndStep = expr.split("/", -1);
        String[] lowAndHigh = rangeAndStep[0].split("-", -1);
        boolean single = lowAndHigh.length == 1;
        long start;
        long end;
        if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
            start = r.min;
            end = r.max;
        } else {
            Object low = intOrName(lowAndHigh[0], r.names);
            if (low instanceof String error) {
                return error;
            }
            start = (Long) low;
            if (lowAndHigh.length == 1) {
                end = start;
            } else if (lowAndHigh.length == 2) {
                Object high = intOrName(lowAndHigh[1], r.names);
                if (high instanceof String error) {
                    return error;
                }
                end = (Long) high;
            } else {
                return "too many hyphens: " + expr;
            }
        }
        long step;
        if (rangeAndStep.length == 1) {
            step = 1;
        } else if (rangeAndStep.length == 2) {
            Object parsed = mustParseInt(rangeAndStep[1]);
            if (parsed instanceof String error) {
                return error;
            }
            step = (Long) parsed;
            if (single) {
                end = r.max;
            }
        } else {
            return "too many slashes: " + expr;
        }
        if (start < r.min) {
            return "beginning of range (" + start + ") below minimum (" + r.min + "): " + expr;
        }
        if (end > r.max) {
            return "end of range (" + end + ") above maximum (" + r.max + "): " + expr;
        }
        if (start > end) {
            return "beginning of range (" + start + ") beyond end of range (" + end + "): " + expr;
        }
        if (step == 0) {
            return "step of range should be a positive number: " + expr;
        }
        return null;
    }

    /** parseIntOrName: a Long, or the error text. */
    private static Object intOrName(String expr, @Nullable Map<String, Integer> names) {
        if (names != null) {
            Integer named = names.get(expr.toLowerCase(Locale.ROOT));
            if (named != null) {
                return (long) named;
            }
        }
        return mustParseInt(expr);
    }

    /** mustParseInt: strconv.Atoi, then no negatives; a Long, or the error text. */
    private static Object mustParseInt(String expr) {
        Long value = IndexList.atoi(expr);
        if (value == null) {
            boolean digits = !expr.isEmpty();
            for (int i = (expr.startsWith("+") || expr.startsWith("-")) ? 1 : 0; i < expr.length(); i++) {
                digits &= expr.charAt(i) >= '0' && expr.charAt(i) <= '9';
            }
            String why = digits && expr.length() > 1 ? "value out of range" : "invalid syntax";
            return "failed to parse int from " + expr + ": strconv.Atoi: parsing " + GoStrings.quote(expr) + ": " + why;
        }
        if (value < 0) {
            return "negative number (" + value + ") not allowed: " + expr;
        }
        return value;
    }
}
