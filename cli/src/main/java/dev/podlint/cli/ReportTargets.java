package dev.podlint.cli;

import dev.podlint.ReportFormat;
import dev.podlint.config.UsageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each report of a run goes, from the {@code --format} values and {@code --output}: a value
 * {@code NAME=FILE} writes that format to FILE; at most one plain {@code NAME} goes to
 * {@code --output}, or to stdout without it. No {@code --format} at all is {@code text}.
 */
final class ReportTargets {

    /** One report: its format and its file, or null for stdout. */
    record Target(ReportFormat format, Path file) {}

    private ReportTargets() {}

    static List<Target> of(List<String> formats, Path output) {
        List<String> values = formats.isEmpty() ? List.of("text") : formats;
        List<Target> targets = new ArrayList<>();
        boolean plain = false;
        Set<Path> files = new HashSet<>();
        for (String value : values) {
            int eq = value.indexOf('=');
            ReportFormat format = format(eq < 0 ? value : value.substring(0, eq));
            Path file;
            if (eq < 0) {
                if (plain) {
                    throw new UsageException("--format: only one format can go to "
                            + (output == null ? "stdout" : "--output") + "; give the others a file: --format "
                            + value + "=FILE");
                }
                plain = true;
                file = output;
            } else {
                String name = value.substring(eq + 1);
                if (name.isEmpty()) {
                    throw new UsageException("--format " + value + ": name the file after '='");
                }
                file = Path.of(name);
            }
            if (file != null && !files.add(file.toAbsolutePath().normalize())) {
                throw new UsageException("--format: two reports would be written to " + file);
            }
            targets.add(new Target(format, file));
        }
        if (output != null && !plain) {
            throw new UsageException(
                    "--output names the file of the --format given without '=FILE', and there is none");
        }
        return targets;
    }

    private static ReportFormat format(String name) {
        try {
            return ReportFormat.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: unknown format '" + name + "'; known: " + names());
        }
    }

    static String names() {
        return Arrays.stream(ReportFormat.values()).map(ReportFormat::toString).collect(Collectors.joining(", "));
    }
}
