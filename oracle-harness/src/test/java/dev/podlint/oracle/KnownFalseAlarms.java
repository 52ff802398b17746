package dev.podlint.oracle;

import dev.podlint.finding.Finding;
import dev.podlint.oracle.Comparison.Compared;
import dev.podlint.oracle.Comparison.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The allow-list of podlint errors on documents the oracle accepts (oracle-harness/known-false-alarms.txt):
 * one line per finding, {@code input<TAB>file<TAB>rule<TAB>pointer}; '#' starts a comment line.
 * It must list exactly the false alarms of the run: a new one fails the harness, and so does a
 * listed one that is gone (delete its line).
 */
final class KnownFalseAlarms {

    private final Set<String> entries;

    private KnownFalseAlarms(Set<String> entries) {
        this.entries = entries;
    }

    static KnownFalseAlarms read(Path file) throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(line.strip());
                }
            }
        }
        return new KnownFalseAlarms(entries);
    }

    /** The false alarms of a run, as lines of the file. */
    static List<String> of(List<Compared> compared) {
        Set<String> lines = new LinkedHashSet<>();
        for (Compared c : compared) {
            if (c.verdict() == Verdict.PODLINT_ONLY) {
                for (Finding f : c.rejecting()) {
                    lines.add(line(c.input(), c.file(), f.ruleId(), f.path()));
                }
            }
        }
        return List.copyOf(lines);
    }

    static String line(String input, String file, String rule, String pointer) {
        return String.join("\t", input, file, rule, pointer);
    }

    /** Found but not listed. */
    List<String> unlisted(List<String> found) {
        return found.stream().filter(l -> !entries.contains(l)).toList();
    }

    /** Listed for an input that ran, but not found. */
    List<String> gone(List<String> found, Set<String> inputsRun) {
        List<String> gone = new ArrayList<>();
        for (String entry : entries) {
            String input = entry.split("\t", 2)[0];
            if (inputsRun.contains(input) && !found.contains(entry)) {
                gone.add(entry);
            }
        }
        return gone;
    }
}
