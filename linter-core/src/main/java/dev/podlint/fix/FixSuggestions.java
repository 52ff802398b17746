package dev.podlint.fix;

import dev.podlint.Linter;
import dev.podlint.finding.Finding;
import dev.podlint.finding.SuggestedFix;
import dev.podlint.report.Report;
import dev.podlint.source.Span;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fix each finding of a report would get, as positions of the file as linted, for reports that
 * show fixes (SARIF). Files whose text has a byte order mark or is not UTF-8 get none.
 */
public final class FixSuggestions {

    private FixSuggestions() {}

    public static Map<Finding, SuggestedFix> of(Linter linter, Report report, Path workingDirectory, long maxBytes) {
        FileFixer fixer = new FileFixer(linter, FixOptions.DEFAULT);
        Set<String> files = new LinkedHashSet<>();
        for (Finding finding : report.findings()) {
            if (!Fixers.forRule(finding.ruleId()).isEmpty()) {
                files.add(finding.file());
            }
        }
        @SuppressWarnings("IdentityHashMapUsage") // each finding object gets its own fix, even when two are equal
        Map<Finding, SuggestedFix> out = new IdentityHashMap<>();
        for (String file : files) {
            String text = read(workingDirectory.resolve(file), maxBytes);
            if (text == null) {
                continue;
            }
            SourceText source = new SourceText(text);
            for (Fix fix : fixer.suggestions(file, text)) {
                for (Finding finding : report.findings()) {
                    if (same(finding, fix.finding())) {
                        out.put(finding, suggested(source, fix));
                    }
                }
            }
        }
        return out;
    }

    private static boolean same(Finding a, Finding b) {
        return a.file().equals(b.file())
                && a.ruleId().equals(b.ruleId())
                && a.document() == b.document()
                && a.path().equals(b.path())
                && a.span().equals(b.span());
    }

    private static SuggestedFix suggested(SourceText source, Fix fix) {
        List<SuggestedFix.Replacement> replacements = new ArrayList<>();
        for (TextEdit edit : fix.edits()) {
            Span start = source.position(edit.start());
            Span end = source.position(edit.end());
            replacements.add(new SuggestedFix.Replacement(
                    new Span(start.line(), start.column(), end.line(), end.column()), edit.replacement()));
        }
        return new SuggestedFix(fix.description(), replacements);
    }

    private static @org.jspecify.annotations.Nullable String read(Path file, long maxBytes) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > maxBytes) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF) {
                return null;
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
