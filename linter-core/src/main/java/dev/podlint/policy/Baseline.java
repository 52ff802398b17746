package dev.podlint.policy;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Fingerprints;
import dev.podlint.finding.Notification;
import dev.podlint.finding.Suppression;
import dev.podlint.source.RenderedSources;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private final Set<String> files;

    /**
     * @param counts how many open findings had each hash
     * @param name   the baseline file as the user named it, for the suppression's justification
     */
    public Baseline(Map<String, Integer> counts, String name) {
        this(counts, name, Set.of());
    }

    /** @param files the files the entries name, as the findings of a run name them; empty when unknown */
    public Baseline(Map<String, Integer> counts, String name, Set<String> files) {
        this.counts = Map.copyOf(counts);
        this.name = name;
        this.files = Set.copyOf(files);
    }

    /**
     * A notice when the baseline was plainly written from another directory: none of its entries names
     * a file of the run, while some entry names one of them by another relative path ({@code k8s/a.yaml}
     * for {@code repo/k8s/a.yaml}, or the reverse). The fingerprints hold the path, so such a baseline
     * silences nothing. A run that lints other files than the baselined ones (a pre-commit hook's few)
     * gets none.
     */
    public Optional<Notification> unmatched(Collection<String> lintedFiles) {
        Set<String> linted = new HashSet<>();
        lintedFiles.forEach(f -> linted.add(RenderedSources.templatePath(f).replace('\\', '/')));
        if (files.isEmpty() || linted.stream().anyMatch(files::contains) || !anotherFolder(linted)) {
            return Optional.empty();
        }
        int n = size();
        return Optional.of(new Notification(
                false,
                name,
                "none of the " + n + " baseline " + (n == 1 ? "entry" : "entries")
                        + " matched a linted file; was the baseline written from another directory?"));
    }

    private boolean anotherFolder(Set<String> linted) {
        for (String file : linted) {
            for (String entry : files) {
                if (file.endsWith("/" + entry) || entry.endsWith("/" + file)) {
                    return true;
                }
            }
        }
        return false;
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
