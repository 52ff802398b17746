package dev.podlint.validation;

import org.jspecify.annotations.Nullable;

/**
 * batch/validation {@code validateIndexesFormat}: a list of indexes and ranges ("1,3-5,7") below
 * the Job's completions, in increasing order; the total number of indexes it names.
 */
record IndexList(long total, @Nullable String error) {

    static IndexList parse(String text, long completions) {
        if (text.isEmpty()) {
            return new IndexList(0, null);
        }
        Long last = null;
        long total = 0;
        for (String interval : text.split(",", -1)) {
            String[] limits = interval.split("-", -1);
            if (limits.length > 2) {
                return new IndexList(
                        0,
                        "the fragment \"" + interval + "\" violates the requirement that an index"
                                + " interval can have at most two parts separated by '-'");
            }
            Long x = atoi(limits[0]);
            if (x == null) {
                return new IndexList(0, "cannot convert string to integer for index: \"" + limits[0] + "\"");
            }
            if (x >= completions) {
                return new IndexList(0, "too large index: \"" + limits[0] + "\"");
            }
            long y = x;
            if (limits.length > 1) {
                Long second = atoi(limits[1]);
                if (second == null) {
                    return new IndexList(0, "cannot convert string to integer for index: \"" + limits[1] + "\"");
                }
                if (second >= completions) {
                    return new IndexList(0, "too large index: \"" + limits[1] + "\"");
                }
                if (x >= second) {
                    return new IndexList(0, "non-increasing order, previous: " + x + ", current: " + second);
                }
                y = second;
            }
            if (last != null && last >= x) {
                return new IndexList(0, "non-increasing order, previous: " + last + ", current: " + x);
            }
            total += y - x + 1;
            last = y;
        }
        return new IndexList(total, null);
    }

    /** Go's {@code strconv.Atoi}: an optional sign, then decimal digits, in the 64-bit range. */
    static @Nullable Long atoi(String s) {
        int start = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        if (start == s.length()) {
            return null;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return Long.parseLong(s.charAt(0) == '+' ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
