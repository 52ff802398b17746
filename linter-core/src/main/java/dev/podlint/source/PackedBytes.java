package dev.podlint.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The container of the build-time packed resources ({@link PackedYaml}, the bundled schemas): a magic
 * word, a table of every distinct string (UTF-8, each decoded on first use), then a body of unsigned
 * LEB128 varints and string-table indexes that the format's own reader walks.
 */
public final class PackedBytes {

    private PackedBytes() {}

    /** Collects the strings and the body; {@link #finish} puts the table in front. */
    public static final class Writer {
        private final Map<String, Integer> strings = new LinkedHashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        public void string(String text) {
            Integer index = strings.get(text);
            if (index == null) {
                index = strings.size();
                strings.put(text, index);
            }
            varint(body, index);
        }

        public void varint(long value) {
            varint(body, value);
        }

        public void signed(long value) {
            varint(body, (value << 1) ^ (value >> 63));
        }

        /** Where the next byte of the body goes (for offsets a reader seeks to). */
        public int position() {
            return body.size();
        }

        public byte[] finish(int magic) {
            return finish(magic, 0);
        }

        /** @param entry the body offset a reader starts at ({@link Contents#entry()}) */
        public byte[] finish(int magic, int entry) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 32 * strings.size());
            varint(out, magic);
            varint(out, strings.size());
            for (String s : strings.keySet()) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                varint(out, utf8.length);
                out.writeBytes(utf8);
            }
            varint(out, entry);
            out.writeBytes(body.toByteArray());
            return out.toByteArray();
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

    /** The string table and body of packed bytes; {@link Cursor}s read the body, one per thread. */
    public static final class Contents {
        private final byte[] bytes;
        private final int[] stringStarts;
        private final int[] stringLengths;
        private final String[] strings;
        private final int bodyStart;
        private final int entry;

        public Contents(byte[] bytes, int magic, String what) {
            this.bytes = bytes;
            Cursor header = new Cursor(this, 0);
            if (bytes.length == 0 || header.varint() != magic) {
                throw new IllegalArgumentException(what + " is not in the packed format this podlint reads");
            }
            int count = (int) header.varint();
            stringStarts = new int[count];
            stringLengths = new int[count];
            strings = new String[count];
            for (int i = 0; i < count; i++) {
                stringLengths[i] = (int) header.varint();
                stringStarts[i] = header.at;
                header.at += stringLengths[i];
            }
            entry = (int) header.varint();
            bodyStart = header.at;
        }

        /** Where the format's reader starts: the offset its writer gave {@link Writer#finish(int, int)}. */
        public Cursor entry() {
            return at(entry);
        }

        /** A cursor at this offset of the body. */
        public Cursor at(int offset) {
            return new Cursor(this, bodyStart + offset);
        }

        String string(int index) {
            String s = strings[index];
            if (s == null) {
                // a race only decodes the same immutable string twice
                s = new String(bytes, stringStarts[index], stringLengths[index], StandardCharsets.UTF_8);
                strings[index] = s;
            }
            return s;
        }
    }

    /** A read position in a {@link Contents}. */
    public static final class Cursor {
        private final Contents contents;
        private final byte[] bytes;
        private int at;

        Cursor(Contents contents, int at) {
            this.contents = contents;
            this.bytes = contents.bytes;
            this.at = at;
        }

        public int readByte() {
            return bytes[at++];
        }

        public String string() {
            return contents.string((int) varint());
        }

        public long signed() {
            long value = varint();
            return (value >>> 1) ^ -(value & 1);
        }

        public long varint() {
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
    }
}
