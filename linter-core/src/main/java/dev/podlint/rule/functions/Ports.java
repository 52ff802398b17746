package dev.podlint.rule.functions;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/** Container and probe ports: apimachinery's port number and name rules. */
public final class Ports {

    private Ports() {}

    /** apimachinery {@code IsValidPortName} (IANA_SVC_NAME). */
    public static boolean isName(Object value) {
        return value instanceof String s && Formats.isPortName(s);
    }

    /** apimachinery {@code IsValidPortNum}: an integer in 1..65535. */
    public static boolean isNumber(Object value) {
        BigInteger n = JsonTypes.integer(value);
        return n != null && JsonTypes.between(n, 1, 65535);
    }

    /** Why {@code ValidatePortNumOrName} rejects {@code port}, or null. */
    public static @Nullable String problem(Object port) {
        if (port == null) {
            return "port is required";
        }
        if (JsonTypes.integer(port) != null) {
            return isNumber(port) ? null : "port number must be between 1 and 65535";
        }
        if (port instanceof String s) {
            if (isName(s)) {
                return null;
            }
            if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
                return "port \"" + Quoted.shorten(s)
                        + "\" is a quoted number, which makes it a port name, and a port name must "
                        + "contain a letter; write it unquoted";
            }
            return "port name '" + Quoted.shorten(s)
                    + "' is not valid: 1-15 characters of a-z, 0-9 and '-', with a letter, "
                    + "no leading, trailing or double '-'";
        }
        return "port must be a number or a port name, not " + JsonTypes.withArticle(port);
    }
}
