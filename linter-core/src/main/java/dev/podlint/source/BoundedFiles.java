package dev.podlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Reads a file that podlint did not write (a manifest, rule, config, baseline or schema) without
 * trusting it: only a regular file is opened (a FIFO would block, {@code /dev/zero} never ends), the
 * file opened must still be the one checked, and at most {@code limit + 1} bytes are read whatever
 * size it claims, so that a file swapped or grown between the check and the read cannot exhaust memory.
 */
public final class BoundedFiles {

    private BoundedFiles() {}

    /** Thrown for a path that is not a regular file (a FIFO, device, socket or folder). */
    public static final class NotRegularFile extends IOException {
        NotRegularFile(String message) {
            super(message);
        }
    }

    /**
     * At most {@code limit + 1} bytes of the regular file at {@code path} (symbolic links followed):
     * more than {@code limit} bytes means the file is larger than the limit.
     */
    public static byte[] read(Path path, long limit) throws IOException {
        BasicFileAttributes before = Files.readAttributes(path, BasicFileAttributes.class);
        requireRegular(before);
        try (SeekableByteChannel channel = Files.newByteChannel(path, StandardOpenOption.READ)) {
            BasicFileAttributes after = Files.readAttributes(path, BasicFileAttributes.class);
            requireRegular(after);
            if (before.fileKey() != null && !Objects.equals(before.fileKey(), after.fileKey())) {
                throw new NotRegularFile("changed while it was read");
            }
            InputStream in = Channels.newInputStream(channel);
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limit + 1));
        }
    }

    /** Like {@link #read}, but a file over the limit is an error naming the limit. */
    public static byte[] readWhole(Path path, long limit) throws IOException {
        byte[] bytes = read(path, limit);
        if (bytes.length > limit) {
            throw new IOException("larger than " + sizeText(limit) + "; not read");
        }
        return bytes;
    }

    private static void requireRegular(BasicFileAttributes attributes) throws NotRegularFile {
        if (!attributes.isRegularFile()) {
            throw new NotRegularFile("not a regular file (" + kind(attributes) + ")");
        }
    }

    static String kind(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        if (attributes.isOther()) {
            return "a FIFO, device or socket";
        }
        return "not a file";
    }

    /** A byte count as people read it: {@code 512 bytes}, {@code 1.5 KiB}, {@code 64.0 MiB}. */
    public static String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / 1073741824.0);
    }
}
