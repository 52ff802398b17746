package dev.podlint.source;

import java.math.BigInteger;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Go's {@code time.ParseDuration}, for its verdict and error text only. */
public final class GoDuration {

    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(63);
    private static final Map<String, Long> UNITS = Map.of(
            "ns",
            1L,
            "us",
            1_000L,
            "\u00b5s",
            1_000L,
            "\u03bcs",
            1_000L,
            "ms",
            1_000_000L,
            "s",
            1_000_000_000L,
            "m",
            60_000_000_000L,
            "h",
            3_600_000_000_000L);

    private GoDuration() {}

    /** The error ParseDuration returns for {@code text}, or null when it parses. */
    public static @Nullable String problem(String text) {
        String invalid = "time: invalid duration " + GoStrings.quote(text);
        String s = text;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return null;
        }
        if (s.isEmpty()) {
            return invalid;
        }
        BigInteger total = BigInteger.ZERO;
        while (!s.isEmpty()) {
            char c = s.charAt(0);
            if (!(c == '.' || (c >= '0' && c <= '9'))) {
                return invalid;
            }
            int i = 0;
            BigInteger whole = BigInteger.ZERO;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                whole = whole.multiply(BigInteger.TEN).add(BigInteger.valueOf(s.charAt(i) - '0'));
                if (whole.compareTo(LIMIT) > 0) {
                    return invalid;
                }
                i++;
            }
            boolean pre = i > 0;
            boolean post = false;
            double fraction = 0;
            double scale = 1;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int start = i;
                boolean overflow = false;
                long f = 0;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    if (!overflow) {
                        if (f > Long.MAX_VALUE / 10) {
                            overflow = true;
                        } else {
                            f = f * 10 + (s.charAt(i) - '0');
                            scale *= 10;
                        }
                    }
                    i++;
                }
                post = i > start;
                fraction = f;
            }
            if (!pre && !post) {
                return invalid;
            }
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !(s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
                i++;
            }
            if (i == unitStart) {
                return "time: missing unit in duration " + GoStrings.quote(text);
            }
            String unit = s.substring(unitStart, i);
            Long factor = UNITS.get(unit);
            if (factor == null) {
                return "time: unknown unit " + GoStrings.quote(unit) + " in duration " + GoStrings.quote(text);
            }
            BigInteger value = whole.multiply(BigInteger.valueOf(factor));
            if (whole.compareTo(LIMIT.divide(BigInteger.valueOf(factor))) > 0) {
                return invalid;
            }
            if (fraction > 0) {
                value = value.add(BigInteger.valueOf((long) (fraction * (factor / scale))));
                if (value.compareTo(LIMIT) > 0) {
                    return invalid;
                }
            }
            total = total.add(value);
            if (total.compareTo(LIMIT) > 0) {
                return invalid;
            }
            s = s.substring(i);
        }
        if (!negative && total.compareTo(LIMIT.subtract(BigInteger.ONE)) > 0) {
            return invalid;
        }
        return null;
    }
}
