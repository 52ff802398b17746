package dev.podlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A file to lint, or standard input (then {@code path} is null).
 *
 * @param walked whether a folder walk found it (a file named on the command line is always linted)
 */
public record InputFile(@Nullable Path path, String displayPath, boolean walked) {

    public InputFile(@Nullable Path path, String displayPath) {
        this(path, displayPath, false);
    }

    public static final String STDIN_NAME = "<stdin>";

    public static InputFile stdin() {
        return new InputFile(null, STDIN_NAME);
    }

    public boolean isStdin() {
        return path == null;
    }

    /** Reads the whole content; at most {@code limit + 1} bytes, so an oversized file is detected cheaply. */
    public byte[] read(InputStream stdin, long limit) throws IOException {
        if (path == null) { // standard input
            return stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limit + 1));
        }
        return BoundedFiles.read(path, limit);
    }
}
