package dev.podlint.finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * At most {@link #PER_RULE_AND_FILE} findings of one rule in one file are listed: a generated file
 * with a million repeated keys gives a report of a readable size, and says how many it left out.
 */
public final class FindingCap {

    public static final int PER_RULE_AND_FILE = 1000;

    private FindingCap() {}

    /**
     * The findings after the cap.
     *
     * @param kept    the findings listed, in their order
     * @param leftOut how many were left out, by rule id, in the order the rules first reached the cap
     */
    public record Capped(List<Finding> kept, Map<String, Integer> leftOut) {

        public long leftOutTotal() {
            return leftOut.values().stream().mapToLong(Integer::longValue).sum();
        }
    }

    /** The findings of one file, capped per rule. */
    public static Capped apply(List<Finding> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> leftOut = new LinkedHashMap<>();
        List<Finding> kept = new ArrayList<>(Math.min(findings.size(), 4 * PER_RULE_AND_FILE));
        for (Finding finding : findings) {
            int seen = counts.merge(finding.ruleId(), 1, Integer::sum);
            if (seen <= PER_RULE_AND_FILE) {
                kept.add(finding);
            } else {
                leftOut.merge(finding.ruleId(), 1, Integer::sum);
            }
        }
        return new Capped(kept.size() == findings.size() ? findings : kept, leftOut);
    }

    /** The notification that says how many findings of a rule were left out of a file. */
    public static Notification notification(String file, String ruleId, int leftOut) {
        return new Notification(
                false,
                file,
                leftOut + " more " + ruleId + " findings left out (at most " + PER_RULE_AND_FILE
                        + " per rule and file)");
    }
}
