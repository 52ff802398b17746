package dev.podlint.maven;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.config.UsageException;
import dev.podlint.finding.Notification;
import dev.podlint.finding.Severity;
import dev.podlint.report.Report;
import dev.podlint.report.TextReporter;
import dev.podlint.rule.RuleFileException;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
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
public class LintMojo extends AbstractMojo {

    static final String DEFAULT_FORMATS = "text,sarif";
    static final String DEFAULT_INCLUDES = "**/*.yaml,**/*.yml,**/*.json";

    /** The project's folder: the working directory, so paths in findings are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /**
     * Folders to lint. Default: {@code src/main/kubernetes} and {@code ${project.build.directory}/kubernetes}
     * (where Quarkus, JKube and Dekorate write), each when it exists.
     */
    @Parameter
    List<File> directories;

    /** Comma-separated Ant patterns, relative to each folder, of the files to lint. */
    @Parameter(property = "podlint.includes", defaultValue = DEFAULT_INCLUDES)
    String includes;

    /** Comma-separated Ant patterns, relative to each folder, of files not to lint. */
    @Parameter(property = "podlint.excludes")
    String excludes;

    /** The least severity that fails the build: error, warning, info or none. */
    @Parameter(property = "podlint.failOn", defaultValue = "error")
    String failOn;

    /** Comma-separated report formats, each written to {@code outputDirectory/podlint.<ext>}; none for no file. */
    @Parameter(property = "podlint.formats", defaultValue = DEFAULT_FORMATS)
    String formats;

    @Parameter(property = "podlint.outputDirectory", defaultValue = "${project.build.directory}/podlint")
    File outputDirectory;

    /** Kubernetes minor version to validate against, e.g. 1.33. */
    @Parameter(property = "podlint.kubernetesVersion")
    String kubernetesVersion;

    /** A podlint config file ({@code .podlint.yaml}). */
    @Parameter(property = "podlint.configFile")
    File configFile;

    /** Folders of the project's own rule files. */
    @Parameter
    List<File> rulesDirectories;

    /** PodPreset files or folders that are not among the linted files. */
    @Parameter
    List<File> presets;

    @Parameter(property = "podlint.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("podlint: skipped (podlint.skip)");
            return;
        }
        Optional<Severity> threshold = parseFailOn(failOn);
        ReportFiles reportFiles = ReportFiles.parse(formats);
        List<Path> folders = existingFolders();
        if (folders.isEmpty()) {
            getLog().info("podlint: nothing to lint (no folder of " + describe(configuredFolders()) + " exists)");
            return;
        }
        ManifestScanner.Result scan = new ManifestScanner(includes, excludes).scan(folders);
        scan.problems().forEach(p -> getLog().error("podlint: " + p));
        if (scan.files().isEmpty()) {
            getLog().info("podlint: nothing to lint (no file in " + describe(folders) + " matches " + includes + ")");
            failOnProblems(scan.problems());
            return;
        }

        Report report = lint(scan.files(), threshold);
        new FindingLog(getLog()).write(report);
        for (Path written : reportFiles.write(report, outputDirectory.toPath(), basedir.toPath())) {
            getLog().debug("podlint: wrote " + written);
        }
        finish(report, threshold, scan.problems());
    }

    private Report lint(List<Path> files, Optional<Severity> threshold) throws MojoExecutionException {
        LintOptions.Builder options = LintOptions.builder()
                .workingDirectory(basedir.toPath())
                .failOn(threshold.orElse(null));
        applyUnwiredOptions(options);
        List<String> paths = files.stream().map(Path::toString).toList();
        try {
            return Linter.create(options.build()).lint(paths, InputStream.nullInputStream());
        } catch (UsageException | RuleFileException e) {
            throw new MojoExecutionException("podlint: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("podlint: internal error: " + e, e);
        }
    }

    /**
     * Parameters whose engine support lands with other features: accepted, and refused with a clear
     * message only when set, until LintOptions carries them.
     */
    private void applyUnwiredOptions(LintOptions.Builder options) throws MojoExecutionException {
        List<String> unsupported = new ArrayList<>();
        if (kubernetesVersion != null && !kubernetesVersion.isBlank()) {
            unsupported.add("kubernetesVersion");
        }
        if (configFile != null) {
            unsupported.add("configFile");
        }
        if (rulesDirectories != null && !rulesDirectories.isEmpty()) {
            unsupported.add("rulesDirectories");
        }
        if (presets != null && !presets.isEmpty()) {
            unsupported.add("presets");
        }
        if (!unsupported.isEmpty()) {
            throw new MojoExecutionException("podlint: " + String.join(", ", unsupported)
                    + (unsupported.size() == 1 ? " is" : " are") + " not supported yet by this version of podlint");
        }
    }

    private void finish(Report report, Optional<Severity> threshold, List<String> scanProblems)
            throws MojoExecutionException, MojoFailureException {
        String summary = TextReporter.summaryLine(report);
        int exit = report.exitCode(threshold);
        if (exit == Report.EXIT_FINDINGS) {
            throw new MojoFailureException(summary + " (failOn: " + failOn.toLowerCase(Locale.ROOT)
                    + "; reports in " + relative(outputDirectory.toPath()) + ")");
        }
        getLog().info(summary);
        if (exit == Report.EXIT_ERROR) {
            String first = report.notifications().stream().filter(Notification::error)
                    .map(n -> (n.file() == null ? "" : n.file() + ": ") + n.message()).findFirst().orElse("");
            throw new MojoExecutionException("podlint: " + first);
        }
        failOnProblems(scanProblems);
    }

    private static void failOnProblems(List<String> problems) throws MojoExecutionException {
        if (!problems.isEmpty()) {
            throw new MojoExecutionException("podlint: " + problems.get(0));
        }
    }

    static Optional<Severity> parseFailOn(String value) throws MojoExecutionException {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("none")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.parse(v));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("podlint: failOn must be error, warning, info or none, not '" + value + "'");
        }
    }

    private List<Path> configuredFolders() {
        if (directories == null || directories.isEmpty()) {
            return List.of(basedir.toPath().resolve("src/main/kubernetes"), buildDirectory.toPath().resolve("kubernetes"));
        }
        return directories.stream().map(f -> basedir.toPath().resolve(f.toPath())).toList();
    }

    private List<Path> existingFolders() {
        boolean explicit = directories != null && !directories.isEmpty();
        List<Path> existing = new ArrayList<>();
        for (Path folder : configuredFolders()) {
            if (Files.isDirectory(folder)) {
                existing.add(folder.normalize());
            } else if (explicit) {
                getLog().warn("podlint: " + relative(folder) + " is not a folder; not linted");
            }
        }
        return existing;
    }

    private String describe(List<Path> folders) {
        return String.join(", ", folders.stream().map(this::relative).toList());
    }

    private String relative(Path path) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
