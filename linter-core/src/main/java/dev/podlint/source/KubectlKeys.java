package dev.podlint.source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Mapping keys as kubectl turns them into JSON object keys: sigs.k8s.io/yaml's
 * {@code convertToJSONableObject} takes the key go-yaml v2 resolved (a string, an int, a float or a
 * bool) and makes a string of it: {@code strconv.Itoa} for ints, {@code FormatFloat(f, 'g', -1, 32)}
 * for floats, {@code "true"}/{@code "false"} for bools. A null key, or an integer only an unsigned
 * 64-bit type holds, has no conversion: kubectl fails with "unsupported map key".
 */
final class KubectlKeys {

    /** A converted key: the JSON name, whether it differs from the text written, or why there is none. */
    record Key(String name, boolean retyped, String problem) {
    }

    private KubectlKeys() {
    }

    static Key convert(ScalarNode key) {
        Object value = key.value();
        String name;
        if (value instanceof String s) {
            return new Key(s, false, null);
        } else if (value == null) {
            return new Key("null", false,
                    "a null key (" + (key.text().isEmpty() ? "an empty key" : key.text())
                            + ") cannot be converted to JSON: kubectl fails with 'unsupported map key'; quote it");
        } else if (value instanceof BigInteger) {
            return new Key(value.toString(), false,
                    "the key " + key.text() + " is an integer over the signed 64-bit range: kubectl fails with"
                            + " 'unsupported map key'; quote it");
        } else if (value instanceof Double d) {
            name = formatFloat32(d);
        } else {
            name = value.toString();
        }
        return new Key(name, !name.equals(key.text()), null);
    }

    /** Go's {@code strconv.FormatFloat(f, 'g', -1, 32)}, with go-yaml's names for the infinities and NaN. */
    static String formatFloat32(double d) {
        float f = (float) d;
        if (Float.isNaN(f)) {
            return ".nan";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? ".inf" : "-.inf";
        }
        if (f == 0) {
            return (Float.floatToRawIntBits(f) < 0) ? "-0" : "0";
        }
        BigDecimal shortest = shortestDigits(f);
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String sign = f < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 6) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.valueOf(Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
        }
        return sign + shortest.abs().stripTrailingZeros().toPlainString();
    }

    /** The fewest significant digits that read back as the same float32. */
    private static BigDecimal shortestDigits(float f) {
        BigDecimal exact = new BigDecimal(f);
        for (int precision = 1; precision < 10; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.floatValue() == f) {
                return rounded.stripTrailingZeros();
            }
        }
        return exact.stripTrailingZeros();
    }
}
