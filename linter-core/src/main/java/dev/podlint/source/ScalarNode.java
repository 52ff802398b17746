package dev.podlint.source;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A scalar as kubectl reads it: {@code value} is a String, Boolean, Long, BigInteger, Double or
 * null; {@code text} is the scalar's text as written (after YAML unescaping, before typing).
 */
public record ScalarNode(
        Span span, String text, ScalarType type, @Nullable Object value, boolean plain) implements YamlNode {

    public ScalarNode {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    public static ScalarNode string(Span span, String text, boolean plain) {
        return new ScalarNode(span, text, ScalarType.STRING, text, plain);
    }

    @Override
    public String jsonType() {
        return type.jsonType();
    }

    public boolean isString() {
        return value instanceof String;
    }
}
