package dev.podlint.validation;

import dev.podlint.check.FindingSink;
import dev.podlint.source.Document;

/** Reports one rule's findings about one document: at a node, or at the key a node sits under. */
final class Findings {

    private static final int MAX_QUOTED = 120;

    private final String rule;
    private final Document document;
    private final FindingSink sink;

    Findings(String rule, Document document, FindingSink sink) {
        this.rule = rule;
        this.document = document;
        this.sink = sink;
    }

    /** At the node of {@code pointer} (relative to the object), or the mapping that should hold it. */
    void at(String pointer, String message) {
        sink.report(rule, document, pointer, document.spanOf(pointer), message);
    }

    /** A value as a message quotes it: in quotes, cut short when long, so that a message stays a message. */
    static String quote(String value) {
        if (value.length() <= MAX_QUOTED) {
            return "'" + value + "'";
        }
        int cut = MAX_QUOTED - 20;
        if (Character.isHighSurrogate(value.charAt(cut - 1))) {
            cut--;
        }
        return "'" + value.substring(0, cut) + "...' (" + value.length() + " characters)";
    }

    /** At the key of the node of {@code pointer}. */
    void atKey(String pointer, String message) {
        sink.report(rule, document, pointer, document.keySpanOf(pointer), message);
    }
}
