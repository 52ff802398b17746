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
public class LintMojo extends AbstractPodlintMojo {

    static final String DEFAULT_FORMATS = "text,sarif";

    /**
     * The least severity that fails the build: error, warning, info or none. Default: the config
     * file's {@code failOn}, else error (as {@code podlint lint --fail-on}).
     */
    @Parameter(property = "podlint.failOn")
    String failOn;

    /**
     * Comma-separated report formats (text, json, sarif, github, junit, checkstyle, codequality), each written to
     * {@code outputDirectory/podlint.<ext>} (podlint.junit.xml, podlint.checkstyle.xml, podlint.codequality.json
     * for the last three); none for no file.
     */
    @Parameter(property = "podlint.formats", defaultValue = DEFAULT_FORMATS)
    String formats;

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
        if (failOnGiven()) {
            parseFailOn(failOn);
        }
        ReportFiles reportFiles = ReportFiles.parse(formats);
        String docs = ruleDocs == null || ruleDocs.isBlank() ? null : ruleDocs.strip();
        if (docs != null && !docs.matches("https?://\\S+")) {
            throw new MojoExecutionException(
                    "podlint: ruleDocs must be an absolute http or https URI, not '" + ruleDocs + "'");
        }
        return files -> {
            LintOptions options = lintOptions();
            Report report = lint(files, options);
            new FindingLog(getLog()).write(report);
            for (Path written : reportFiles.write(
                    report,
                    outputDirectory.toPath(),
                    basedir.toPath(),
                    docs,
                    ReadFiles.of(options, files.stream().map(Path::toString).toList()))) {
                getLog().debug("podlint: wrote " + written);
            }
            finish(report, options.failOn());
        };
    }

    private boolean failOnGiven() {
        return failOn != null && !failOn.isBlank();
    }

    /** The shared options, with failOn when given (it wins over the config file's). */
    private LintOptions lintOptions() throws MojoExecutionException {
        try {
            LintOptions.Builder options = options();
            if (failOnGiven()) {
                options.failOn(parseFailOn(failOn));
            }
            return options.build();
        } catch (UsageException e) {
            throw new MojoExecutionException("podlint: " + e.getMessage(), e);
        }
    }

    private Report lint(List<Path> files, LintOptions options) throws MojoExecutionException {
        List<String> paths = files.stream().map(Path::toString).toList();
        try {
            return Linter.create(options).lint(paths, InputStream.nullInputStream());
        } catch (UsageException | RuleFileException e) {
            throw new MojoExecutionException("podlint: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("podlint: internal error: " + e, e);
        }
    }

    private void finish(Report report, FailThreshold threshold) throws MojoExecutionException, MojoFailureException {
        String summary = TextReporter.summaryLine(report);
        int exit = report.exitCode(threshold);
        if (exit == Report.EXIT_FINDINGS) {
            throw new MojoFailureException(summary + " (failOn: " + threshold.label() + "; reports in "
                    + relative(outputDirectory.toPath()) + ")");
        }
        getLog().info(summary);
        if (exit == Report.EXIT_ERROR) {
            String first = report.notifications().stream()
                    .filter(Notification::error)
                    .map(n -> (n.file() == null ? "" : n.file() + ": ") + n.message())
                    .findFirst()
                    .orElse("");
            throw new MojoExecutionException("podlint: " + first);
        }
    }

    static FailThreshold parseFailOn(String value) throws MojoExecutionException {
        try {
            return FailThreshold.parse(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "podlint: failOn must be error, warning, info or none, not '" + value + "'");
        }
    }
}
