package dev.podlint.fix;

import dev.podlint.finding.Finding;
import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.YamlNode;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A pod template's restartPolicy that its controller rejects: {@code Always} in the long-running
 * controllers; in Jobs and CronJobs {@code OnFailure} where it is missing or {@code Always}
 * ({@code Never} with a podFailurePolicy, which accepts nothing else).
 */
final class RestartPolicyFixer implements Fixer {

    private static final Set<String> JOBS = Set.of("Job", "CronJob");

    @Override
    public @Nullable Fix fix(Finding finding, FixContext context) {
        String kind = context.document().kind();
        String pointer = context.relativePointer(finding);
        if (kind == null || !pointer.endsWith("/restartPolicy")) {
            return null;
        }
        String wanted = JOBS.contains(kind) ? (hasPodFailurePolicy(context, kind) ? "Never" : "OnFailure") : "Always";
        YamlNode node = context.node(finding);
        if (node == null) {
            MappingNode podSpec = context.parentMapping(pointer);
            return podSpec == null ? null : insert(finding, context, podSpec, wanted);
        }
        if (!(node instanceof ScalarNode scalar)
                || scalar.text().isEmpty()
                || scalar.text().equals(wanted)) {
            return null;
        }
        return ScalarFixes.replaceInner(finding, context, scalar, "set restartPolicy to " + wanted, wanted);
    }

    /** A new {@code restartPolicy} line above the first field of a block-style pod spec. */
    private static @Nullable Fix insert(Finding finding, FixContext context, MappingNode podSpec, String wanted) {
        SourceText source = context.source();
        int start = source.offset(podSpec.span().line(), podSpec.span().column());
        if (start < 0 || podSpec.isEmpty() || source.text().charAt(start) == '{' || !source.onlySpacesBefore(start)) {
            return null;
        }
        String indent = " ".repeat(podSpec.span().column() - 1);
        return new Fix(
                finding,
                "added restartPolicy: " + wanted,
                TextEdit.insert(source.lineStartOf(start), indent + "restartPolicy: " + wanted + source.lineBreak()));
    }

    private static boolean hasPodFailurePolicy(FixContext context, String kind) {
        String jobSpec = kind.equals("CronJob") ? "/spec/jobTemplate/spec" : "/spec";
        return context.document().nodeAt(jobSpec + "/podFailurePolicy") != null;
    }
}
