package dev.podlint.source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting as Go's strconv does it, for keys and messages that must match kubectl. */
public final class GoNumbers {

    private GoNumbers() {}

    /** {@code strconv.FormatFloat(f, 'g', -1, bitSize)}: the fewest digits that read back as the same float32 or float64. */
    public static String formatFloat(double value, int bitSize) {
        double d = bitSize == 32 ? (float) value : value;
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return Double.doubleToRawLongBits(d) < 0 ? "-0" : "0";
        }
        BigDecimal shortest = shortestDigits(d, bitSize);
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String sign = d < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 6) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.valueOf(Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
        }
        return sign + shortest.abs().stripTrailingZeros().toPlainString();
    }

    private static BigDecimal shortestDigits(double d, int bitSize) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision < 18; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (bitSize == 32 ? rounded.floatValue() == (float) d : rounded.doubleValue() == d) {
                return rounded.stripTrailingZeros();
            }
        }
        return exact.stripTrailingZeros();
    }
}
