package dev.podlint;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/** What one file contributed. */
final class FileOutcome {
    final List<Finding> findings = new ArrayList<>();
    final List<Notification> notifications = new ArrayList<>();
    /** The documents some inventory check wants, in file order. */
    final List<WantedDocument> wanted = new ArrayList<>();
    /** Whether a wanted document makes an inventory check report (see InventoryCheck.triggers). */
    boolean triggered;
    /** The bytes of a file that cannot be read again, kept when some wanted tree was not. */
    byte[] bytes;
    /** Length and CRC of the bytes, to tell that a file read again is the one linted. */
    long checksum;
    Notification reloadProblem;
    /** Whether some needed document of this file has no tree: the file is loaded again. */
    boolean loadAgain;
    int documents;
    boolean readable;
    boolean presetOnly;

    /** Keeps what loading the file again needs: its checksum when it can be read again, else its bytes. */
    void keepForReload(byte[] content, boolean rereadable) {
        if (rereadable) {
            checksum = checksum(content);
        } else {
            bytes = content; // stdin cannot be read again
        }
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
