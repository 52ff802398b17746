package dev.podlint.maven;

import dev.podlint.ReportFormat;
import dev.podlint.config.AtomicFile;
import dev.podlint.config.ReadFiles;
import dev.podlint.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Writes one report file per requested format: {@code podlint.<extension>} in the output folder,
 * and removes the report files of the other formats that an earlier run wrote there.
 */
final class ReportFiles {

    /** The files written, and the stale reports of other formats removed. */
    record Written(List<Path> files, List<Path> removed) {}

    private final Set<ReportFormat> formats;

    private ReportFiles(Set<ReportFormat> formats) {
        this.formats = formats;
    }

    /** Parses a comma-separated list of format names ({@code text,json}); none means no file. */
    static ReportFiles parse(String names) throws MojoExecutionException {
        Set<ReportFormat> formats = new LinkedHashSet<>();
        Set<String> fileNames = new LinkedHashSet<>();
        if (names != null) {
            for (String name : names.split(",")) {
                String trimmed = name.trim();
                if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("none")) {
                    continue;
                }
                ReportFormat format = byName(trimmed);
                if (formats.add(format) && !fileNames.add(fileName(format))) {
                    throw new MojoExecutionException("podlint: <formats>: " + format + " would overwrite "
                            + fileName(format) + " written by another format; pick one of them");
                }
            }
        }
        return new ReportFiles(formats);
    }

    Set<ReportFormat> formats() {
        return formats;
    }

    /**
     * Writes the files (each whole or not at all, none over a file the run read), removes the report
     * files of the formats not asked for (only podlint's own names, never a file the run read), and
     * says which.
     *
     * @param workingDirectory the folder the report's paths are relative to
     * @param ruleDocs         the URI of the {@code rules/} folder SARIF's helpUri point into; null for none
     */
    Written write(Report report, Path outputDirectory, Path workingDirectory, String ruleDocs, ReadFiles read)
            throws MojoExecutionException {
        List<Path> written = new ArrayList<>();
        List<Path> removed = new ArrayList<>();
        try {
            Set<String> current = new LinkedHashSet<>();
            formats.forEach(f -> current.add(fileName(f)));
            for (ReportFormat format : ReportFormat.values()) {
                Path stale = outputDirectory.resolve(fileName(format));
                if (!current.contains(fileName(format))
                        && Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)
                        && read.find(stale) == null) {
                    Files.delete(stale);
                    removed.add(stale);
                }
            }
            for (ReportFormat format : formats) {
                Path file = outputDirectory.resolve(fileName(format));
                Path input = read.find(file);
                if (input != null) {
                    throw new MojoExecutionException("podlint: the " + format + " report " + file + " is " + input
                            + ", a file this build lints or reads; choose another outputDirectory");
                }
                AtomicFile.write(
                        file,
                        out -> format.reporter(false, workingDirectory, false, ruleDocs)
                                .write(report, out));
                written.add(file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "cannot write the podlint reports to " + outputDirectory + ": " + e.getMessage(), e);
        }
        return new Written(List.copyOf(written), List.copyOf(removed));
    }

    static String fileName(ReportFormat format) {
        return "podlint." + format.fileExtension();
    }

    private static ReportFormat byName(String name) throws MojoExecutionException {
        try {
            return ReportFormat.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("podlint: <formats>: unknown format '" + name + "'; known: "
                    + String.join(
                            ", ",
                            Arrays.stream(ReportFormat.values())
                                    .map(ReportFormat::toString)
                                    .toList()));
        }
    }
}
