package dev.podlint.source;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * What can be shown of the part of a file that could not be parsed: its tokens, read by the YAML
 * scanner, in any style (block, flow, JSON). Keys may be shown; every other scalar, alias, anchor and
 * tag may be a Secret's value, and so may everything from where the scanner gave up to the end.
 *
 * @param hidden   the spans (in file lines) that are never shown
 * @param manifest whether the keys read include {@code apiVersion} or {@code kind}
 */
public record UnparsedText(List<Span> hidden, boolean manifest) {

    /** Scans {@code text} from line {@code fromLine} (1-based) on. */
    public static UnparsedText scan(String text, int fromLine) {
        int offset = startOf(text, fromLine);
        String rest = text.substring(offset);
        int shift = fromLine - 1;
        List<Span> hidden = new ArrayList<>();
        boolean manifest = false;
        Mark scannedTo = null;
        LoadSettings settings = LoadSettings.builder()
                .setUseMarks(true)
                .setCodePointLimit(Math.max(1, rest.length() + 1))
                .build();
        try {
            ScannerImpl scanner = new ScannerImpl(settings, new StreamReader(settings, rest));
            Token previous = null;
            while (scanner.hasNext()) {
                Token token = scanner.next();
                Mark start = token.getStartMark().orElse(null);
                Mark end = token.getEndMark().orElse(null);
                if (start == null || end == null) {
                    continue;
                }
                scannedTo = end;
                boolean key = previous != null && previous.getTokenId() == Token.ID.Key;
                switch (token.getTokenId()) {
                    case Scalar -> {
                        String value = ((ScalarToken) token).getValue();
                        if (key) {
                            manifest |= value.equals("apiVersion") || value.equals("kind");
                        } else {
                            hidden.add(span(start, end, shift));
                        }
                    }
                    case Alias, Anchor, Tag -> hidden.add(span(start, end, shift));
                    default -> {
                        // structure: indicators, flow brackets, document markers
                    }
                }
                previous = token;
            }
            return new UnparsedText(hidden, manifest);
        } catch (RuntimeException stopped) {
            int line = scannedTo == null ? fromLine : scannedTo.getLine() + 1 + shift;
            int column = scannedTo == null ? 1 : scannedTo.getColumn() + 1;
            hidden.add(new Span(line, column, Integer.MAX_VALUE, Integer.MAX_VALUE));
            return new UnparsedText(hidden, manifest);
        }
    }

    private static Span span(Mark start, Mark end, int shift) {
        return new Span(
                start.getLine() + 1 + shift, start.getColumn() + 1, end.getLine() + 1 + shift, end.getColumn() + 1);
    }

    private static int startOf(String text, int line) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            int nl = text.indexOf('\n', offset);
            offset = nl < 0 ? text.length() : nl + 1;
        }
        return Math.min(offset, text.length());
    }
}
