package dev.podlint.fix;

import dev.podlint.finding.Finding;
import java.util.List;

/**
 * One file before and after fixing.
 *
 * @param applied   the fixes made, in the order they were made
 * @param remaining the unsuppressed findings of the fixed text
 */
public record FixedFile(String displayPath, String original, String fixed, List<Fix> applied, List<Finding> remaining) {

    public FixedFile {
        applied = List.copyOf(applied);
        remaining = List.copyOf(remaining);
    }

    public boolean changed() {
        return !original.equals(fixed);
    }
}
