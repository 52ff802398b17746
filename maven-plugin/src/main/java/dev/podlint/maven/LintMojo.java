package dev.podlint.maven;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.config.ReadFiles;
import dev.podlint.config.UsageException;
import dev.podlint.finding.FailThreshold;
import dev.podlint.finding.Notification;
import dev.podlint.report.Report;
import dev.podlint.report.TextReporter;
import dev.podlint.rule.RuleFileException;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's Kubernetes manifests: logs each finding, writes the reports under
 * {@code target/podlint/}, and fails the build when a finding reaches {@code failOn}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractRulesMojo {

    static final String DEFAULT_FORMATS = "text,sarif";

    /**
     * The least severity that fails the build: error, warning, info or none. Default: the config
     * file's {@code failOn}, else error (as {@code podlint lint --fail-on}).
     */
    @Parameter(property = "podlint.failOn")
    String failOn;

    /**
     * Checkstyle's name: false is {@code failOn} none. Given with {@code failOn}, the two must agree.
     * Default: true, unless {@code failOn} is none.
     */
    @Parameter(property = "podlint.failOnViolation")
    Boolean failOnViolation;

    /**
     * Checkstyle's name for {@code failOn}'s level: error, warning or info. Given with {@code failOn},
     * the two must agree.
     */
    @Parameter(property = "podlint.violationSeverity")
    String violationSeverity;

    /**
     * How many findings may reach {@code failOn} before the build fails (suppressed and baselined
     * ones never count).
     */
    @Parameter(property = "podlint.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /**
     * Log info-level findings as {@code [INFO]} lines; false leaves them to the reports (errors and
     * warnings are always logged).
     */
    @Parameter(property = "podlint.logInfoFindings", defaultValue = "true")
    boolean logInfoFindings;

    /**
     * Comma-separated report formats (text, json, sarif, github, junit, checkstyle, codequality), each written to
     * {@code outputDirectory/podlint.<ext>} (podlint.junit.xml, podlint.checkstyle.xml, podlint.codequality.json
     * for the last three); none for no file.
     */
    @Parameter(property = "podlint.formats", defaultValue = DEFAULT_FORMATS)
    String formats;

    /**
     * Where the reports go. Report files of the other formats that an earlier run left there
     * ({@code podlint.json} after {@code formats} dropped json) are removed.
     */
    @Parameter(property = "podlint.outputDirectory", defaultValue = "${project.build.directory}/podlint")
    File outputDirectory;

    /**
     * Absolute http or https URI of the {@code rules/} folder of a published copy of podlint's repository
     * (e.g. https://github.com/ORG/podlint/blob/TAG/rules/): the SARIF report links each built-in rule to its
     * ID.md there (helpUri), as {@code podlint lint --rule-docs}. Without it, built-in rules have no helpUri.
     */
    @Parameter(property = "podlint.ruleDocs")
    String ruleDocs;

    @Override
    String action() {
        return "lint";
    }

    @Override
    Work prepare() throws MojoExecutionException {
        FailThreshold given = threshold();
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException(
                    "podlint: <maxAllowedViolations> must be 0 or more, not " + maxAllowedViolations);
        }
        ReportFiles reportFiles = ReportFiles.parse(formats);
        String docs = ruleDocs == null || ruleDocs.isBlank() ? null : ruleDocs.strip();
        if (docs != null && !docs.matches("https?://\\S+")) {
            throw new MojoExecutionException(
                    "podlint: <ruleDocs> must be an absolute http or https URI, not '" + ruleDocs + "'");
        }
        return files -> {
            LintOptions options = lintOptions(given);
            Report report = lint(files, options);
            new FindingLog(getLog(), this::shown, logInfoFindings).write(report);
            ReportFiles.Written written = reportFiles.write(
                    report,
                    outputDirectory.toPath(),
                    options.workingDirectory(),
                    docs,
                    ReadFiles.of(options, files.stream().map(Path::toString).toList()));
            for (Path removed : written.removed()) {
                getLog().info("podlint: removed " + relative(removed) + ", a report of an earlier run in a format"
                        + " no longer in <formats>");
            }
            for (Path file : written.files()) {
                getLog().debug("podlint: wrote " + file);
            }
            finish(report, options.failOn());
        };
    }

    /** The threshold the parameters give ({@code failOn} or its Checkstyle aliases), or null for the config file's. */
    FailThreshold threshold() throws MojoExecutionException {
        FailThreshold own = failOnGiven() ? parseFailOn(failOn) : null;
        FailThreshold alias = null;
        String aliasText = null;
        if (violationSeverity != null && !violationSeverity.isBlank()) {
            FailThreshold severity = parse(violationSeverity, "violationSeverity", "error, warning or info");
            if (severity == FailThreshold.NONE) {
                throw new MojoExecutionException("podlint: <violationSeverity> must be error, warning or info, not '"
                        + violationSeverity + "' (<failOnViolation>false</failOnViolation> fails on nothing)");
            }
            alias = severity;
            aliasText = "<violationSeverity>" + violationSeverity.strip() + "</violationSeverity>";
        }
        if (Boolean.FALSE.equals(failOnViolation)) {
            alias = FailThreshold.NONE;
            aliasText = "<failOnViolation>false</failOnViolation>";
        }
        if (own != null) {
            boolean disagree = (alias != null && alias != own)
                    || (Boolean.TRUE.equals(failOnViolation) && own == FailThreshold.NONE);
            if (disagree) {
                throw new MojoExecutionException("podlint: <failOn>" + failOn.strip() + "</failOn> and "
                        + (aliasText == null ? "<failOnViolation>true</failOnViolation>" : aliasText)
                        + " disagree; set <failOn> alone (error, warning, info or none)");
            }
            return own;
        }
        return alias;
    }

    private boolean failOnGiven() {
        return failOn != null && !failOn.isBlank();
    }

    /** The shared options, with the threshold when the parameters give one (it wins over the config file's). */
    private LintOptions lintOptions(FailThreshold given) throws MojoExecutionException {
        try {
            LintOptions.Builder options = ruleOptions();
            if (given != null) {
                options.failOn(given);
            }
            return options.build();
        } catch (UsageException e) {
            throw new MojoExecutionException("podlint: " + ParameterNames.of(e.getMessage()), e);
        }
    }

    private Report lint(List<Path> files, LintOptions options) throws MojoExecutionException {
        List<String> paths = files.stream().map(Path::toString).toList();
        try {
            return Linter.create(options).lint(paths, InputStream.nullInputStream());
        } catch (UsageException | RuleFileException e) {
            throw new MojoExecutionException("podlint: " + ParameterNames.of(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("podlint: internal error: " + e, e);
        }
    }

    private void finish(Report report, FailThreshold threshold) throws MojoExecutionException, MojoFailureException {
        String summary = TextReporter.summaryLine(report);
        int exit = report.exitCode(threshold);
        long failing = report.findings().stream()
                .filter(f -> !f.suppressed() && threshold.failsOn(f.severity()))
                .count();
        if (exit == Report.EXIT_FINDINGS && failing > maxAllowedViolations) {
            throw new MojoFailureException(summary + " (failOn: " + threshold.label()
                    + (maxAllowedViolations > 0
                            ? "; " + failing + " findings reach it, more than maxAllowedViolations "
                                    + maxAllowedViolations
                            : "")
                    + "; reports in " + relative(outputDirectory.toPath()) + ")");
        }
        getLog().info(summary);
        if (exit == Report.EXIT_FINDINGS) {
            getLog().warn("podlint: " + failing + (failing == 1 ? " finding reaches" : " findings reach") + " failOn "
                    + threshold.label() + ", within maxAllowedViolations " + maxAllowedViolations);
        }
        if (exit == Report.EXIT_ERROR) {
            String first = report.notifications().stream()
                    .filter(Notification::error)
                    .map(n -> (n.file() == null ? "" : shown(n.file()) + ": ") + n.message())
                    .findFirst()
                    .orElse("");
            throw new MojoExecutionException("podlint: " + ParameterNames.of(first));
        }
    }

    static FailThreshold parseFailOn(String value) throws MojoExecutionException {
        return parse(value, "failOn", "error, warning, info or none");
    }

    private static FailThreshold parse(String value, String parameter, String expected) throws MojoExecutionException {
        try {
            return FailThreshold.parse(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "podlint: <" + parameter + "> must be " + expected + ", not '" + value + "'");
        }
    }
}
