package dev.podlint.check;

import dev.podlint.finding.Severity;

/** The default severity of each rule a check may report. */
@FunctionalInterface
public interface RuleSeverities {

    /** The rule's default severity, or null for an unknown rule. */
    Severity defaultSeverity(String ruleId);
}
