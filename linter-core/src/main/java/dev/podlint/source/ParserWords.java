package dev.podlint.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML parser's message without the source text it quotes: the character it stopped at, an escape,
 * a tag handle or URI. That text may be part of a Secret's value, and before the parse ends nobody
 * knows whether it is; the message keeps the parser's words and its token names ({@code '<scalar>'},
 * {@code '}'}), and the position says where to look.
 */
final class ParserWords {

    /** What the parser names when it quotes a token kind rather than source text. */
    private static final Pattern TOKEN_NAME = Pattern.compile("'(<[a-z ]+>|[\\[\\]{},?:-])'");

    private static final Pattern CANNOT_START = Pattern.compile("found character .* that cannot start any token.*");

    /** A phrase followed by source text up to the end of the message. */
    private static final Pattern QUOTING =
            Pattern.compile("(but found:?|found undefined tag handle|found duplicate tag handle|duplicate tag handle"
                    + "|found unknown escape character|unexpected character found|expected URI in UTF-8:"
                    + "|cannot represent a valid version:)\\s*(.*)");

    private ParserWords() {}

    static String withoutSourceText(String message) {
        String m = CANNOT_START.matcher(message).replaceAll("found a character that cannot start any token");
        Matcher quoting = QUOTING.matcher(m);
        if (quoting.find() && !TOKEN_NAME.matcher(quoting.group(2)).matches()) {
            String phrase = quoting.group(1);
            String replacement =
                    phrase.startsWith("but found") ? "but found another character" : phrase.replace(":", "");
            m = m.substring(0, quoting.start()) + replacement;
        }
        return m;
    }
}
