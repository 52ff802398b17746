package dev.podlint.oracle.mutate;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link YNode} tree as block-style YAML (or JSON), deciding the quoting itself: a
 * {@link YScalar.Style#STRING} is written plain only when kubectl's YAML 1.1 reader and a YAML 1.2
 * reader both read it back as that same string, so that the only YAML 1.1 surprises in a file are
 * the ones a mutation wrote on purpose as {@link YScalar.Style#PLAIN}.
 */
public final class YamlText {

    /** Plain scalars YAML 1.1 (kubectl) reads as booleans or null. */
    private static final Set<String> YAML11_WORDS = Set.of(
            "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
            "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "=", "<<");

    private static final String LEADING_INDICATORS = "?:,[]{}#&*!|>'\"%@`";
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private YamlText() {}

    public static String yaml(YNode root) {
        StringBuilder out = new StringBuilder();
        if (root instanceof YMap m && m.size() > 0 && !m.flow) {
            writeEntries(m, 0, false, out);
        } else {
            out.append(inline(root)).append('\n');
        }
        return out.toString();
    }

    private static void writeEntries(YMap map, int indent, boolean firstInline, StringBuilder out) {
        String pad = " ".repeat(indent);
        for (int i = 0; i < map.entries.size(); i++) {
            YMap.Entry e = map.entries.get(i);
            // the first entry of a sequence item follows its "- " (a comment there would end the item's line)
            boolean afterDash = i == 0 && firstInline;
            if (!afterDash) {
                if (e.comment != null) {
                    out.append(pad).append("# ").append(e.comment).append('\n');
                }
                out.append(pad);
            }
            out.append(key(e.key)).append(':');
            writeValue(e.value, indent, out);
        }
    }

    /** Writes the value after "key:" (or "-"), then the line end. */
    private static void writeValue(YNode value, int indent, StringBuilder out) {
        if (value instanceof YScalar s) {
            if (s.isString() && s.text().contains("\n") && literalBlockFits(s.text())) {
                writeLiteral(s.text(), indent + 2, out);
            } else {
                out.append(' ').append(scalar(s)).append('\n');
            }
        } else if (value instanceof YMap m) {
            if (m.size() == 0 || m.flow && allScalars(m)) {
                out.append(' ').append(inline(m)).append('\n');
            } else {
                out.append('\n');
                writeEntries(m, indent + 2, false, out);
            }
        } else if (value instanceof YList l) {
            if (l.size() == 0 || l.flow && allScalars(l)) {
                out.append(' ').append(inline(l)).append('\n');
            } else {
                out.append('\n');
                writeItems(l, indent + 2, out);
            }
        }
    }

    private static void writeItems(YList list, int indent, StringBuilder out) {
        for (YNode item : list.items) {
            out.append(" ".repeat(indent)).append('-');
            if (item instanceof YMap m && m.size() > 0 && !(m.flow && allScalars(m))) {
                out.append(' ');
                writeEntries(m, indent + 2, true, out);
            } else {
                writeValue(item, indent, out);
            }
        }
    }

    private static void writeLiteral(String text, int indent, StringBuilder out) {
        String chomp;
        String body;
        if (text.endsWith("\n\n")) {
            chomp = "+";
            body = text.substring(0, text.length() - 1);
        } else if (text.endsWith("\n")) {
            chomp = "";
            body = text.substring(0, text.length() - 1);
        } else {
            chomp = "-";
            body = text;
        }
        out.append(" |").append(chomp).append('\n');
        for (String line : body.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : " ".repeat(indent) + line).append('\n');
        }
    }

    private static boolean literalBlockFits(String text) {
        if (text.startsWith(" ") || text.startsWith("\n")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\n' || c == 0x7f) {
                return false;
            }
            if (c == ' ' && (i + 1 == text.length() || text.charAt(i + 1) == '\n')) {
                return false;
            }
        }
        return true;
    }

    private static String inline(YNode node) {
        if (node instanceof YScalar s) {
            return scalar(s);
        }
        StringBuilder out = new StringBuilder();
        if (node instanceof YMap m) {
            out.append('{');
            for (int i = 0; i < m.entries.size(); i++) {
                YMap.Entry e = m.entries.get(i);
                out.append(i == 0 ? "" : ", ").append(key(e.key)).append(": ").append(inline(e.value));
            }
            return out.append('}').toString();
        }
        YList l = (YList) node;
        out.append('[');
        for (int i = 0; i < l.items.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(inline(l.items.get(i)));
        }
        return out.append(']').toString();
    }

    private static boolean allScalars(YMap m) {
        return m.entries.stream()
                .allMatch(e -> e.value instanceof YScalar s && !s.text().contains("\n"));
    }

    private static boolean allScalars(YList l) {
        return l.items.stream()
                .allMatch(i -> i instanceof YScalar s && !s.text().contains("\n"));
    }

    private static String key(String key) {
        return plainSafe(key) ? key : doubleQuoted(key);
    }

    static String scalar(YScalar s) {
        return switch (s.style()) {
            case PLAIN -> s.text();
            case QUOTED -> doubleQuoted(s.text());
            case STRING -> plainSafe(s.text()) ? s.text() : doubleQuoted(s.text());
        };
    }

    /** Whether {@code text} written plain reads back as this string in YAML 1.1 and 1.2, in block and flow context. */
    static boolean plainSafe(String text) {
        if (text.isEmpty() || text.length() <= 5 && YAML11_WORDS.contains(text)) {
            return false;
        }
        char first = text.charAt(0);
        if (LEADING_INDICATORS.indexOf(first) >= 0
                || Character.isWhitespace(first)
                || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return false;
        }
        // numbers, octal, hex, sexagesimal, floats, .inf, timestamps all begin so
        if (Character.isDigit(first)
                || first == '.'
                || first == '+'
                || first == '-' && (text.length() == 1 || " 0123456789.".indexOf(text.charAt(1)) >= 0)) {
            return false;
        }
        if (text.endsWith(":") || text.contains(": ") || text.contains(" #")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == 0x7f || c > 0x7e || ",[]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < ' ' || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The tree as JSON (which kubectl reads as YAML too); plain scalars that are no JSON literal become strings. */
    public static String json(YNode root) {
        StringBuilder out = new StringBuilder();
        json(root, 0, out);
        return out.append('\n').toString();
    }

    private static void json(YNode node, int indent, StringBuilder out) {
        String pad = "  ".repeat(indent + 1);
        if (node instanceof YScalar s) {
            boolean literal = s.style() == YScalar.Style.PLAIN
                    && (JSON_NUMBER.matcher(s.text()).matches()
                            || Set.of("true", "false", "null").contains(s.text()));
            out.append(literal ? s.text() : jsonString(s.text()));
        } else if (node instanceof YMap m) {
            if (m.size() == 0) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            for (int i = 0; i < m.entries.size(); i++) {
                YMap.Entry e = m.entries.get(i);
                out.append(pad).append(jsonString(e.key)).append(": ");
                json(e.value, indent + 1, out);
                out.append(i + 1 < m.entries.size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append('}');
        } else {
            YList l = (YList) node;
            if (l.size() == 0) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < l.items.size(); i++) {
                out.append(pad);
                json(l.items.get(i), indent + 1, out);
                out.append(i + 1 < l.items.size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append(']');
        }
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < ' ') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
