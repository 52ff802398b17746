package dev.podlint.container;

import dev.podlint.source.GoStrings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A resource quantity as apimachinery's {@code ParseQuantity} reads it (after
 * {@code strings.TrimSpace}, as {@code Quantity.UnmarshalJSON} does), and its exact value. Go's
 * parser is looser than the documented regular expression: {@code "."}, {@code "-"} and
 * {@code "1."} parse (as 0, 0 and 1), and so does {@code " 1Gi "}.
 */
final class GoQuantity {

    /** {@code math.MaxInt64}: the cap of a binary-SI quantity. */
    private static final BigDecimal MAX_BINARY = new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE));
    private static final String SUFFIX_CHARS = "eEinumkKMGTP";
    /** Exponents beyond this make numbers no manifest means; they are read as invalid. */
    private static final int MAX_EXPONENT = 1000;

    private GoQuantity() {
    }

    /**
     * The value of a quantity written as {@code value} (a string, or a YAML number as kubectl's
     * JSON carries it), or null when the API server cannot decode it. Rounded as the API server
     * stores it: up (away from zero) to nano units, and up again to milli units by the defaulting
     * of resource lists.
     */
    static @Nullable BigDecimal value(@Nullable Object value) {
        BigDecimal parsed = parse(value);
        return parsed == null ? null : roundUp(parsed, 3);
    }

    /** The value as {@code ParseQuantity} leaves it (rounded up to nano units), or null. */
    static @Nullable BigDecimal parse(@Nullable Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? roundUp(BigDecimal.valueOf(d), 9) : null;
        }
        return value instanceof String s ? parseText(GoStrings.trimSpace(s)) : null;
    }

    /** {@code value} rounded away from zero to {@code digits} decimal places. */
    static BigDecimal roundUp(BigDecimal value, int digits) {
        return value.setScale(Math.max(digits, 0), RoundingMode.UP).stripTrailingZeros();
    }

    /** {@code ceil(q)} as Go's {@code Quantity.Value()} returns it (rounded away from zero). */
    static BigInteger ceil(BigDecimal value) {
        return value.setScale(0, RoundingMode.UP).toBigIntegerExact();
    }

    private static @Nullable BigDecimal parseText(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int end = s.length();
        int pos = 0;
        boolean negative = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            negative = s.charAt(0) == '-';
            pos++;
        }
        while (pos < end && s.charAt(pos) == '0') {
            pos++;
        }
        if (pos >= end) {
            return BigDecimal.ZERO;
        }
        int numStart = pos;
        while (pos < end && isDigit(s.charAt(pos))) {
            pos++;
        }
        String num = s.substring(numStart, pos);
        String denom = "";
        if (pos < end && s.charAt(pos) == '.') {
            pos++;
            int denomStart = pos;
            while (pos < end && isDigit(s.charAt(pos))) {
                pos++;
            }
            denom = s.substring(denomStart, pos);
        }
        int suffixStart = pos;
        while (pos < end && SUFFIX_CHARS.indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        if (pos < end && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
            pos++;
        }
        while (pos < end && isDigit(s.charAt(pos))) {
            pos++;
        }
        if (pos < end) {
            return null;
        }
        BigDecimal mantissa = num.isEmpty() && denom.isEmpty() ? BigDecimal.ZERO
                : new BigDecimal((num.isEmpty() ? "0" : num) + (denom.isEmpty() ? "" : "." + denom));
        BigDecimal result = scale(mantissa, s.substring(suffixStart));
        if (result == null) {
            return null;
        }
        return negative ? result.negate() : result;
    }

    private static @Nullable BigDecimal scale(BigDecimal mantissa, String suffix) {
        int decimal = switch (suffix) {
            case "" -> 0;
            case "n" -> -9;
            case "u" -> -6;
            case "m" -> -3;
            case "k" -> 3;
            case "M" -> 6;
            case "G" -> 9;
            case "T" -> 12;
            case "P" -> 15;
            case "E" -> 18;
            default -> Integer.MIN_VALUE;
        };
        if (decimal != Integer.MIN_VALUE) {
            return roundUp(mantissa.scaleByPowerOfTen(decimal), 9);
        }
        int binary = switch (suffix) {
            case "Ki" -> 10;
            case "Mi" -> 20;
            case "Gi" -> 30;
            case "Ti" -> 40;
            case "Pi" -> 50;
            case "Ei" -> 60;
            default -> -1;
        };
        if (binary > 0) {
            BigDecimal v = roundUp(mantissa.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(binary))), 9);
            return v.compareTo(MAX_BINARY) > 0 ? MAX_BINARY : v;
        }
        if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
            String digits = suffix.substring(1);
            if (!digits.matches("[-+]?[0-9]+")) {
                return null;
            }
            try {
                int exponent = Integer.parseInt(digits.startsWith("+") ? digits.substring(1) : digits);
                return Math.abs(exponent) > MAX_EXPONENT ? null : roundUp(mantissa.scaleByPowerOfTen(exponent), 9);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
