package dev.podlint.oracle.mutate;

import java.util.Objects;

/**
 * A scalar and how it is to be written.
 *
 * @param text  the value (for {@link Style#PLAIN}: the exact characters written)
 * @param style how {@link YamlText} writes it
 */
public record YScalar(String text, Style style) implements YNode {

    public YScalar {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    public enum Style {
        /** A string: written plain when that reads back as the same string in YAML 1.1 and 1.2, else quoted. */
        STRING,
        /** Written as is, unquoted: numbers, booleans, null, and YAML 1.1 scalars such as {@code yes} or {@code 0644}. */
        PLAIN,
        /** A string always written in double quotes. */
        QUOTED
    }

    public static YScalar str(String text) {
        return new YScalar(text, Style.STRING);
    }

    public static YScalar plain(String text) {
        return new YScalar(text, Style.PLAIN);
    }

    public static YScalar num(long value) {
        return plain(Long.toString(value));
    }

    public static YScalar quoted(String text) {
        return new YScalar(text, Style.QUOTED);
    }

    public boolean isString() {
        return style != Style.PLAIN;
    }

    @Override
    public YScalar copy() {
        return this;
    }
}
