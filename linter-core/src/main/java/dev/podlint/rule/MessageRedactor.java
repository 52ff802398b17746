package dev.podlint.rule;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The last guard that no message shows a Secret's value: a message about a Secret has every value
 * of its {@code data} and {@code stringData} (as written, and decoded) replaced by {@code ***}.
 */
final class MessageRedactor {

    /** Shorter values are left alone: they would match ordinary words of the message. */
    private static final int MIN_LENGTH = 4;

    private MessageRedactor() {
    }

    static String redact(Document document, String message) {
        MappingNode object = document.object();
        if (object == null || !"Secret".equals(object.string("kind"))) {
            return message;
        }
        String out = message;
        for (String secret : values(object)) {
            if (secret.length() >= MIN_LENGTH && out.contains(secret)) {
                out = out.replace(secret, "***");
            }
        }
        return out;
    }

    private static List<String> values(MappingNode secret) {
        List<String> values = new ArrayList<>();
        for (String field : List.of("data", "stringData")) {
            if (secret.node(field) instanceof MappingNode map) {
                for (MappingNode.Entry e : map.entries()) {
                    if (e.value().value() != null) {
                        String text = String.valueOf(e.value().value());
                        values.add(text.strip());
                        if (field.equals("data")) {
                            try {
                                values.add(new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8).strip());
                            } catch (IllegalArgumentException notBase64) {
                                // nothing decoded, nothing to hide
                            }
                        }
                    }
                }
            }
        }
        return values;
    }
}
