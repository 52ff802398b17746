package dev.podlint.check;

import dev.podlint.finding.Severity;
import org.jspecify.annotations.Nullable;

/** The default severity of each rule a check may report. */
@FunctionalInterface
public interface RuleSeverities {

    /** The rule's default severity, or null for an unknown rule. */
    @Nullable
    Severity defaultSeverity(String ruleId);
}
