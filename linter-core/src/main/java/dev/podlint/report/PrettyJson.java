package dev.podlint.report;

import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Writes JSON indented as Jackson's default pretty printer does ({@code "key" : value}, two spaces
 * per object level, arrays inline: {@code [ {...}, {...} ]}, empty ones {@code [ ]} and
 * {@code { }}), with Jackson's string escapes. The JSON report is this small vocabulary; writing it
 * directly keeps a JSON library's generator off the path of a short run (a test compares the two
 * outputs).
 */
final class PrettyJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static final int CHUNK = 8192;

    private final Writer out;
    /** Text not yet handed to {@link #out}: a writer may lock or encode on every call. */
    private final StringBuilder buffer = new StringBuilder(CHUNK + 512);

    private char[] chars = new char[CHUNK + 512];
    /** Per open container: whether it is an object, and whether it has a value yet. */
    private final boolean[] object = new boolean[8];

    private final boolean[] filled = new boolean[8];
    private int depth;
    /** Object levels open (arrays are written inline and indent nothing). */
    private int objectDepth;

    PrettyJson(Writer out) {
        this.out = out;
    }

    PrettyJson startObject() {
        beforeValue();
        return open(true, '{');
    }

    PrettyJson startObject(String name) {
        name(name);
        return open(true, '{');
    }

    PrettyJson startArray(String name) {
        name(name);
        return open(false, '[');
    }

    PrettyJson end() throws IOException {
        if (buffer.length() >= CHUNK) {
            flush();
        }
        depth--;
        boolean wasObject = object[depth];
        if (wasObject) {
            objectDepth--;
            if (filled[depth]) {
                newline(objectDepth);
            } else {
                buffer.append(' ');
            }
            buffer.append('}');
        } else {
            buffer.append(' ');
            buffer.append(']');
        }
        return this;
    }

    /**
     * Hands what is written so far to the writer (not flushing the writer itself), as characters: a
     * string would be one more copy of them, and the writer's encoder copies a string's characters
     * into an array of its own.
     */
    void flush() throws IOException {
        int length = buffer.length();
        if (chars.length < length) {
            chars = new char[length];
        }
        buffer.getChars(0, length, chars, 0);
        out.write(chars, 0, length);
        buffer.setLength(0);
    }

    PrettyJson property(String name, @Nullable String value) {
        name(name);
        if (value == null) {
            buffer.append("null");
        } else {
            string(value);
        }
        return this;
    }

    PrettyJson property(String name, long value) {
        name(name);
        buffer.append(Long.toString(value));
        return this;
    }

    PrettyJson property(String name, boolean value) {
        name(name);
        buffer.append(value ? "true" : "false");
        return this;
    }

    private PrettyJson open(boolean isObject, char bracket) {
        buffer.append(bracket);
        if (depth == object.length) {
            throw new IllegalStateException("JSON nested deeper than " + object.length + " levels");
        }
        object[depth] = isObject;
        filled[depth] = false;
        depth++;
        if (isObject) {
            objectDepth++;
        }
        return this;
    }

    /** A value in an array: after "[ " or ", ". */
    private void beforeValue() {
        if (depth == 0) {
            return;
        }
        buffer.append(filled[depth - 1] ? ", " : " ");
        filled[depth - 1] = true;
    }

    private void name(String name) {
        if (filled[depth - 1]) {
            buffer.append(',');
        }
        filled[depth - 1] = true;
        newline(objectDepth);
        string(name);
        buffer.append(" : ");
    }

    private void newline(int level) {
        buffer.append('\n');
        for (int i = 0; i < level; i++) {
            buffer.append("  ");
        }
    }

    private void string(String text) {
        buffer.append('"');
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            buffer.append(text, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> buffer.append("\\\"");
                case '\\' -> buffer.append("\\\\");
                case '\b' -> buffer.append("\\b");
                case '\t' -> buffer.append("\\t");
                case '\f' -> buffer.append("\\f");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> {
                    buffer.append("\\u00");
                    buffer.append(HEX[c >> 4]);
                    buffer.append(HEX[c & 0xF]);
                }
            }
        }
        buffer.append(text, start, text.length());
        buffer.append('"');
    }
}
