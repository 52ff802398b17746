package dev.podlint.finding;

import java.util.Locale;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public static Severity parse(String text) {
        return Severity.valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
