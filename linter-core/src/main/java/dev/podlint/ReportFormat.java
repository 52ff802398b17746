package dev.podlint;

import dev.podlint.report.CheckstyleReporter;
import dev.podlint.report.CodeQualityReporter;
import dev.podlint.report.GithubReporter;
import dev.podlint.report.JUnitReporter;
import dev.podlint.report.JsonReporter;
import dev.podlint.report.Reporter;
import dev.podlint.report.TextReporter;
import dev.podlint.report.sarif.SarifReporter;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The output formats, by the name users give on the command line or in the Maven plugin. */
public enum ReportFormat {
    TEXT,
    JSON,
    SARIF,
    GITHUB,
    JUNIT,
    CHECKSTYLE,
    CODEQUALITY;

    /** A reporter for a run whose working directory is the current one. */
    public Reporter reporter(boolean color) {
        return reporter(color, Path.of("").toAbsolutePath());
    }

    /**
     * A reporter in this format for a run in {@code workingDirectory}.
     *
     * @param workingDirectory the run's working directory (LintOptions), which file paths are
     *                         relative to; SARIF names it as {@code %SRCROOT%}
     */
    public Reporter reporter(boolean color, Path workingDirectory) {
        return reporter(color, workingDirectory, false);
    }

    /**
     * A reporter in this format, verbose or not.
     *
     * @param verbose the text summary line also names the config file in force
     */
    public Reporter reporter(boolean color, Path workingDirectory, boolean verbose) {
        return reporter(color, workingDirectory, verbose, null);
    }

    /**
     * A reporter in this format whose SARIF rules link to published rule pages.
     *
     * @param ruleDocs the absolute URI of the {@code rules/} folder of a published copy of podlint's
     *                 repository, for SARIF's {@code helpUri}; null for none
     */
    public Reporter reporter(boolean color, Path workingDirectory, boolean verbose, @Nullable String ruleDocs) {
        return switch (this) {
            case TEXT -> new TextReporter(color, verbose);
            case JSON -> new JsonReporter(PodlintVersion.full());
            case SARIF ->
                new SarifReporter(PodlintVersion.full(), PodlintVersion.semantic(), workingDirectory, ruleDocs);
            case GITHUB -> new GithubReporter();
            case JUNIT -> new JUnitReporter();
            case CHECKSTYLE -> new CheckstyleReporter();
            case CODEQUALITY -> new CodeQualityReporter();
        };
    }

    public String fileExtension() {
        return switch (this) {
            case TEXT, GITHUB -> "txt";
            case JSON -> "json";
            case SARIF -> "sarif";
            case JUNIT -> "junit.xml";
            case CHECKSTYLE -> "checkstyle.xml";
            case CODEQUALITY -> "codequality.json";
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
