package dev.podlint.validation;

import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An {@code intstr.IntOrString} field as apps/validation reads it (maxSurge, maxUnavailable). */
record IntOrPercent(@Nullable Long number, @Nullable String text) {

    /** The field's value, or null when absent, null or of another type (a decode error). */
    static @Nullable IntOrPercent of(@Nullable MappingNode parent, String key) {
        Object value = parent == null ? null : parent.get(key);
        if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return new IntOrPercent(l, null);
        }
        return value instanceof String s ? new IntOrPercent(null, s) : null;
    }

    /** The defaults of apps/v1: 25% (Deployment), 1 and 0 (DaemonSet). */
    static final IntOrPercent PERCENT_25 = new IntOrPercent(null, "25%");

    static final IntOrPercent ONE = new IntOrPercent(1L, null);
    static final IntOrPercent ZERO = new IntOrPercent(0L, null);

    /** util/validation IsValidPercent: {@code [0-9]+%}. */
    boolean isPercent() {
        if (text == null || text.length() < 2 || !text.endsWith("%")) {
            return false;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** ValidatePositiveIntOrPercent: what is wrong, or null. */
    @Nullable
    String problem() {
        if (number != null) {
            return number < 0 ? "must be greater than or equal to 0" : null;
        }
        return isPercent()
                ? null
                : Quoted.quote(Objects.requireNonNull(text, "no number: a text"))
                        + " is not a valid percentage: write a number followed by '%'"
                        + " (e.g. '25%') or an integer without quotes";
    }

    /** getIntOrPercentValue: the percentage, or the integer (a non-percent string counts as strconv.Atoi of it). */
    long value() {
        if (number != null) {
            return number;
        }
        String t = Objects.requireNonNull(text, "no number: a text");
        String digits = isPercent() ? t.substring(0, t.length() - 1) : t;
        try {
            return Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** IsNotMoreThan100Percent. */
    boolean over100Percent() {
        return isPercent() && value() > 100;
    }

    @Override
    public @Nullable String toString() {
        return number != null ? number.toString() : text;
    }
}
