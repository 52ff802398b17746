package dev.podlint.maven;

import dev.podlint.finding.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note of a merge run ({@code file:line:col: error: message}) split into its place, its
 * severity and its message, so the build log shows the severity as the line's level.
 *
 * @param place   {@code file:line:col}, or empty when the note has none
 * @param message {@code : message} after the place, or the whole note
 */
record MergeNote(String place, Severity severity, String message) {

    private static final Pattern NOTE = Pattern.compile("(?s)(.*?:\\d+:\\d+)(: )(error|warning): (.*)");

    static MergeNote of(String note) {
        Matcher m = NOTE.matcher(note);
        if (!m.matches()) {
            return new MergeNote("", Severity.WARNING, note);
        }
        Severity severity = m.group(3).equals("error") ? Severity.ERROR : Severity.WARNING;
        return new MergeNote(m.group(1), severity, m.group(2) + m.group(4));
    }
}
