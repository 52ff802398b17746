package dev.podlint.run;

import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * What loading a file again needs: for a file that can be read again, the length and CRC of what
 * was linted, to tell that it has not changed since; for one that cannot (stdin), its bytes.
 */
@SuppressWarnings("ArrayRecordComponent") // package-private; never compared or hashed
record Reload(byte @Nullable [] bytes, long checksum) {

    static Reload of(byte[] content, boolean rereadable) {
        return rereadable ? new Reload(null, checksum(content)) : new Reload(content, 0);
    }

    /** Whether {@code content}, read again, is what was linted. */
    boolean isLinted(byte[] content) {
        return checksum(content) == checksum;
    }

    private static long checksum(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return ((long) content.length << 32) ^ crc.getValue();
    }
}
