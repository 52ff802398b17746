package dev.podlint.cli;

import dev.podlint.config.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code podlint hook install}: writes the repository's pre-commit hook (where {@code core.hooksPath}
 * says, else {@code .git/hooks}), running {@code podlint lint --staged --force-exclude} with this
 * checkout's launcher.
 */
@Command(
        name = "install",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write a git pre-commit hook that lints the staged content of staged manifests "
                    + "(podlint lint --staged) and blocks the commit on findings.",
            "Options after '--' are passed to 'podlint lint --staged', e.g. -- --fail-on warning."
        })
final class HookInstallCommand implements Callable<Integer> {

    static final String LAUNCHER_ENV = "PODLINT_LAUNCHER";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--force", description = "Replace an existing pre-commit hook (it is not kept).")
    boolean force;

    @Option(names = "--repo", paramLabel = "DIR", description = "The git repository (default: the current directory).")
    Path repo;

    @Option(
            names = "--podlint",
            paramLabel = "PATH",
            description = "The podlint command the hook runs (default: this checkout's bin/podlint).")
    Path podlint;

    @Parameters(
            paramLabel = "LINT_OPTION",
            arity = "0..*",
            description = "Options for 'podlint lint --staged', after '--'.")
    List<String> lintArgs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Path repoDir = (repo == null ? Path.of("") : repo).toAbsolutePath().normalize();
        if (!Files.isDirectory(repoDir)) {
            throw new UsageException("--repo " + repoDir + " is not a directory");
        }
        Git git = new Git(repoDir);
        if (!"false".equals(bareOrNot(git))) {
            throw new UsageException(repoDir + " is not a git work tree (commits, and so hooks, need one)");
        }
        // Relative to where git ran; core.hooksPath, when set, is already applied.
        Path hook = repoDir.resolve(git.text("rev-parse", "--git-path", "hooks"))
                .normalize()
                .resolve("pre-commit");
        String script = HookScript.render(launcher(), lintArgs);
        PrintWriter out = spec.commandLine().getOut();
        if (Files.exists(hook, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isRegularFile(hook)
                    && Files.readString(hook, StandardCharsets.UTF_8).equals(script)) {
                out.println("podlint: " + hook + " is already this hook; nothing to do");
                return 0;
            }
            if (!force) {
                throw new UsageException(hook + " already exists and was left as it is; run 'podlint hook install "
                        + "--force' to replace it, or call 'podlint lint --staged --force-exclude' from it yourself");
            }
            Files.delete(hook);
        }
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, script, StandardCharsets.UTF_8);
        makeExecutable(hook);
        out.println("podlint: installed " + hook + "; each commit now runs " + launcher()
                + " lint --staged --force-exclude" + (lintArgs.isEmpty() ? "" : " " + String.join(" ", lintArgs)));
        out.flush();
        return 0;
    }

    private static String bareOrNot(Git git) {
        try {
            return git.text("rev-parse", "--is-bare-repository");
        } catch (UsageException e) {
            throw new UsageException(git.directory() + " is not in a git repository");
        }
    }

    /** The podlint command the hook runs, as an absolute path, so the hook works from any directory. */
    private String launcher() {
        if (podlint != null) {
            Path given = podlint.toAbsolutePath().normalize();
            if (!Files.isExecutable(given)) {
                throw new UsageException("--podlint " + given + " is not an executable file");
            }
            return given.toString();
        }
        String fromLauncher = System.getenv(LAUNCHER_ENV);
        if (fromLauncher != null && !fromLauncher.isBlank()) {
            return fromLauncher;
        }
        Path inCheckout = checkoutLauncher();
        if (inCheckout == null) {
            throw new UsageException(
                    "cannot tell where bin/podlint is (podlint was not started by it); " + "pass --podlint PATH");
        }
        return inCheckout.toString();
    }

    /** bin/podlint of the checkout whose cli/target/podlint.jar is running, if that is how podlint runs. */
    private static Path checkoutLauncher() {
        try {
            Path jar = Path.of(HookInstallCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path root = jar.getParent() == null ? null : jar.getParent().getParent();
            root = root == null ? null : root.getParent();
            Path launcher = root == null ? null : root.resolve("bin").resolve("podlint");
            return launcher != null && Files.isExecutable(launcher) ? launcher : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            file.toFile().setExecutable(true);
        }
    }
}
