package dev.podlint.cli;

import dev.podlint.config.LintOptions;
import dev.podlint.config.UsageException;
import dev.podlint.source.Discovery;
import dev.podlint.source.InputCollector;
import dev.podlint.source.NamedContent;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The staged content of the staged manifests of a git repository: for each file added, copied,
 * modified or changed in type in the index, the blob in the index (what the commit will hold, not
 * the working file), named by its path relative to the working directory.
 *
 * <p>Two git commands whatever the number of files: {@code git diff --cached --raw -z} lists the
 * staged paths with their blob ids, {@code git cat-file --batch} streams the blobs.
 */
final class StagedManifests {

    private static final Set<String> REGULAR_FILE_MODES = Set.of("100644", "100755");

    private StagedManifests() {}

    /**
     * As a folder walk would, the config file's include/exclude globs leave out staged files, except a
     * file a pathspec names exactly (as a file named on the command line), unless {@code --force-exclude}.
     *
     * @param options   the working directory, the config file's globs, {@code --force-exclude}, and the
     *                  loader's size limit: larger blobs are cut after {@code maxFileBytes + 1} bytes,
     *                  enough for the loader to report them as too large
     * @param pathspecs git pathspecs (relative to the working directory) that narrow the selection; when
     *                  none, files in hidden folders and those {@link Discovery} leaves out by name or
     *                  place are left out, as a folder walk of the repository would
     */
    static List<NamedContent> read(LintOptions options, List<String> pathspecs) {
        Path workingDirectory = options.workingDirectory();
        long maxBytes = options.limits().maxFileBytes();
        Git git = new Git(workingDirectory);
        if (!"true".equals(insideWorkTree(git))) {
            throw new UsageException("--staged needs a git work tree; " + workingDirectory + " is not inside one");
        }
        String prefix = git.text("rev-parse", "--show-prefix");
        Path top = Path.of(git.text("rev-parse", "--show-toplevel"));
        InputCollector names = new InputCollector(workingDirectory);
        Set<Path> named = new HashSet<>();
        pathspecs.forEach(spec -> named.add(workingDirectory.resolve(spec).normalize()));
        Predicate<String> included = options.fileFilter();
        List<StagedBlob> blobs = new ArrayList<>();
        List<String> displays = new ArrayList<>();
        for (StagedBlob blob : stagedBlobs(git, top, pathspecs)) {
            String path = blob.path();
            String display =
                    path.startsWith(prefix) ? path.substring(prefix.length()) : names.display(top.resolve(path));
            boolean namedExactly =
                    named.contains(workingDirectory.resolve(display).normalize());
            if ((namedExactly && !options.forceExclude()) || included.test(display)) {
                blobs.add(blob);
                displays.add(display);
            }
        }
        if (blobs.isEmpty()) {
            return List.of();
        }
        StringBuilder ids = new StringBuilder();
        blobs.forEach(b -> ids.append(b.id()).append('\n'));
        List<byte[]> contents = git.run(
                ids.toString().getBytes(StandardCharsets.US_ASCII),
                out -> readBatch(out, blobs.size(), maxBytes),
                "cat-file",
                "--batch");
        List<NamedContent> staged = new ArrayList<>(blobs.size());
        for (int i = 0; i < blobs.size(); i++) {
            staged.add(new NamedContent(displays.get(i), contents.get(i)));
        }
        return staged;
    }

    private static String insideWorkTree(Git git) {
        try {
            return git.text("rev-parse", "--is-inside-work-tree");
        } catch (UsageException e) {
            return "false";
        }
    }

    private record StagedBlob(String path, String id) {}

    /** Parses {@code :oldmode newmode oldid newid status NUL path NUL} records (no renames asked for). */
    private static List<StagedBlob> stagedBlobs(Git git, Path top, List<String> pathspecs) {
        Discovery discovery = new Discovery();
        List<String> args = new ArrayList<>(List.of(
                "diff",
                "--cached",
                "--raw",
                "-z",
                "--no-abbrev",
                "--no-renames",
                "--no-ext-diff",
                "--diff-filter=ACMT",
                "--"));
        args.addAll(pathspecs);
        String raw = git.text(args.toArray(String[]::new));
        String[] fields = raw.split("\0", -1);
        List<StagedBlob> blobs = new ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            String[] meta = fields[i].split(" ", -1);
            String path = fields[i + 1];
            if (meta.length < 5 || !REGULAR_FILE_MODES.contains(meta[1])) {
                continue; // symbolic links and submodules hold no manifest text
            }
            if (InputCollector.isManifestName(Path.of(path))
                    && (!pathspecs.isEmpty() || walkedByDefault(path, top, discovery))) {
                blobs.add(new StagedBlob(path, meta[3]));
            }
        }
        return blobs;
    }

    private static boolean walkedByDefault(String path, Path top, Discovery discovery) {
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].startsWith(".")) {
                return false;
            }
        }
        return discovery.byName(top.resolve(path)) == null;
    }

    /** Reads {@code <id> blob <size> LF <content> LF} answers, in the order asked. */
    private static List<byte[]> readBatch(InputStream out, int count, long maxBytes) throws IOException {
        List<byte[]> contents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String header = readLine(out);
            String[] parts = header.split(" ", -1);
            if (parts.length != 3 || !parts[1].equals("blob")) {
                throw new IOException("unexpected answer from git cat-file: " + header);
            }
            long size = Long.parseLong(parts[2]);
            int keep = (int) Math.min(size, Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
            contents.add(out.readNBytes(keep));
            out.skipNBytes(size - keep + 1); // the rest of an oversized blob, and the LF after it
        }
        return contents;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("git cat-file stopped early");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
