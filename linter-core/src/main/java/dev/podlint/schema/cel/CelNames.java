package dev.podlint.schema.cel;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a property name of a structural schema is written in a CEL rule (k8s.io/apiserver/pkg/cel
 * Escape): CEL's reserved words as {@code __word__}, and {@code __}, {@code .}, {@code -} and
 * {@code /} as {@code __underscores__}, {@code __dot__}, {@code __dash__} and {@code __slash__}.
 */
final class CelNames {

    private static final Set<String> RESERVED = Set.of(
            "true",
            "false",
            "null",
            "in",
            "as",
            "break",
            "const",
            "continue",
            "else",
            "for",
            "function",
            "if",
            "import",
            "let",
            "loop",
            "package",
            "namespace",
            "return",
            "var",
            "void",
            "while");

    private CelNames() {}

    /** The name a rule uses for property {@code name}, or null when a rule cannot name it. */
    static @Nullable String escape(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return null;
        }
        if (RESERVED.contains(name)) {
            return "__" + name + "__";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' && i + 1 < name.length() && name.charAt(i + 1) == '_') {
                out.append("__underscores__");
                i++;
            } else if (c == '.') {
                out.append("__dot__");
            } else if (c == '-') {
                out.append("__dash__");
            } else if (c == '/') {
                out.append("__slash__");
            } else if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
                out.append(c);
            } else {
                return null;
            }
        }
        return out.toString();
    }
}
