package dev.podlint.cli;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.config.UsageException;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.finding.SuggestedFix;
import dev.podlint.fix.FixOptions;
import dev.podlint.fix.FixSuggestions;
import dev.podlint.fix.FixTargets;
import dev.podlint.fix.FixedFile;
import dev.podlint.fix.Fixing;
import dev.podlint.fix.SecretLines;
import dev.podlint.fix.UnifiedDiff;
import dev.podlint.report.Report;
import dev.podlint.report.Reporter;
import dev.podlint.report.Visible;
import dev.podlint.report.sarif.SarifReporter;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --fix}, {@code --diff} and {@code --fix-secret-data}: repair what can be repaired safely. */
final class FixOption {

    boolean fix;
    boolean diff;
    String secretData = "string-data";

    /** Declares the options on {@code podlint lint}'s model. */
    void addTo(CommandSpec spec) {
        spec.addOption(CodeOptions.flag(
                        () -> fix,
                        v -> fix = v,
                        "Apply the safe fixes in place (minimal text edits; the rest of each file is kept byte for"
                                + " byte), then report what remains.",
                        "--fix")
                .build());
        spec.addOption(CodeOptions.flag(
                        () -> diff,
                        v -> diff = v,
                        "With --fix: print the fixes as a unified diff (Secret values masked) and write nothing.",
                        "--diff")
                .build());
        spec.addOption(CodeOptions.value(
                        String.class,
                        () -> secretData,
                        v -> secretData = v,
                        "HOW",
                        "A plain-text Secret data value: 'string-data' moves it to stringData (default), "
                                + "'base64' encodes it in place.",
                        "--fix-secret-data")
                .defaultValue("string-data")
                .build());
    }

    private Linter linter;
    private long maxBytes;
    private java.nio.file.Path workingDirectory;

    /** Remembers the run, for {@link #withFixes}. */
    void remember(Linter linter, LintOptions options) {
        this.linter = linter;
        this.maxBytes = options.limits().maxFileBytes();
        this.workingDirectory = options.workingDirectory();
    }

    /** A SARIF reporter gets the fix of each finding that has one (code scanning shows it); others are as they are. */
    Reporter withFixes(Reporter reporter, Report report) {
        if (!(reporter instanceof SarifReporter sarif) || linter == null) {
            return reporter;
        }
        java.util.Map<Finding, SuggestedFix> fixes = FixSuggestions.of(linter, report, workingDirectory, maxBytes);
        return sarif.withFixes(fixes::get);
    }

    boolean requested() {
        if (diff && !fix) {
            throw new UsageException("--diff shows what --fix would change: use it with --fix");
        }
        return fix;
    }

    /**
     * Fixes the files of {@code report}. With --diff prints the diff and returns null (the exit code is
     * {@link #diffExitCode}); otherwise writes the files and returns the report of a new run over them.
     */
    Report apply(
            Linter linter,
            LintOptions options,
            List<String> paths,
            Report report,
            InputStream stdin,
            PodlintCommand.Streams streams) {
        Fixing fixing = new Fixing(
                linter,
                new FixOptions(secretDataFix()),
                new FixTargets(options.workingDirectory(), paths),
                options.limits().maxFileBytes());
        Fixing.Outcome outcome = fixing.run(report, !diff);
        for (Notification n : outcome.notifications()) {
            streams.err().println("podlint: " + Visible.of((n.file() == null ? "" : n.file() + ": ") + n.message()));
        }
        if (diff) {
            printDiff(outcome, streams.out());
            lastDiffExit = diffExit(report, outcome, options);
            return null;
        }
        for (FixedFile file : outcome.files()) {
            if (file.changed()) {
                streams.err()
                        .println("podlint: " + Visible.of(file.displayPath()) + ": fixed "
                                + file.applied().size() + (file.applied().size() == 1 ? " finding" : " findings"));
            }
        }
        return linter.lint(paths, stdin);
    }

    private int lastDiffExit;

    int diffExitCode() {
        return lastDiffExit;
    }

    private FixOptions.SecretDataFix secretDataFix() {
        return switch (secretData) {
            case "string-data" -> FixOptions.SecretDataFix.STRING_DATA;
            case "base64" -> FixOptions.SecretDataFix.BASE64;
            default ->
                throw new UsageException(
                        "--fix-secret-data must be string-data or base64, not '" + Visible.of(secretData) + "'");
        };
    }

    private static void printDiff(Fixing.Outcome outcome, PrintWriter out) {
        boolean masked = false;
        for (FixedFile file : outcome.files()) {
            if (!file.changed()) {
                continue;
            }
            Set<Integer> before = SecretLines.of(file.original());
            Set<Integer> after = SecretLines.of(file.fixed());
            masked |= !before.isEmpty() || !after.isEmpty();
            out.print(UnifiedDiff.of(Visible.of(file.displayPath()), file.original(), file.fixed(), before, after));
        }
        if (masked) {
            out.println("# Secret data and stringData values are masked as " + SecretLines.MASK
                    + " in this diff (podlint never prints them); the fixes keep them as they are");
        }
        out.flush();
    }

    /** What the exit code would be after the fixes: the fixed files' findings instead of their old ones. */
    private static int diffExit(Report report, Fixing.Outcome outcome, LintOptions options) {
        if (report.notifications().stream().anyMatch(Notification::error)
                || outcome.notifications().stream().anyMatch(Notification::error)) {
            return Report.EXIT_ERROR;
        }
        Set<String> fixed = outcome.files().stream().map(FixedFile::displayPath).collect(Collectors.toSet());
        List<Finding> remaining = new ArrayList<>();
        report.findings().stream().filter(f -> !fixed.contains(f.file())).forEach(remaining::add);
        outcome.files().forEach(f -> remaining.addAll(f.remaining()));
        boolean failing = remaining.stream()
                .anyMatch(f -> !f.suppressed() && options.failOn().failsOn(f.severity()));
        return failing ? Report.EXIT_FINDINGS : Report.EXIT_OK;
    }
}
