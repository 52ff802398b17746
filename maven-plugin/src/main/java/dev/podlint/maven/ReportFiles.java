package dev.podlint.maven;

import dev.podlint.ReportFormat;
import dev.podlint.config.AtomicFile;
import dev.podlint.config.ReadFiles;
import dev.podlint.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/** Writes one report file per requested format: {@code podlint.<extension>} in the output folder. */
final class ReportFiles {

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
                    throw new MojoExecutionException("formats: " + format + " would overwrite " + fileName(format)
                            + " written by another format; pick one of them");
                }
            }
        }
        return new ReportFiles(formats);
    }

    Set<ReportFormat> formats() {
        return formats;
    }

    /**
     * Writes the files (each whole or not at all, none over a file the run read) and returns their paths.
     *
     * @param ruleDocs the URI of the {@code rules/} folder SARIF's helpUri point into; null for none
     */
    List<Path> write(Report report, Path outputDirectory, Path workingDirectory, String ruleDocs, ReadFiles read)
            throws MojoExecutionException {
        List<Path> written = new ArrayList<>();
        if (formats.isEmpty()) {
            return written;
        }
        try {
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
        return written;
    }

    static String fileName(ReportFormat format) {
        return "podlint." + format.fileExtension();
    }

    private static ReportFormat byName(String name) throws MojoExecutionException {
        try {
            return ReportFormat.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("formats: unknown format '" + name + "'; known: "
                    + String.join(
                            ", ",
                            Arrays.stream(ReportFormat.values())
                                    .map(ReportFormat::toString)
                                    .toList()));
        }
    }
}
