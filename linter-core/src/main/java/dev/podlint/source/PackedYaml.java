package dev.podlint.source;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML files the build has already parsed: each file's text and its node tree (spans included), in
 * a compact binary form that is read back without a YAML parser. The jar bundles its rule files and
 * data tables this way, because scanning them with SnakeYAML at every start cost a short run more
 * than linting its input.
 *
 * <p>Layout: a magic word, a string table (every key, text and file name once, UTF-8), then per
 * file its name, text and tree; integers as unsigned LEB128 varints.
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
        Writer writer = new Writer();
        for (File file : files) {
            writer.string(file.name());
            writer.string(file.text());
            writer.node(file.root());
        }
        return writer.finish(files.size());
    }

    public static List<File> unpack(byte[] bytes) {
        Reader reader = new Reader(bytes);
        int count = reader.header();
        List<File> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            files.add(new File(reader.string(), reader.string(), reader.node()));
        }
        return files;
    }

    /** Writes the body first and the string table it collected in front of it. */
    private static final class Writer {
        private final Map<String, Integer> strings = new LinkedHashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        void string(String text) {
            Integer index = strings.get(text);
            if (index == null) {
                index = strings.size();
                strings.put(text, index);
            }
            varint(body, index);
        }

        void node(YamlNode node) {
            span(node.span());
            if (node instanceof ScalarNode scalar) {
                scalar(scalar);
            } else if (node instanceof MappingNode mapping) {
                body.write(MAPPING);
                entries(mapping.entries());
                entries(mapping.duplicates());
            } else {
                SequenceNode sequence = (SequenceNode) node;
                body.write(SEQUENCE);
                varint(body, sequence.size());
                sequence.nodes().forEach(this::node);
            }
        }

        private void entries(java.util.Collection<MappingNode.Entry> entries) {
            varint(body, entries.size());
            for (MappingNode.Entry entry : entries) {
                string(entry.key());
                span(entry.keySpan());
                node(entry.value());
            }
        }

        private void scalar(ScalarNode scalar) {
            body.write(SCALAR);
            string(scalar.text());
            body.write(scalar.type().ordinal());
            body.write(scalar.plain() ? 1 : 0);
            Object value = scalar.value();
            if (value == null) {
                body.write(VALUE_NULL);
            } else if (value.equals(scalar.text())) {
                body.write(VALUE_TEXT);
            } else if (value instanceof String s) {
                body.write(VALUE_OTHER_STRING);
                string(s);
            } else if (value instanceof Boolean b) {
                body.write(b ? VALUE_TRUE : VALUE_FALSE);
            } else if (value instanceof Long l) {
                body.write(VALUE_LONG);
                varint(body, zigZag(l));
            } else if (value instanceof BigInteger big) {
                body.write(VALUE_BIG_INTEGER);
                string(big.toString());
            } else if (value instanceof Double d) {
                body.write(VALUE_DOUBLE);
                varint(body, Double.doubleToRawLongBits(d));
            } else {
                throw new IllegalArgumentException("cannot pack a scalar value of " + value.getClass());
            }
        }

        private void span(Span span) {
            varint(body, span.line());
            varint(body, span.column());
            varint(body, span.endLine());
            varint(body, span.endColumn());
        }

        byte[] finish(int fileCount) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 64 * strings.size());
            varint(out, MAGIC);
            varint(out, strings.size());
            for (String s : strings.keySet()) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                varint(out, utf8.length);
                out.writeBytes(utf8);
            }
            varint(out, fileCount);
            out.writeBytes(body.toByteArray());
            return out.toByteArray();
        }

        private static long zigZag(long value) {
            return (value << 1) ^ (value >> 63);
        }

        private static void varint(ByteArrayOutputStream out, long value) {
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                out.write((int) ((rest & 0x7F) | 0x80));
                rest >>>= 7;
            }
            out.write((int) rest);
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        private int at;
        private String[] strings = new String[0];

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int header() {
            if (varint() != MAGIC) {
                throw new IllegalArgumentException("not a packed YAML file");
            }
            strings = new String[(int) varint()];
            for (int i = 0; i < strings.length; i++) {
                int length = (int) varint();
                strings[i] = new String(bytes, at, length, StandardCharsets.UTF_8);
                at += length;
            }
            return (int) varint();
        }

        String string() {
            return strings[(int) varint()];
        }

        YamlNode node() {
            Span span = span();
            int kind = bytes[at++];
            return switch (kind) {
                case SCALAR -> scalar(span);
                case MAPPING -> mapping(span);
                case SEQUENCE -> sequence(span);
                default -> throw new IllegalArgumentException("corrupt packed YAML at byte " + at);
            };
        }

        private MappingNode mapping(Span span) {
            int count = (int) varint();
            Map<String, MappingNode.Entry> entries = new LinkedHashMap<>(count * 4 / 3 + 1);
            for (int i = 0; i < count; i++) {
                MappingNode.Entry entry = entry();
                entries.put(entry.key(), entry);
            }
            int duplicateCount = (int) varint();
            if (duplicateCount == 0) {
                return new MappingNode(span, entries);
            }
            List<MappingNode.Entry> duplicates = new ArrayList<>(duplicateCount);
            for (int i = 0; i < duplicateCount; i++) {
                duplicates.add(entry());
            }
            return new MappingNode(span, entries, duplicates);
        }

        private MappingNode.Entry entry() {
            String key = string();
            Span keySpan = span();
            return new MappingNode.Entry(key, keySpan, node());
        }

        private SequenceNode sequence(Span span) {
            int count = (int) varint();
            List<YamlNode> items = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                items.add(node());
            }
            return new SequenceNode(span, items);
        }

        private ScalarNode scalar(Span span) {
            String text = string();
            ScalarType type = SCALAR_TYPES[bytes[at++]];
            boolean plain = bytes[at++] != 0;
            int valueKind = bytes[at++];
            Object value = switch (valueKind) {
                case VALUE_NULL -> null;
                case VALUE_TEXT -> text;
                case VALUE_OTHER_STRING -> string();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_LONG -> unZigZag(varint());
                case VALUE_BIG_INTEGER -> new BigInteger(string());
                case VALUE_DOUBLE -> Double.longBitsToDouble(varint());
                default -> throw new IllegalArgumentException("corrupt packed YAML at byte " + at);
            };
            return new ScalarNode(span, text, type, value, plain);
        }

        private Span span() {
            return new Span((int) varint(), (int) varint(), (int) varint(), (int) varint());
        }

        private long varint() {
            long value = 0;
            int shift = 0;
            while (true) {
                byte b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
                shift += 7;
            }
        }

        private static long unZigZag(long value) {
            return (value >>> 1) ^ -(value & 1);
        }
    }
}
