package dev.podlint.finding;

import dev.podlint.source.Span;
import java.util.List;
import java.util.Objects;

/**
 * The edits {@code podlint lint --fix} would make for one finding, in the positions of the file as
 * linted, for reports that show fixes (SARIF). Never built for an edit that carries a Secret's value.
 *
 * @param description what the fix does
 * @param replacements the regions replaced, each with its new text (empty to delete)
 */
public record SuggestedFix(String description, List<Replacement> replacements) {

    public SuggestedFix {
        Objects.requireNonNull(description, "description");
        replacements = List.copyOf(replacements);
    }

    /** {@code deleted} (empty for an insertion) replaced by {@code inserted}. */
    public record Replacement(Span deleted, String inserted) {}
}
