package dev.podlint.maven;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.config.UsageException;
import dev.podlint.finding.Notification;
import dev.podlint.fix.FixOptions;
import dev.podlint.fix.FixTargets;
import dev.podlint.fix.FixedFile;
import dev.podlint.fix.Fixing;
import dev.podlint.fix.SecretLines;
import dev.podlint.fix.UnifiedDiff;
import dev.podlint.report.Report;
import dev.podlint.report.TextReporter;
import dev.podlint.rule.RuleFileException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Repairs what has a safe fix in the project's manifests, in place, as {@code podlint lint --fix}
 * does, then logs what remains. Not bound to a phase: run it as {@code mvn podlint:fix}.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractRulesMojo {

    /** Log the fixes as a unified diff (Secret values masked) and write nothing. */
    @Parameter(property = "podlint.fix.diff", defaultValue = "false")
    boolean diff;

    /** A plain-text Secret data value: string-data moves it to stringData, base64 encodes it in place. */
    @Parameter(property = "podlint.fix.secretData", defaultValue = "string-data")
    String secretData;

    @Override
    String action() {
        return "fix";
    }

    @Override
    Work prepare() throws MojoExecutionException {
        FixOptions fixOptions = switch (secretData == null ? "string-data" : secretData) {
            case "string-data" -> new FixOptions(FixOptions.SecretDataFix.STRING_DATA);
            case "base64" -> new FixOptions(FixOptions.SecretDataFix.BASE64);
            default ->
                throw new MojoExecutionException(
                        "podlint: <secretData> must be string-data or base64, not '" + secretData + "'");
        };
        return files -> fix(files, fixOptions);
    }

    private void fix(List<Path> files, FixOptions fixOptions) throws MojoExecutionException {
        List<String> paths = files.stream().map(Path::toString).toList();
        try {
            LintOptions options = ruleOptions().build();
            Linter linter = Linter.create(options);
            Report report = linter.lint(paths, InputStream.nullInputStream());
            Fixing.Outcome outcome = new Fixing(
                            linter,
                            fixOptions,
                            new FixTargets(options.workingDirectory(), paths),
                            options.limits().maxFileBytes())
                    .run(report, !diff);
            for (Notification n : outcome.notifications()) {
                getLog().warn("podlint: " + (n.file() == null ? "" : shown(n.file()) + ": ") + n.message());
            }
            for (FixedFile file : outcome.files()) {
                if (!file.changed()) {
                    continue;
                }
                if (diff) {
                    String text = UnifiedDiff.of(
                            shown(file.displayPath()),
                            file.original(),
                            file.fixed(),
                            SecretLines.of(file.original()),
                            SecretLines.of(file.fixed()));
                    text.lines().forEach(getLog()::info);
                } else {
                    getLog().info("podlint: " + shown(file.displayPath()) + ": fixed "
                            + file.applied().size() + (file.applied().size() == 1 ? " finding" : " findings"));
                }
            }
            if (!diff) {
                Report remaining = linter.lint(paths, InputStream.nullInputStream());
                new FindingLog(getLog(), this::shown, true).write(remaining);
                getLog().info(TextReporter.summaryLine(remaining));
            }
        } catch (UsageException | RuleFileException e) {
            throw new MojoExecutionException("podlint: " + ParameterNames.of(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("podlint: internal error: " + e, e);
        }
    }
}
