package dev.podlint.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Turns a file's bytes into text the way a YAML reader may accept it, or says why it cannot. */
final class TextDecoding {

    /**
     * Decoded text, or a problem (then text is null); {@code ordinary} when every character is
     * printable ASCII or a line feed (so the fast YAML path need not check its pieces' characters).
     */
    record Decoded(
            @Nullable String text,
            @Nullable String problem,
            @Nullable Span at,
            boolean ordinary) {}

    private TextDecoding() {}

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE.newDecoder(), "UTF-16");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE.newDecoder(), "UTF-16");
        }
        boolean ascii = true;
        boolean ordinary = true;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                return new Decoded(
                        null,
                        "binary file (NUL byte at offset " + i + "), not a YAML or JSON manifest",
                        Span.FILE_START,
                        false);
            }
            ascii &= b > 0;
            ordinary &= b >= 0x20 && b < 0x7F || b == '\n';
        }
        if (ascii) {
            // ASCII is valid UTF-8 as it is: one copy into a one-byte-per-character string
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), null, null, ordinary);
        }
        int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return strict(bytes, skip, StandardCharsets.UTF_8.newDecoder(), "UTF-8");
    }

    private static Decoded strict(byte[] bytes, int skip, CharsetDecoder decoder, String charset) {
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) bytes.length + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String prefix = out.toString();
            int offset = in.position();
            return new Decoded(
                    null,
                    String.format(
                            "not valid %s text: byte 0x%02X at offset %d cannot be decoded",
                            charset, bytes[offset] & 0xFF, offset),
                    TextPositions.ofPrefix(prefix),
                    false);
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(out.toString(), null, null, false);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
