package dev.podlint.maven;

import dev.podlint.config.LintOptions;
import dev.podlint.config.ReadFiles;
import dev.podlint.config.UsageException;
import dev.podlint.finding.FailThreshold;
import dev.podlint.preset.MergeOutcome;
import dev.podlint.preset.MergeRun;
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
 * Applies the PodPresets of the project's manifests (and of {@code presets}) to its Pods, as
 * {@code podlint merge} does, and writes the Pods of each input file to the same relative path
 * under {@code outputDirectory}. Bound to {@code package}, where generated manifests exist.
 */
@Mojo(name = "merge", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class MergeMojo extends AbstractPodlintMojo {

    /** Namespace of the documents that name none. */
    @Parameter(property = "podlint.namespace", defaultValue = "default")
    String namespace;

    /** Also apply presets to the pod templates of workloads (beyond upstream: Kubernetes only changed Pods). */
    @Parameter(property = "podlint.templates", defaultValue = "false")
    boolean templates;

    /** Where the merged Pods go, each input file's at its path relative to the project. */
    @Parameter(property = "podlint.merge.outputDirectory", defaultValue = "${project.build.directory}/podlint/merged")
    File outputDirectory;

    /**
     * What fails the build: error (a PodPreset conflict stopped a merge, or a preset's selector would
     * make the pod's create fail, as {@code podlint merge} exits 1), warning (also an envFrom entry a
     * preset drops) or none (the files are written and the build goes on).
     */
    @Parameter(property = "podlint.merge.failOn", defaultValue = "error")
    String failOn;

    @Override
    String action() {
        return "merge";
    }

    @Override
    Work prepare() throws MojoExecutionException {
        if (namespace == null || namespace.isBlank()) {
            throw new MojoExecutionException("podlint: <namespace> must not be empty");
        }
        FailThreshold threshold;
        try {
            threshold = FailThreshold.parse(failOn == null ? "error" : failOn);
        } catch (IllegalArgumentException e) {
            threshold = FailThreshold.INFO; // refused below
        }
        if (threshold == FailThreshold.INFO) {
            throw new MojoExecutionException(
                    "podlint: <failOn> of the merge goal must be error, warning or none, not '" + failOn + "'");
        }
        FailThreshold chosen = threshold;
        return files -> merge(files, chosen);
    }

    private void merge(List<Path> files, FailThreshold threshold) throws MojoExecutionException, MojoFailureException {
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        List<String> paths = files.stream()
                .filter(f -> !f.toAbsolutePath().normalize().startsWith(output))
                .map(Path::toString)
                .toList();
        MergeRun.Result result;
        LintOptions options;
        try {
            options = options()
                    .defaultNamespace(namespace.trim())
                    .presetTemplates(templates)
                    .build();
            result = new MergeRun(options).run(paths, InputStream.nullInputStream());
        } catch (UsageException | RuleFileException e) {
            throw new MojoExecutionException("podlint: " + ParameterNames.of(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("podlint: internal error: " + e, e);
        }
        result.errors().forEach(e -> getLog().error("podlint: " + shown(e)));
        if (!result.errors().isEmpty()) {
            throw new MojoExecutionException(
                    "podlint: " + ParameterNames.of(shown(result.errors().get(0))));
        }
        int failing = 0;
        for (String note : result.notes()) {
            MergeNote parsed = MergeNote.of(note);
            String line = "podlint: " + shown(parsed.place()) + parsed.message();
            if (threshold.failsOn(parsed.severity())) {
                failing++;
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        if (result.outcomes().isEmpty()) {
            int read = paths.size() - result.excluded().size(); // the config file's exclude globs may drop some
            getLog().info("podlint: no Pod in the " + read + (read == 1 ? " file" : " files")
                    + " read" + (templates ? "" : " (workload templates count with templates=true)")
                    + "; nothing written");
            return;
        }
        List<Path> written = new MergedFiles(
                        basedir.toPath(), options.workingDirectory(), output, ReadFiles.of(options, paths))
                .write(result.outcomes());
        long applied = result.outcomes().stream().filter(MergeOutcome::applied).count();
        long stopped = result.outcomes().stream()
                .filter(o -> !o.conflicts().isEmpty() || o.rejected())
                .count();
        String counts =
                "PodPresets applied to " + applied + " of " + result.outcomes().size() + " pods; " + written.size()
                        + (written.size() == 1 ? " file" : " files") + " in " + relative(output);
        if (failing > 0) {
            throw new MojoFailureException("podlint: " + failing + " PodPreset "
                    + (failing == 1 ? "problem reaches" : "problems reach") + " failOn " + threshold.label()
                    + " (see the [ERROR] lines above); "
                    + (stopped == 0 ? "" : stopped + (stopped == 1 ? " pod" : " pods") + " written as is; ")
                    + counts);
        }
        getLog().info("podlint: " + counts
                + (stopped == 0 ? "" : "; " + stopped + (stopped == 1 ? " pod" : " pods") + " written as is"));
    }
}
