package dev.podlint.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a file into the pieces kubectl parses one at a time. kubectl reads YAML with apimachinery's
 * {@code YAMLReader}, which cuts the text at every line that starts with {@code ---} before any YAML
 * parsing: what follows {@code ---} on that line may only be spaces or a comment (anything else,
 * such as {@code --- {a: 1}} or {@code --- !!map}, is "invalid Yaml document separator" and kubectl
 * reads no further), and each piece is then parsed as one YAML document (go-yaml reads the first
 * document of a piece; text after a {@code ...} end marker is ignored). A stream that starts with
 * <code>{</code> after white space is a JSON stream and is not cut.
 */
final class KubectlChunks {

    /**
     * One piece: its text's offsets in the file, and the 0-based line it starts on. A piece with a
     * {@code badSeparator} is the line kubectl refuses (its text is that line); it is the last piece,
     * and the piece kubectl was reading when it met that line is dropped with it.
     */
    record Chunk(int start, int end, int firstLine, boolean badSeparator) {}

    private KubectlChunks() {}

    static List<Chunk> split(String text) {
        if (isJsonStream(text)) {
            return List.of(new Chunk(0, text.length(), 0, false));
        }
        List<Chunk> chunks = new ArrayList<>();
        int chunkStart = -1;
        int chunkLine = 0;
        int line = 0;
        int at = 0;
        while (at < text.length()) {
            int newline = text.indexOf('\n', at);
            int lineEnd = newline < 0 ? text.length() : newline + 1;
            if (text.startsWith("---", at)) {
                String rest = text.substring(at + 3, lineEnd).strip();
                if (!rest.isEmpty() && rest.charAt(0) != '#') {
                    // kubectl returns the error instead of the piece it was reading
                    chunks.add(new Chunk(at, lineEnd, line, true));
                    return chunks;
                }
                if (chunkStart >= 0) {
                    chunks.add(new Chunk(chunkStart, at, chunkLine, false));
                    chunkStart = -1;
                }
            } else if (chunkStart < 0) {
                chunkStart = at;
                chunkLine = line;
            }
            at = lineEnd;
            line++;
        }
        if (chunkStart >= 0) {
            chunks.add(new Chunk(chunkStart, text.length(), chunkLine, false));
        }
        return chunks;
    }

    /** apimachinery's {@code GuessJSONStream}: the first non-space character is an opening brace. */
    private static boolean isJsonStream(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }
}
