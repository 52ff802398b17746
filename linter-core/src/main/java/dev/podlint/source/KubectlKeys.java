package dev.podlint.source;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Mapping keys as kubectl turns them into JSON object keys: sigs.k8s.io/yaml's
 * {@code convertToJSONableObject} takes the key go-yaml v2 resolved (a string, an int, a float or a
 * bool) and makes a string of it: {@code strconv.Itoa} for ints, {@code FormatFloat(f, 'g', -1, 32)}
 * for floats, {@code "true"}/{@code "false"} for bools. A null key, or an integer only an unsigned
 * 64-bit type holds, has no conversion: kubectl fails with "unsupported map key".
 */
final class KubectlKeys {

    /** A converted key: the JSON name, whether it differs from the text written, or why there is none. */
    record Key(String name, boolean retyped, @Nullable String problem) {}

    private KubectlKeys() {}

    static Key convert(ScalarNode key) {
        Object value = key.value();
        String name;
        if (value instanceof String s) {
            return new Key(s, false, null);
        } else if (value == null) {
            return new Key(
                    "null",
                    false,
                    "a null key (" + (key.text().isEmpty() ? "an empty key" : key.text())
                            + ") cannot be converted to JSON: kubectl fails with 'unsupported map key'; quote it");
        } else if (value instanceof BigInteger) {
            return new Key(
                    value.toString(),
                    false,
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
        return GoNumbers.formatFloat(f, 32);
    }
}
