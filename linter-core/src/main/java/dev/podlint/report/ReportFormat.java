package dev.podlint.report;

import dev.podlint.PodlintVersion;
import java.util.Locale;

/** The output formats, by the name users give on the command line or in the Maven plugin. */
public enum ReportFormat {
    TEXT, JSON;

    public Reporter reporter(boolean color) {
        return switch (this) {
            case TEXT -> new TextReporter(color);
            case JSON -> new JsonReporter(PodlintVersion.full());
        };
    }

    public String fileExtension() {
        return switch (this) {
            case TEXT -> "txt";
            case JSON -> "json";
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
