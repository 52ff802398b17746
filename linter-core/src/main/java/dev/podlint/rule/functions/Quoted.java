package dev.podlint.rule.functions;

/** A value as a message quotes it: long values cut short, so that a message stays a message. */
public final class Quoted {

    static final int MAX_LENGTH = 120;

    private Quoted() {}

    /** {@code text} itself, or its start and how much was left out when it is longer than {@link #MAX_LENGTH}. */
    public static String shorten(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        return text.substring(0, cut(text)) + "... (" + text.length() + " characters)";
    }

    /** {@code value} in single quotes, cut short as {@link #shorten} does with the length after the closing quote. */
    public static String quote(String value) {
        if (value.length() <= MAX_LENGTH) {
            return "'" + value + "'";
        }
        return "'" + value.substring(0, cut(value)) + "...' (" + value.length() + " characters)";
    }

    /** Where a long text is cut: never between the two halves of a surrogate pair. */
    private static int cut(String text) {
        int cut = MAX_LENGTH - 20;
        return Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut;
    }
}
