package dev.podlint.rule;

import dev.podlint.source.Document;
import dev.podlint.source.SecretValues;
import dev.podlint.source.YamlNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The last guard that no message or pointer shows a Secret's value: a message about a Secret has
 * every value {@link SecretValues} finds (as written, and decoded from {@code data}) replaced by
 * {@code ***}: wherever it occurs when it is {@value #MIN_LENGTH} characters or longer, and as a whole
 * word when shorter (a short value, {@code "913"}, is also a part of ordinary words and numbers).
 * One redactor serves one document: the values are gathered (and decoded) once, on the first
 * message, each distinct value once however many aliases repeat it.
 */
final class MessageRedactor {

    /** Shorter values are replaced only where they stand alone, not inside longer words or numbers. */
    static final int MIN_LENGTH = 4;

    private final Document document;
    private @Nullable List<String> secrets;

    MessageRedactor(Document document) {
        this.document = document;
    }

    String redact(String message) {
        if (secrets == null) {
            secrets = secretsOf(document);
        }
        String out = message;
        for (String secret : secrets) {
            if (secret.length() > out.length() || !out.contains(secret)) {
                continue;
            }
            out = secret.length() >= MIN_LENGTH
                    ? out.replace(secret, "***")
                    : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}])")
                            .matcher(out)
                            .replaceAll("***");
        }
        return out;
    }

    /** Whether {@code text} (a pointer, say) shows a value, as {@link #redact} would find it. */
    boolean reveals(String text) {
        return !redact(text).equals(text);
    }

    private static List<String> secretsOf(Document document) {
        List<String> values = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String field : SecretValues.FIELDS) {
            for (YamlNode node : SecretValues.nodes(document, field)) {
                Object value = node.value();
                if (value != null && seen.add(value)) {
                    String text = String.valueOf(value);
                    add(values, text.strip());
                    if (field.equals("data")) {
                        try {
                            add(
                                    values,
                                    new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8).strip());
                        } catch (IllegalArgumentException notBase64) {
                            // nothing decoded, nothing to hide
                        }
                    }
                }
            }
        }
        return values;
    }

    private static void add(List<String> values, String secret) {
        if (!secret.isEmpty()) {
            values.add(secret);
        }
    }
}
