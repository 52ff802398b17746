package dev.podlint.run;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.policy.InSourceSuppressions;
import dev.podlint.source.RenderedSources;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one file contributed.
 *
 * @param annotations the {@code podlint.dev/ignore} annotations of its documents
 * @param documents   how many YAML documents it holds
 * @param readable    whether it could be read
 * @param presetOnly  a {@code --preset} file: only its PodPresets are used
 * @param triggered   whether a wanted document makes an inventory check report (see InventoryCheck.triggers)
 * @param wanted      the documents some inventory check wants, in file order
 * @param reload      how to tell that the file, loaded again for the trees not kept, is the one linted;
 *                    null when every wanted tree is kept
 * @param leftOut     findings left out by the cap per rule and file
 * @param notKubernetes a file found in a folder walk that is plainly not Kubernetes, left out unlinted
 * @param rendered    for rendered Helm output on stdin, the template of each document; else null
 */
record FileOutcome(
        List<Finding> findings,
        List<Notification> notifications,
        InSourceSuppressions annotations,
        int documents,
        boolean readable,
        boolean presetOnly,
        boolean triggered,
        List<WantedDocument> wanted,
        @Nullable Reload reload,
        long leftOut,
        boolean notKubernetes,
        @Nullable RenderedSources rendered) {

    FileOutcome {
        findings = List.copyOf(findings);
        notifications = List.copyOf(notifications);
        wanted = List.copyOf(wanted);
    }

    /** A file that could not be read. */
    static FileOutcome unreadable(Notification problem, boolean presetOnly) {
        return new FileOutcome(
                List.of(),
                List.of(problem),
                InSourceSuppressions.of(List.of()),
                0,
                false,
                presetOnly,
                false,
                List.of(),
                null,
                0,
                false,
                null);
    }

    /** A file found in a folder walk that is plainly not Kubernetes: not linted, not counted. */
    static FileOutcome skippedNotKubernetes() {
        return new FileOutcome(
                List.of(),
                List.of(),
                InSourceSuppressions.of(List.of()),
                0,
                false,
                false,
                false,
                List.of(),
                null,
                0,
                true,
                null);
    }

    /** Whether some wanted document of this file has no tree kept. */
    boolean hasTreeless() {
        return wanted.stream().anyMatch(w -> w.tree() == null);
    }
}
