package dev.podlint.finding;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The least severity that fails a run ({@code --fail-on}), or {@link #NONE}: no finding does. */
public enum FailThreshold {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NONE(null);

    private final @Nullable Severity least;

    FailThreshold(@Nullable Severity least) {
        this.least = least;
    }

    /** Whether a finding of {@code severity} fails the run. */
    public boolean failsOn(Severity severity) {
        return least != null && severity.atLeast(least);
    }

    /** As written on the command line and in the config file: error, warning, info or none. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The threshold named by {@code text}.
     *
     * @throws IllegalArgumentException when {@code text} is none of error, warning, info, none
     */
    public static FailThreshold parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
