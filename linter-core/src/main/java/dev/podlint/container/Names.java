package dev.podlint.container;

import dev.podlint.rule.functions.LabelFunctions;

/** The apimachinery name formats the container checks use, with what to write instead. */
final class Names {

    private static final LabelFunctions LABELS = new LabelFunctions();

    private Names() {
    }

    /** Why {@code IsDNS1123Label} rejects {@code name}, or null. */
    static String labelProblem(String name) {
        if (name.length() > 63) {
            return "must be no more than 63 characters";
        }
        return isLabel(name) ? null
                : "must be a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or"
                        + " digit (e.g. 'my-name')";
    }

    /** Why {@code IsDNS1123Subdomain} rejects {@code name} (in prefix mode a trailing '-' passes), or null. */
    static String subdomainProblem(String name, boolean prefix) {
        if (name.length() > 253) {
            return "must be no more than 253 characters";
        }
        boolean valid = isSimpleLabel(name) || (prefix ? LABELS.dns1123SubdomainPrefix(name) : LABELS.dns1123Subdomain(name));
        return valid ? null
                : "must be a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', starting and ending with a"
                        + " letter or digit (e.g. 'example.com')";
    }

    /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?}, without a regular expression (every container name is checked). */
    private static boolean isLabel(String name) {
        int n = name.length();
        if (n == 0 || name.charAt(0) == '-' || name.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    static boolean qualifiedName(String name) {
        return LABELS.qualifiedName(name);
    }

    /** The common keys ({@code [-._a-zA-Z0-9]+}, not starting with '.') are valid without a regular expression. */
    static boolean configKey(String key) {
        int n = key.length();
        if (n == 0 || n > 253 || key.charAt(0) == '.') {
            return LABELS.configKey(key);
        }
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** A DNS-1123 label of at most 63 characters is also a DNS-1123 subdomain: the common name, without a regex. */
    private static boolean isSimpleLabel(String name) {
        return name.length() <= 63 && isLabel(name);
    }

    static String quote(Object value) {
        return value instanceof String s ? "\"" + Texts.shorten(s) + "\"" : String.valueOf(value);
    }
}
