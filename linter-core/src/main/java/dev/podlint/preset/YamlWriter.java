package dev.podlint.preset;

import dev.podlint.source.DeepStack;
import dev.podlint.source.KubectlScalars;
import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.ScalarType;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.Span;
import dev.podlint.source.YamlNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes trees as block YAML that kubectl reads back to the same values: a string is written plain
 * only when kubectl's YAML 1.1 reading keeps it the same string ({@code "yes"}, {@code "0644"},
 * {@code "1.10"} are quoted), and a text of several lines is written as a literal block ({@code |})
 * when one can hold it exactly. The object's top-level keys come in a stable order
 * (apiVersion, kind, metadata, spec, then the rest as written); nested keys keep their order.
 * Comments, when given, are printed above the keys and items and after the values they belong to.
 */
public final class YamlWriter {

    /** The comments to print with the nodes of one object; {@link #NONE} prints none. */
    public interface Comments {

        Comments NONE = new Comments() {};

        /** Comment lines (and blank lines between them) to print above a key or list item that starts at {@code start}. */
        default List<String> above(YamlNode node, Span start) {
            return List.of();
        }

        /** A comment to print at the end of a one-line scalar value's line, or null. */
        default @Nullable String afterValue(YamlNode value) {
            return null;
        }

        /** A comment to print after {@code key:} when the value (a collection) starts on the next line, or null. */
        default @Nullable String afterKey(YamlNode value, Span keySpan) {
            return null;
        }
    }

    private static final List<String> TOP_ORDER = List.of("apiVersion", "kind", "metadata", "spec");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final StringBuilder out = new StringBuilder();
    private final Comments comments;

    private YamlWriter(Comments comments) {
        this.comments = comments;
    }

    /** Several objects as a multi-document stream. */
    public static String documents(List<MappingNode> objects) {
        return documents(objects, object -> object, object -> Comments.NONE);
    }

    /** Several items as a multi-document stream: the object of each, printed with its comments. */
    public static <T> String documents(List<T> items, Function<T, MappingNode> object, Function<T, Comments> comments) {
        return DeepStack.call(() -> write(items, object, comments));
    }

