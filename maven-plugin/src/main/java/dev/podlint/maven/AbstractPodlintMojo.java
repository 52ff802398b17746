package dev.podlint.maven;

import dev.podlint.config.ConfigFileReader;
import dev.podlint.config.LintOptions;
import dev.podlint.config.PodlintConfig;
import dev.podlint.config.PresetFeatureGates;
import dev.podlint.config.UsageException;
import dev.podlint.source.DeepStack;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the podlint goals share: which files of the project they read (folders, includes, excludes),
 * the engine options (Kubernetes version, PodPresets, config and rule files) and {@code skip}.
 * A goal checks its own parameters in {@link #prepare()} and works on the files found.
 */
abstract class AbstractPodlintMojo extends AbstractMojo {

    static final String DEFAULT_INCLUDES = "**/*.yaml,**/*.yml,**/*.json";

    /** What a goal does with the files found; run only when there is at least one. */
    @FunctionalInterface
    interface Work {
        void run(List<Path> files) throws MojoExecutionException, MojoFailureException;
    }

    /** The project's folder: the working directory, so paths in findings are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /**
     * Folders to read. Default: {@code src/main/kubernetes} and {@code ${project.build.directory}/kubernetes}
     * (where Quarkus, JKube and Dekorate write), each when it exists.
     */
    @Parameter
    List<File> directories;

    /** Comma-separated Ant patterns, relative to each folder, of the files to read. */
    @Parameter(property = "podlint.includes", defaultValue = DEFAULT_INCLUDES)
    String includes;

    /** Comma-separated Ant patterns, relative to each folder, of files not to read. */
    @Parameter(property = "podlint.excludes")
    String excludes;

    /** Kubernetes minor version to validate against, e.g. 1.33; default: the newest bundled one. */
    @Parameter(property = "podlint.kubernetesVersion")
    String kubernetesVersion;

    /** A podlint config file ({@code .podlint.yaml}). */
    @Parameter(property = "podlint.configFile")
    File configFile;

    /** Folders of the project's own rule files. */
    @Parameter
    List<File> rulesDirectories;

    /** PodPreset files or folders that are not among the files read; relative to the project's folder. */
    @Parameter
    List<File> presets;

    /**
     * Feature gates of the Kubernetes 1.19 API server that the PodPreset plugin reads, as its
     * --feature-gates: EphemeralContainers=true makes it check ephemeral containers for conflicts too.
     */
    @Parameter(property = "podlint.presetFeatureGates")
    String presetFeatureGates;

    /** CustomResourceDefinition files or folders: their custom resources are validated; relative to the project. */
    @Parameter
    List<File> crds;

    /** Folders of extra JSON schemas (custom resources), in kubeconform's layout; relative to the project. */
    @Parameter
    List<File> schemaLocations;

    @Parameter(property = "podlint.skip", defaultValue = "false")
    boolean skip;

    /** The goal's verb in log lines: "nothing to lint". */
    abstract String action();

    /** Checks the goal's own parameters before any file is read, and returns what it does with the files. */
    abstract Work prepare() throws MojoExecutionException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("podlint: skipped (podlint.skip)");
            return;
        }
        // The same stack as the CLI's, whatever Maven's thread has.
        try {
            DeepStack.<Void, AbstractMojoExecutionException>call(() -> {
                executeGoal();
                return null;
            });
        } catch (MojoExecutionException | MojoFailureException e) {
            throw e;
        } catch (AbstractMojoExecutionException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private void executeGoal() throws MojoExecutionException, MojoFailureException {
        Work work = prepare();
        List<Path> folders = existingFolders();
        if (folders.isEmpty()) {
            getLog().info("podlint: nothing to " + action() + " (no folder of " + describe(configuredFolders())
                    + " exists)");
            return;
        }
        ManifestScanner scanner;
        try {
            scanner = new ManifestScanner(includes, excludes);
        } catch (UsageException e) {
            throw new MojoExecutionException("podlint: " + e.getMessage(), e);
        }
        ManifestScanner.Result scan = scanner.scan(folders);
        scan.problems().forEach(p -> getLog().error("podlint: " + p));
        if (scan.files().isEmpty()) {
            getLog().info("podlint: nothing to " + action() + " (no file in " + describe(folders) + " matches "
                    + includes + ")");
        } else {
            work.run(scan.files());
        }
        if (!scan.problems().isEmpty()) {
            throw new MojoExecutionException("podlint: " + scan.problems().get(0));
        }
    }

    /**
     * The engine options every goal shares: paths relative to the project (so messages show them so),
     * the config file (the given one, or the nearest {@code .podlint.yaml} from the project folder up,
     * as the CLI finds it), then the goal's own parameters, which win over the config file. The
     * config file's include/exclude globs filter the files found here too (they reach the engine as
     * named files, which it would otherwise always lint).
     */
    LintOptions.Builder options() {
        Path base = basedir.toPath();
        LintOptions.Builder options = LintOptions.builder()
                .workingDirectory(base)
                .config(projectConfig())
                .forceExclude(true);
        if (rulesDirectories != null) {
            rulesDirectories.forEach(dir -> options.ruleDirectory(base.resolve(dir.toPath())));
        }
        if (kubernetesVersion != null && !kubernetesVersion.isBlank()) {
            options.kubernetesVersion(kubernetesVersion.trim());
        }
        if (presets != null) {
            presets.forEach(p -> options.preset(relative(base.resolve(p.toPath()))));
        }
        if (presetFeatureGates != null && !presetFeatureGates.isBlank()) {
            options.presetFeatureGates(PresetFeatureGates.parse(presetFeatureGates.trim()));
        }
        if (crds != null) {
            crds.forEach(c -> options.crd(relative(base.resolve(c.toPath()))));
        }
        if (schemaLocations != null) {
            schemaLocations.forEach(dir -> options.schemaLocation(base.resolve(dir.toPath())));
        }
        return options;
    }

    private PodlintConfig projectConfig() {
        if (configFile == null) {
            Path found = ConfigFileReader.find(basedir.toPath());
            return found == null ? PodlintConfig.NONE : new ConfigFileReader().read(found);
        }
        Path file = basedir.toPath().resolve(configFile.toPath());
        if (!Files.isRegularFile(file)) {
            throw new UsageException("configFile " + relative(file) + ": no such file");
        }
        return new ConfigFileReader().read(file);
    }

    private List<Path> configuredFolders() {
        if (directories == null || directories.isEmpty()) {
            return List.of(
                    basedir.toPath().resolve("src/main/kubernetes"),
                    buildDirectory.toPath().resolve("kubernetes"));
        }
        return directories.stream()
                .map(f -> basedir.toPath().resolve(f.toPath()))
                .toList();
    }

    private List<Path> existingFolders() {
        boolean explicit = directories != null && !directories.isEmpty();
        List<Path> existing = new ArrayList<>();
        for (Path folder : configuredFolders()) {
            if (Files.isDirectory(folder)) {
                existing.add(folder.normalize());
            } else if (explicit) {
                getLog().warn("podlint: " + relative(folder) + " is not a folder; not read");
            }
        }
        return existing;
    }

    private String describe(List<Path> folders) {
        return String.join(", ", folders.stream().map(this::relative).toList());
    }

    /** The path relative to the project's folder when below it, with '/' separators. */
    String relative(Path path) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }
}
