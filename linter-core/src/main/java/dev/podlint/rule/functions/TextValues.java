package dev.podlint.rule.functions;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Heuristics about Secret values that answer "is this text?" without ever returning the value:
 * whether a value that is not base64 was meant as plain text, whether decoded bytes are text, and
 * whether a key's name says its value is text.
 */
final class TextValues {

    /** Longer values that fail base64 are taken for damaged base64 (a certificate, a key), not a password. */
    static final int PLAIN_TEXT_MAX = 64;

    /**
     * The last word of a key name that says the value is text: credentials and connection settings
     * people write by hand. Decided by the last word, so {@code keystore.password} is text and
     * {@code keystore.jks} or {@code tls.key} are not considered.
     */
    private static final Set<String> TEXT_WORDS = Set.of(
            "password",
            "passwd",
            "pass",
            "pwd",
            "passphrase",
            "user",
            "username",
            "login",
            "port",
            "host",
            "hostname",
            "url",
            "uri",
            "endpoint",
            "dsn",
            "database",
            "db",
            "dbname",
            "email",
            "address",
            "txt");

    private TextValues() {}

    /**
     * Whether {@code text} (not valid base64, line breaks removed) looks like plain text rather than
     * base64 with a grammar slip: a character no base64 alphabet has, a length no base64 can have, or,
     * for a short value, bytes that are not text even after adding padding and mapping the URL-safe
     * alphabet. A value that only its spaces or tabs break is a folded block, not plain text.
     */
    static boolean looksPlain(String text) {
        String noBlanks = text.replace(" ", "").replace("\t", "");
        if (noBlanks.length() != text.length() && decodes(noBlanks)) {
            return false;
        }
        String core = stripTrailing(noBlanks, '=');
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            boolean alphabet = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '+'
                    || c == '/'
                    || c == '-'
                    || c == '_';
            if (!alphabet) {
                return true; // '=' inside, '.', '@', '!', ':' and the like
            }
        }
        if (core.length() % 4 == 1) {
            return true;
        }
        byte @Nullable [] bytes = decodeRepaired(core);
        return text.length() <= PLAIN_TEXT_MAX && (bytes == null || !isText(bytes));
    }

    /** Go's StdEncoding grammar: the JDK's decoder also takes unpadded input, so the length is checked too. */
    private static boolean decodes(String text) {
        if (text.length() % 4 != 0) {
            return false;
        }
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte @Nullable [] decodeRepaired(String core) {
        String std = core.replace('-', '+').replace('_', '/');
        try {
            return Base64.getDecoder().decode(std + "=".repeat((4 - std.length() % 4) % 4));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String stripTrailing(String s, char c) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == c) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Valid UTF-8 without control characters other than tab, CR and LF. */
    static boolean isText(byte[] bytes) {
        String s;
        try {
            s = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Whether the last word of {@code key} (split at '.', '-', '_' and camelCase) says its value is text. */
    static boolean textKey(String key) {
        List<String> words = words(key);
        return !words.isEmpty() && TEXT_WORDS.contains(words.get(words.size() - 1));
    }

    private static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        for (String part : key.split("[^A-Za-z0-9]+", -1)) {
            for (String word : part.split("(?<=[a-z0-9])(?=[A-Z])", -1)) {
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}
