package dev.podlint.container;

import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import org.jspecify.annotations.Nullable;

/** The apimachinery name formats the container checks use, with what to write instead. */
final class Names {

    private Names() {}

    /** Why {@code IsDNS1123Label} rejects {@code name}, or null. */
    static @Nullable String labelProblem(String name) {
        if (name.length() > 63) {
            return "must be no more than 63 characters";
        }
        return Formats.isDns1123Label(name)
                ? null
                : "must be a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or"
                        + " digit (e.g. 'my-name')";
    }

    /** Why {@code IsDNS1123Subdomain} rejects {@code name} (in prefix mode a trailing '-' passes), or null. */
    static @Nullable String subdomainProblem(String name, boolean prefix) {
        if (name.length() > 253) {
            return "must be no more than 253 characters";
        }
        return Formats.isDns1123Subdomain(prefix ? Formats.maskTrailingDash(name) : name)
                ? null
                : "must be a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', starting and ending with a"
                        + " letter or digit (e.g. 'example.com')";
    }

    static String quote(@Nullable Object value) {
        return value instanceof String s ? "\"" + Quoted.shorten(s) + "\"" : String.valueOf(value);
    }
}
