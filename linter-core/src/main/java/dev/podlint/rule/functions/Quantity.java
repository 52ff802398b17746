package dev.podlint.rule.functions;

import dev.podlint.source.LongTextMemo;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A Kubernetes resource quantity ({@code 500m}, {@code 1Gi}, {@code 1e3}) parsed exactly. */
record Quantity(BigDecimal value, Format format) {

    enum Format { DECIMAL_SI, BINARY_SI, DECIMAL_EXPONENT }

    private static final Pattern SYNTAX = Pattern.compile(
            "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");
    private static final String[] BINARY = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    private static final String[] DECIMAL = {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};

    private static final LongTextMemo<Quantity> PARSED = new LongTextMemo<>();

    /** The quantity written as {@code text} (a YAML number also counts), or null when it does not parse. */
    static @Nullable Quantity parse(Object text) {
        if (text == null || text instanceof Boolean || text instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        String s = text instanceof Double d ? BigDecimal.valueOf(d).toPlainString() : text.toString();
        return PARSED.get(s, Quantity::parseText);
    }

    private static @Nullable Quantity parseText(String s) {
        Matcher m = SYNTAX.matcher(s);
        if (!m.matches()) {
            return null;
        }
        BigDecimal number = decimal(m.group(1));
        String suffix = m.group(2) == null ? "" : m.group(2);
        if (suffix.startsWith("e") || suffix.startsWith("E")) {
            int exponent = Integer.parseInt(suffix.substring(1));
            if (Math.abs(exponent) > 100) {
                return null;
            }
            return new Quantity(number.scaleByPowerOfTen(exponent), Format.DECIMAL_EXPONENT);
        }
        for (int i = 1; i < BINARY.length; i++) {
            if (BINARY[i].equals(suffix)) {
                return new Quantity(number.multiply(new BigDecimal(BigInteger.valueOf(1024).pow(i))), Format.BINARY_SI);
            }
        }
        for (int i = 0; i < DECIMAL.length; i++) {
            if (DECIMAL[i].equals(suffix)) {
                return new Quantity(number.scaleByPowerOfTen(3 * (i - 3)), Format.DECIMAL_SI);
            }
        }
        return null;
    }

    /**
     * The value of {@code [+-]digits[.digits]}, exactly. Zeros that only set the scale (leading ones,
     * trailing ones) are counted rather than parsed: BigDecimal's parsing of a long digit string
     * takes time quadratic in its length, and "1" followed by a million zeros is a short number.
     */
    private static BigDecimal decimal(String text) {
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : text.substring(dot + 1);
        boolean negative = whole.startsWith("-");
        if (negative || whole.startsWith("+")) {
            whole = whole.substring(1);
        }
        String digits = whole + fraction;
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        int start = 0;
        while (start < end && digits.charAt(start) == '0') {
            start++;
        }
        if (start == end) {
            return BigDecimal.ZERO;
        }
        int scale = fraction.length() - (digits.length() - end);
        BigDecimal value = new BigDecimal(new BigInteger(digits.substring(start, end)), scale);
        return negative ? value.negate() : value;
    }

    /** The canonical string, as {@code resource.Quantity.String()} writes it (1000m is "1", 1024Ki is "1Mi"). */
    String canonical() {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() == 0) {
            return "0";
        }
        if (format == Format.BINARY_SI && v.scale() <= 0) {
            BigInteger n = v.toBigIntegerExact();
            BigInteger k = BigInteger.valueOf(1024);
            int power = 0;
            while (power < BINARY.length - 1 && n.mod(k).signum() == 0 && n.abs().compareTo(k) >= 0) {
                n = n.divide(k);
                power++;
            }
            if (power > 0) {
                return n + BINARY[power];
            }
        }
        // decimal: the largest power of 1000 (down to nano) that leaves an integer mantissa
        for (int i = DECIMAL.length - 1; i >= 0; i--) {
            BigDecimal mantissa = v.scaleByPowerOfTen(-3 * (i - 3)).stripTrailingZeros();
            if (mantissa.scale() <= 0 && mantissa.abs().compareTo(BigDecimal.ONE) >= 0) {
                String digits = mantissa.toPlainString();
                if (format == Format.DECIMAL_EXPONENT) {
                    int exponent = 3 * (i - 3);
                    return exponent == 0 ? digits : digits + "e" + exponent;
                }
                return digits + DECIMAL[i];
            }
        }
        // below a nano: Kubernetes rounds up to 1n
        return "1n";
    }
}
