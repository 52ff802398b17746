package dev.podlint.validation;

import dev.podlint.rule.functions.Formats;
import org.jspecify.annotations.Nullable;

/** The formats the API server checks object names against (apimachinery's {@code ValidateNameFunc}s). */
enum NameFormat {
    SUBDOMAIN("a DNS-1123 subdomain", true),
    LABEL("a DNS-1123 label", false),
    DNS1035("a DNS-1035 label", false),
    PATH("a path segment", true),
    /** Not stored: the name is not checked. */
    NONE("anything", true);

    private final String description;
    private final boolean dots;

    NameFormat(String description, boolean dots) {
        this.description = description;
        this.dots = dots;
    }

    static NameFormat parse(String text) {
        return switch (text) {
            case "subdomain" -> SUBDOMAIN;
            case "label" -> LABEL;
            case "dns1035" -> DNS1035;
            case "path" -> PATH;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("unknown name format '" + text + "'");
        };
    }

    String description() {
        return description;
    }

    /**
     * What is wrong with {@code name}, or null. {@code prefix}: a generateName, to which the server
     * appends five characters (a trailing '-' is then allowed).
     */
    @Nullable
    String problem(String name, boolean prefix) {
        String value = prefix && this != PATH ? Formats.maskTrailingDash(name) : name;
        return switch (this) {
            case SUBDOMAIN -> Formats.dns1123SubdomainProblem(value);
            case LABEL -> Formats.dns1123LabelProblem(value);
            case DNS1035 -> Formats.dns1035LabelProblem(value);
            case PATH -> Formats.pathSegmentProblem(value, prefix);
            case NONE -> null;
        };
    }

    /** A valid name close to {@code name}, or null when there is none to offer. */
    @Nullable
    String suggestion(String name) {
        if (this == PATH || this == NONE) {
            return null;
        }
        String s = Formats.suggestion(name, dots, this == SUBDOMAIN ? 253 : 63);
        if (s != null && this == DNS1035 && !(s.charAt(0) >= 'a' && s.charAt(0) <= 'z')) {
            s = s.length() < 63 ? "x-" + s : null;
        }
        return s == null || problem(s, false) != null ? null : s;
    }
}
