package dev.podlint.fix;

import dev.podlint.Linter;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.report.Report;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code --fix} over a run: each file with a finding of a rule that has a fix, if it may be written
 * ({@link FixTargets}) and is UTF-8 text, is fixed ({@link FileFixer}) and, when {@code write} is
 * set, written back atomically; a UTF-8 byte order mark and every byte outside the edits are kept.
 */
public final class Fixing {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The files looked at (changed or not) and what could not be done, as notifications. */
    public record Outcome(List<FixedFile> files, List<Notification> notifications) {

        public int fixes() {
            return files.stream().mapToInt(f -> f.applied().size()).sum();
        }
    }

    private final FileFixer fixer;
    private final FixTargets targets;
    private final long maxBytes;

    public Fixing(Linter linter, FixOptions options, FixTargets targets, long maxBytes) {
        this.fixer = new FileFixer(linter, options);
        this.targets = targets;
        this.maxBytes = maxBytes;
    }

    public Outcome run(Report report, boolean write) {
        Set<String> files = new LinkedHashSet<>();
        for (Finding finding : report.findings()) {
            if (!finding.suppressed() && !Fixers.forRule(finding.ruleId()).isEmpty()) {
                files.add(finding.file());
            }
        }
        List<FixedFile> fixed = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>();
        for (String file : files) {
            try {
                FixedFile result = fixOne(file, write, notifications);
                if (result != null) {
                    fixed.add(result);
                }
            } catch (IOException e) {
                notifications.add(new Notification(true, file, "not fixed: " + e.getMessage()));
            }
        }
        return new Outcome(fixed, notifications);
    }

    private @Nullable FixedFile fixOne(String displayPath, boolean write, List<Notification> notifications)
            throws IOException {
        String refusal = targets.refusal(displayPath);
        if (refusal != null) {
            notifications.add(new Notification(false, displayPath, "not fixed: " + refusal));
            return null;
        }
        Path path = targets.resolve(displayPath);
        if (Files.size(path) > maxBytes) {
            notifications.add(new Notification(false, displayPath, "not fixed: over the size limit"));
            return null;
        }
        byte[] bytes = Files.readAllBytes(path);
        boolean bom = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0)))
                    .toString();
        } catch (CharacterCodingException e) {
            notifications.add(new Notification(false, displayPath, "not fixed: not UTF-8 text"));
            return null;
        }
        FixedFile result = fixer.fix(displayPath, text);
        if (write && result.changed()) {
            byte[] body = result.fixed().getBytes(StandardCharsets.UTF_8);
            byte[] content = bom ? concat(UTF8_BOM, body) : body;
            FixedFileWriter.write(path, content);
        }
        return result;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