    private static <T> String write(List<T> items, Function<T, MappingNode> object, Function<T, Comments> comments) {
        StringBuilder stream = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                stream.append("---\n");
            }
            stream.append(document(object.apply(items.get(i)), comments.apply(items.get(i))));
        }
        return stream.toString();
    }

    /** One object, with its top-level keys in the stable order. */
    public static String document(MappingNode object) {
        return document(object, Comments.NONE);
    }

    /** One object, with its top-level keys in the stable order and the given comments. */
    public static String document(MappingNode object, Comments comments) {
        List<MappingNode.Entry> ordered = new ArrayList<>();
        for (String key : TOP_ORDER) {
            if (object.containsKey(key)) {
                ordered.add(entry(object, key));
            }
        }
        for (MappingNode.Entry e : object.entries()) {
            if (!TOP_ORDER.contains(e.key())) {
                ordered.add(e);
            }
        }
        if (ordered.isEmpty()) {
            return "{}\n";
        }
        YamlWriter writer = new YamlWriter(comments);
        writer.writeEntries(ordered, 0, false);
        return writer.out.toString();
    }

    private static MappingNode.Entry entry(MappingNode map, String key) {
        return new MappingNode.Entry(
                key, Objects.requireNonNull(map.keySpan(key), key), Objects.requireNonNull(map.node(key), key));
    }

    private void writeEntries(List<MappingNode.Entry> entries, int indent, boolean firstInline) {
        boolean first = true;
        for (MappingNode.Entry e : entries) {
            if (!(first && firstInline)) {
                writeCommentLines(comments.above(e.value(), e.keySpan()), indent);
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append(string(e.key())).append(':');
            writeValue(e, indent);
        }
    }

    private void writeCommentLines(List<String> lines, int indent) {
        for (String line : lines) {
            if (!line.isEmpty()) {
                out.append(" ".repeat(indent)).append(line);
            }
            out.append('\n');
        }
    }

    /** The value of a key (after "key:") at {@code indent}. */
    private void writeValue(MappingNode.Entry entry, int indent) {
        YamlNode value = entry.value();
        if (value instanceof MappingNode m && !m.isEmpty()) {
            endLine(comments.afterKey(value, entry.keySpan()));
            writeEntries(new ArrayList<>(m.entries()), indent + 2, false);
        } else if (value instanceof SequenceNode s && !s.isEmpty()) {
            endLine(comments.afterKey(value, entry.keySpan()));
            writeItems(s, indent + 2);
        } else if (!writeBlock(value, indent + 2)) {
            out.append(' ').append(inline(value));
            endLine(comments.afterValue(value));
        }
    }

    private void endLine(@Nullable String comment) {
        if (comment != null) {
            out.append("  ").append(comment);
        }
        out.append('\n');
    }

    /**
     * A multi-line string as a literal block scalar, indented by {@code indent}; false (nothing
     * written) when a block cannot hold the text exactly: a carriage return or another character a
     * block cannot show, a first line that starts with a space (it would set the indentation), or a
     * line of spaces only.
     */
    private boolean writeBlock(YamlNode value, int indent) {
        if (!(value instanceof ScalarNode scalar)
                || !(scalar.value() instanceof String text)
                || text.indexOf('\n') < 0) {
            return false;
        }
        int trailing = 0;
        while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        String body = trailing > 0 ? text.substring(0, text.length() - 1) : text;
        String[] lines = body.split("\n", -1);
        String firstContent = java.util.Arrays.stream(lines)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse("");
        if (firstContent.isEmpty() || firstContent.charAt(0) == ' ' || firstContent.charAt(0) == '\t') {
            return false;
        }
        for (String line : lines) {
            if ((!line.isEmpty() && line.isBlank()) || !blockSafe(line)) {
                return false;
            }
        }
        out.append(trailing == 0 ? " |-" : trailing == 1 ? " |" : " |+").append('\n');
        for (String line : lines) {
            if (!line.isEmpty()) {
                out.append(" ".repeat(indent)).append(line);
            }
            out.append('\n');
        }
        return true;
    }

    private static boolean blockSafe(String line) {
        return line.codePoints()
                .allMatch(cp -> cp == '\t'
                        || (cp >= 0x20
                                && cp != 0x7F
                                && !(cp >= 0x80 && cp <= 0x9F)
                                && cp != 0x2028
                                && cp != 0x2029
                                && cp != 0xFEFF
                                && cp != 0xFFFE
                                && cp != 0xFFFF
                                && !(cp >= 0xD800 && cp <= 0xDFFF)));
    }

    private void writeItems(SequenceNode list, int indent) {
        for (YamlNode item : list.nodes()) {
            writeCommentLines(comments.above(item, item.span()), indent);
            out.append(" ".repeat(indent)).append('-');
            if (item instanceof MappingNode m && !m.isEmpty()) {
                out.append(' ');
                writeEntries(new ArrayList<>(m.entries()), indent + 2, true);
            } else if (item instanceof SequenceNode s && !s.isEmpty()) {
                out.append('\n');
                writeItems(s, indent + 2);
            } else if (!writeBlock(item, indent + 2)) {
                out.append(' ').append(inline(item));
                endLine(comments.afterValue(item));
            }
        }
    }

    /** A scalar, or an empty collection, on one line. */
    private static String inline(@Nullable YamlNode node) {
        if (node instanceof MappingNode) {
            return "{}";
        }
        if (node instanceof SequenceNode) {
            return "[]";
        }
        return scalar((ScalarNode) Objects.requireNonNull(node, "an absent value is not written"));
    }

    static String scalar(ScalarNode scalar) {
        Object value = scalar.value();
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof Boolean
                || value instanceof Long
                || value instanceof BigInteger
                || value instanceof Integer) {
            return value.toString();
        }
        double d = ((Number) value).doubleValue();
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        return Double.toString(d);
    }

    /** A string, plain when kubectl would read it back as the same string, else double-quoted. */
    public static String string(String s) {
        return plainSafe(s) ? s : quoted(s);
    }

    private static boolean plainSafe(String s) {
        if (s.isEmpty()
                || s.equals("<<")
                || s.startsWith("...")
                || INDICATORS.indexOf(s.charAt(0)) >= 0
                || Character.isWhitespace(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1))
                || s.contains(": ")
                || s.contains(" #")
                || s.endsWith(":")
                || s.contains("\t")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        ScalarNode typed = KubectlScalars.resolvePlain(Span.FILE_START, s);
        return typed.type() == ScalarType.STRING && s.equals(typed.value());
    }

    static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (cp < 0x20
                            || (cp >= 0x7F && cp <= 0x9F)
                            || cp == 0x2028
                            || cp == 0x2029
                            || cp == 0xFEFF
                            || cp == 0xFFFE
                            || cp == 0xFFFF
                            || (cp >= 0xD800 && cp <= 0xDFFF)) {
                        out.append(String.format("\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
