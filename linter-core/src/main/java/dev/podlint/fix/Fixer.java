package dev.podlint.fix;

import dev.podlint.finding.Finding;
import org.jspecify.annotations.Nullable;

/** Turns a finding of one rule into the edits that repair it, or says there is no safe fix (null). */
@FunctionalInterface
public interface Fixer {

    @Nullable
    Fix fix(Finding finding, FixContext context);
}
