package dev.podlint.fix;

import dev.podlint.finding.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The text edits that repair one finding, applied together or not at all.
 *
 * @param finding     the finding they repair
 * @param description what the fix does, for reports; never a Secret's value
 * @param edits       non-overlapping edits of the finding's file
 */
public record Fix(Finding finding, String description, List<TextEdit> edits) {

    public Fix {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(description, "description");
        edits = List.copyOf(edits);
    }

    public Fix(Finding finding, String description, TextEdit... edits) {
        this(finding, description, List.of(edits));
    }

    public boolean conflictsWith(Fix other) {
        for (TextEdit a : edits) {
            for (TextEdit b : other.edits) {
                if (a.conflictsWith(b)) {
                    return true;
                }
            }
        }
        return false;
    }
}
