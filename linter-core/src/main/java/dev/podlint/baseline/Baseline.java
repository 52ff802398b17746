package dev.podlint.baseline;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Fingerprints;
import dev.podlint.finding.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The findings of an earlier run, by fingerprint ({@link Fingerprints}): findings found again are
 * reported as suppressed ("external"), so they no longer fail the run.
 */
public final class Baseline {

    public static final Baseline NONE = new Baseline(Set.of(), "");

    private final Set<String> fingerprints;
    private final String name;

    /** @param name the baseline file as the user named it, for the suppression's justification */
    public Baseline(Set<String> fingerprints, String name) {
        this.fingerprints = Set.copyOf(fingerprints);
        this.name = name;
    }

    public int size() {
        return fingerprints.size();
    }

    /**
     * Marks the findings that the baseline holds. {@code findings} must be in report order, which
     * numbers repeated fingerprints; findings already suppressed (by an annotation) keep that.
     */
    public List<Finding> apply(List<Finding> findings) {
        if (fingerprints.isEmpty()) {
            return findings;
        }
        List<String> ids = Fingerprints.of(findings);
        List<Finding> out = new ArrayList<>(findings.size());
        Suppression suppression = new Suppression("external", "in baseline " + name);
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            boolean known = !f.suppressed() && fingerprints.contains(ids.get(i));
            out.add(known ? f.withSuppression(suppression) : f);
        }
        return out;
    }
}
