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
        return LABELS.dns1123Label(name) ? null
                : "must be a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or"
                        + " digit (e.g. 'my-name')";
    }

    /** Why {@code IsDNS1123Subdomain} rejects {@code name} (in prefix mode a trailing '-' passes), or null. */
    static String subdomainProblem(String name, boolean prefix) {
        if (name.length() > 253) {
            return "must be no more than 253 characters";
        }
        boolean valid = prefix ? LABELS.dns1123SubdomainPrefix(name) : LABELS.dns1123Subdomain(name);
        return valid ? null
                : "must be a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', starting and ending with a"
                        + " letter or digit (e.g. 'example.com')";
    }

    static boolean qualifiedName(String name) {
        return LABELS.qualifiedName(name);
    }

    static boolean configKey(String key) {
        return LABELS.configKey(key);
    }

    static String quote(Object value) {
        return value instanceof String s ? "\"" + Texts.shorten(s) + "\"" : String.valueOf(value);
    }
}
