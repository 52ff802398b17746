package dev.podlint.rule.functions;

/** A value as a message quotes it: long values cut short, so that a message stays a message. */
final class Quoted {

    static final int MAX_LENGTH = 120;

    private Quoted() {
    }

    /** {@code text} itself, or its start and how much was left out when it is longer than {@link #MAX_LENGTH}. */
    static String shorten(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int cut = MAX_LENGTH - 20;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "... (" + text.length() + " characters)";
    }
}
