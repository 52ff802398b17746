package dev.podlint.source;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * YAML files the build has already parsed: each file's text and its node tree (spans included), in
 * a compact binary form that is read back without a YAML parser. The jar bundles its rule files and
 * data tables this way, because scanning them with SnakeYAML at every start cost a short run more
 * than linting its input.
 *
 * <p>Body ({@link PackedBytes}): the file count, then per file its name, text and tree.
 */
public final class PackedYaml {

    /** One packed file: its name, its text as read, and its tree as the loader built it. */
    public record File(String name, String text, YamlNode root) {}

    private static final int MAGIC = 0x50594d31; // "PYM1"

    private static final int SCALAR = 0;
    private static final int MAPPING = 1;
    private static final int SEQUENCE = 2;

    private static final int VALUE_NULL = 0;
    private static final int VALUE_TEXT = 1;
    private static final int VALUE_OTHER_STRING = 2;
    private static final int VALUE_TRUE = 3;
    private static final int VALUE_FALSE = 4;
    private static final int VALUE_LONG = 5;
    private static final int VALUE_BIG_INTEGER = 6;
    private static final int VALUE_DOUBLE = 7;

    private static final ScalarType[] SCALAR_TYPES = ScalarType.values();

    private PackedYaml() {}

    public static byte[] pack(List<File> files) {
        PackedBytes.Writer out = new PackedBytes.Writer();
        out.varint(files.size());
        for (File file : files) {
            out.string(file.name());
            out.string(file.text());
            node(out, file.root());
        }
        return out.finish(MAGIC);
    }

    public static List<File> unpack(byte[] bytes) {
        PackedBytes.Cursor in = new PackedBytes.Contents(bytes, MAGIC, "packed YAML").entry();
        int count = (int) in.varint();
        List<File> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            files.add(new File(in.string(), in.string(), node(in)));
        }
        return files;
    }

    private static void node(PackedBytes.Writer out, YamlNode node) {
        span(out, node.span());
        if (node instanceof ScalarNode scalar) {
            scalar(out, scalar);
        } else if (node instanceof MappingNode mapping) {
            out.varint(MAPPING);
            entries(out, mapping.entries());
            entries(out, mapping.duplicates());
        } else {
            SequenceNode sequence = (SequenceNode) node;
            out.varint(SEQUENCE);
            out.varint(sequence.size());
            sequence.nodes().forEach(item -> node(out, item));
        }
    }

    private static void entries(PackedBytes.Writer out, Collection<MappingNode.Entry> entries) {
        out.varint(entries.size());
        for (MappingNode.Entry entry : entries) {
            out.string(entry.key());
            span(out, entry.keySpan());
            node(out, entry.value());
        }
    }

    private static void scalar(PackedBytes.Writer out, ScalarNode scalar) {
        out.varint(SCALAR);
        out.string(scalar.text());
        out.varint(scalar.type().ordinal());
        out.varint(scalar.plain() ? 1 : 0);
        Object value = scalar.value();
        if (value == null) {
            out.varint(VALUE_NULL);
        } else if (value.equals(scalar.text())) {
            out.varint(VALUE_TEXT);
        } else if (value instanceof String s) {
            out.varint(VALUE_OTHER_STRING);
            out.string(s);
        } else if (value instanceof Boolean b) {
            out.varint(b ? VALUE_TRUE : VALUE_FALSE);
        } else if (value instanceof Long l) {
            out.varint(VALUE_LONG);
            out.signed(l);
        } else if (value instanceof BigInteger big) {
            out.varint(VALUE_BIG_INTEGER);
            out.string(big.toString());
        } else if (value instanceof Double d) {
            out.varint(VALUE_DOUBLE);
            out.varint(Double.doubleToRawLongBits(d));
        } else {
            throw new IllegalArgumentException("cannot pack a scalar value of " + value.getClass());
        }
    }

    private static void span(PackedBytes.Writer out, Span span) {
        out.varint(span.line());
        out.varint(span.column());
        out.varint(span.endLine());
        out.varint(span.endColumn());
    }

    private static YamlNode node(PackedBytes.Cursor in) {
        Span span = span(in);
        int kind = in.readByte();
        return switch (kind) {
            case SCALAR -> scalar(in, span);
            case MAPPING -> mapping(in, span);
            case SEQUENCE -> sequence(in, span);
            default -> throw new IllegalArgumentException("corrupt packed YAML: node kind " + kind);
        };
    }

    private static MappingNode mapping(PackedBytes.Cursor in, Span span) {
        int count = (int) in.varint();
        EntryTable entries = new EntryTable(count);
        for (int i = 0; i < count; i++) {
            entries.put(entry(in));
        }
        int duplicateCount = (int) in.varint();
        if (duplicateCount == 0) {
            return new MappingNode(span, entries);
        }
        List<MappingNode.Entry> duplicates = new ArrayList<>(duplicateCount);
        for (int i = 0; i < duplicateCount; i++) {
            duplicates.add(entry(in));
        }
        return new MappingNode(span, entries, duplicates);
    }

    private static MappingNode.Entry entry(PackedBytes.Cursor in) {
        String key = in.string();
        Span keySpan = span(in);
        return new MappingNode.Entry(key, keySpan, node(in));
    }

    private static SequenceNode sequence(PackedBytes.Cursor in, Span span) {
        int count = (int) in.varint();
        List<YamlNode> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(node(in));
        }
        return new SequenceNode(span, items);
    }

    private static ScalarNode scalar(PackedBytes.Cursor in, Span span) {
        String text = in.string();
        ScalarType type = SCALAR_TYPES[in.readByte()];
        boolean plain = in.readByte() != 0;
        int valueKind = in.readByte();
        Object value = switch (valueKind) {
            case VALUE_NULL -> null;
            case VALUE_TEXT -> text;
            case VALUE_OTHER_STRING -> in.string();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_LONG -> in.signed();
            case VALUE_BIG_INTEGER -> new BigInteger(in.string());
            case VALUE_DOUBLE -> Double.longBitsToDouble(in.varint());
            default -> throw new IllegalArgumentException("corrupt packed YAML: scalar value kind " + valueKind);
        };
        return new ScalarNode(span, text, type, value, plain);
    }

    private static Span span(PackedBytes.Cursor in) {
        return new Span((int) in.varint(), (int) in.varint(), (int) in.varint(), (int) in.varint());
    }
}
