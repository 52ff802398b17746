package dev.podlint.maven;

import dev.podlint.config.LintOptions;
import dev.podlint.config.ReadFiles;
import dev.podlint.config.UsageException;
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

    @Override
    String action() {
        return "merge";
    }

    @Override
    Work prepare() throws MojoExecutionException {
        if (namespace == null || namespace.isBlank()) {
            throw new MojoExecutionException("podlint: namespace must not be empty");
        }
        return this::merge;
    }

    private void merge(List<Path> files) throws MojoExecutionException, MojoFailureException {
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
            throw new MojoExecutionException("podlint: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("podlint: internal error: " + e, e);
        }
        result.errors().forEach(e -> getLog().error("podlint: " + e));
        if (!result.errors().isEmpty()) {
            throw new MojoExecutionException("podlint: " + result.errors().get(0));
        }
        result.notes().forEach(n -> getLog().warn(n));
        if (result.outcomes().isEmpty()) {
            int read = paths.size() - result.excluded().size(); // the config file's exclude globs may drop some
            getLog().info("podlint: no Pod in the " + read + (read == 1 ? " file" : " files")
                    + " read" + (templates ? "" : " (workload templates count with templates=true)")
                    + "; nothing written");
            return;
        }
        List<Path> written =
                new MergedFiles(basedir.toPath(), output, ReadFiles.of(options, paths)).write(result.outcomes());
        long applied = result.outcomes().stream().filter(MergeOutcome::applied).count();
        long stopped = result.outcomes().stream()
                .filter(o -> !o.conflicts().isEmpty() || o.rejected())
                .count();
        String counts =
                "PodPresets applied to " + applied + " of " + result.outcomes().size() + " pods; " + written.size()
                        + (written.size() == 1 ? " file" : " files") + " in " + relative(output);
        if (result.stopped()) {
            throw new MojoFailureException("podlint: " + stopped + (stopped == 1 ? " pod" : " pods")
                    + " written as is: a PodPreset conflict or an invalid selector (see the warnings above); "
                    + counts);
        }
        getLog().info("podlint: " + counts);
    }
}
