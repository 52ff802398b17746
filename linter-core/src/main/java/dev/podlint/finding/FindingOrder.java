package dev.podlint.finding;

import java.util.Comparator;

/** The one order findings are reported in: file, line, column, rule, then the rest for stability. */
public final class FindingOrder {

    public static final Comparator<Finding> COMPARATOR = Comparator.comparing(Finding::file)
            .thenComparingInt(f -> f.span().line())
            .thenComparingInt(f -> f.span().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::path)
            .thenComparing(Finding::message);

    private FindingOrder() {}
}
