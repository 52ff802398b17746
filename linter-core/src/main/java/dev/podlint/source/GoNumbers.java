package dev.podlint.source;

import java.math.BigDecimal;

/** Number formatting as Go's strconv does it, for keys and messages that must match kubectl. */
public final class GoNumbers {

    private GoNumbers() {
    }

    /** {@code strconv.FormatFloat(f, 'g', -1, 64)}, closely enough for keys and messages. */
    public static String formatFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            return new BigDecimal(d).toPlainString();
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toString().replace("E+", "e+").replace("E-", "e-");
    }
}
