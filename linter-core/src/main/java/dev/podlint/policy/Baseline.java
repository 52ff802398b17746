package dev.podlint.policy;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Fingerprints;
import dev.podlint.finding.Suppression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of an earlier run that were open (or already baselined) then, counted by
 * fingerprint hash ({@link Fingerprints}): findings found again are reported as suppressed
 * ("external"), so they no longer fail the run. Counting rather than keeping the numbered
 * fingerprints lets a JSON report, which lists no suppressed finding, match as well as SARIF: the
 * n-th open finding with a hash is baselined when the baseline held at least n of them.
 */
public final class Baseline {

    public static final Baseline NONE = new Baseline(Map.of(), "");

    private final Map<String, Integer> counts;
    private final String name;

    /**
     * @param counts how many open findings had each hash
     * @param name   the baseline file as the user named it, for the suppression's justification
     */
    public Baseline(Map<String, Integer> counts, String name) {
        this.counts = Map.copyOf(counts);
        this.name = name;
    }

    /** How many findings the baseline holds. */
    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Marks the findings that the baseline holds, first come first matched, in the given (report)
     * order. Findings already suppressed (by an annotation) keep that suppression and use up nothing.
     */
    public List<Finding> apply(List<Finding> findings) {
        if (counts.isEmpty()) {
            return findings;
        }
        Map<String, Integer> remaining = new HashMap<>(counts);
        Suppression suppression = new Suppression("external", "in baseline " + name);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!f.suppressed() && remaining.merge(Fingerprints.hash(f), -1, Integer::sum) >= 0) {
                out.add(f.withSuppression(suppression));
            } else {
                out.add(f);
            }
        }
        return out;
    }
}
