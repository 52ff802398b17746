package dev.podlint.maven;

import dev.podlint.config.ConfigFileReader;
import dev.podlint.config.LintOptions;
import dev.podlint.config.PodlintConfig;
import dev.podlint.config.PresetFeatureGates;
import dev.podlint.config.UsageException;
import dev.podlint.source.DeepStack;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    /**
     * Where the generators write, relative to the build folder: Quarkus (and Dekorate inside Quarkus),
     * Dekorate, JKube's kubernetes-maven-plugin.
     */
    static final List<String> GENERATOR_FOLDERS =
            List.of("kubernetes", "classes/META-INF/dekorate", "classes/META-INF/jkube");

    /** What a goal does with the files found; run only when there is at least one. */
    @FunctionalInterface
    interface Work {
        void run(List<Path> files) throws MojoExecutionException, MojoFailureException;
    }

    /** The project's folder: relative paths of the parameters and log lines are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The project's build folder, where the generators write and the reports go. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /** The folder of the reactor's top project: the root of report paths when no git repository holds it. */
    @Parameter(defaultValue = "${session.topLevelProject.basedir}", readonly = true)
    File topLevelDirectory;

    /**
     * The folder the paths of reports (and baselines) are relative to, as a run of the command line
     * there would name them: SARIF's {@code %SRCROOT%}. Default: the root of the git repository that
     * holds the reactor's top project, else that project's folder.
     */
    @Parameter(property = "podlint.repositoryRoot")
    File repositoryRoot;

    /**
     * Folders to read, each when it exists. Default: {@code src/main/kubernetes} and where the
     * generators write: {@code target/kubernetes} (Quarkus), {@code target/classes/META-INF/dekorate}
     * (Dekorate), {@code target/classes/META-INF/jkube} (JKube). A generator's twin outputs in the build
     * folder are read once: {@code kubernetes.json} beside {@code kubernetes.yml}, and JKube's
     * per-resource folder {@code kubernetes/} beside {@code kubernetes.yml}.
     */
    @Parameter
    List<File> directories;

    /** Patterns (the config file's glob dialect), relative to each folder, of the files to read. */
    @Parameter(property = "podlint.includes", defaultValue = DEFAULT_INCLUDES)
    List<String> includes;

    /** Patterns (the config file's glob dialect), relative to each folder, of the files not to read. */
    @Parameter(property = "podlint.excludes")
    List<String> excludes;

    /** Kubernetes minor version to validate against, e.g. 1.33; default: the newest bundled one. */
    @Parameter(property = "podlint.kubernetesVersion")
    String kubernetesVersion;

    /**
     * The podlint config file to use, relative to the project. Default: the nearest {@code .podlint.yaml}
     * from the project's folder up to the root of its git repository, as the command line finds it.
     */
    @Parameter(property = "podlint.configFile")
    File configFile;

    /** Folders of the project's own rule files, relative to the project (as {@code podlint lint --rules}). */
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

    /** Skip the goal. */
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
            throw new MojoExecutionException("podlint: " + ParameterNames.of(e.getMessage()), e);
        }
        ManifestScanner.Result scan = scanner.scan(folders);
        scan.problems().forEach(p -> getLog().error("podlint: " + p));
        GeneratorTwins.Result twins = GeneratorTwins.of(scan.files(), buildDirectory.toPath());
        twins.skipped()
                .forEach((file, twin) -> getLog().info("podlint: " + relative(file) + " not read: the generator wrote "
                        + "the same manifests to " + relative(twin) + ", which is read"));
        if (twins.files().isEmpty()) {
            getLog().info("podlint: nothing to " + action() + " (no file in " + describe(folders) + " matches "
                    + String.join(",", includes == null ? List.of() : includes) + ")");
        } else {
            work.run(twins.files());
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
                .workingDirectory(root())
                .config(projectConfig())
                .forceExclude(true);
        if (rulesDirectories != null) {
            rulesDirectories.forEach(dir -> options.ruleDirectory(base.resolve(dir.toPath())));
        }
        if (kubernetesVersion != null && !kubernetesVersion.isBlank()) {
            options.kubernetesVersion(kubernetesVersion.trim());
        }
        if (presets != null) {
            presets.forEach(p -> options.preset(fromRoot(base.resolve(p.toPath()))));
        }
        if (presetFeatureGates != null && !presetFeatureGates.isBlank()) {
            options.presetFeatureGates(PresetFeatureGates.parse(presetFeatureGates.trim()));
        }
        if (crds != null) {
            crds.forEach(c -> options.crd(fromRoot(base.resolve(c.toPath()))));
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
            throw new UsageException("<configFile> " + relative(file) + ": no such file");
        }
        return new ConfigFileReader().read(file);
    }

    private List<Path> configuredFolders() {
        if (directories == null || directories.isEmpty()) {
            List<Path> folders = new ArrayList<>();
            folders.add(basedir.toPath().resolve("src/main/kubernetes"));
            GENERATOR_FOLDERS.forEach(f -> folders.add(buildDirectory.toPath().resolve(f)));
            return folders;
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
        return relative(basedir.toPath(), path);
    }

    /**
     * A file as the engine names it (relative to {@link #root()}), shown relative to the project's
     * folder when below it, as the build log shows paths.
     */
    String shown(String enginePath) {
        String project = fromRoot(basedir.toPath());
        return !project.isEmpty() && enginePath.startsWith(project + "/")
                ? enginePath.substring(project.length() + 1)
                : enginePath;
    }

    /** The path relative to {@link #root()} when below it, as the engine names the files it reads. */
    String fromRoot(Path path) {
        return relative(root(), path);
    }

    /**
     * The engine's working directory: {@code repositoryRoot} when given, else the root of the git
     * repository (a folder holding {@code .git}) that holds the reactor's top project, else that
     * project's folder.
     */
    Path root() {
        if (repositoryRoot != null) {
            return basedir.toPath()
                    .resolve(repositoryRoot.toPath())
                    .toAbsolutePath()
                    .normalize();
        }
        Path top = (topLevelDirectory == null ? basedir : topLevelDirectory)
                .toPath()
                .toAbsolutePath()
                .normalize();
        for (Path dir = top; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return dir;
            }
        }
        return top;
    }

    private static String relative(Path base, Path path) {
        Path from = base.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(from) ? from.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }
}
