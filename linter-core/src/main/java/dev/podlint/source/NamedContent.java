package dev.podlint.source;

import java.util.Objects;

/**
 * The content of a manifest that is not read from its path, such as the version of a file staged in
 * git's index, with the path findings report it under. The bytes are not copied: do not change them.
 */
@SuppressWarnings("ArrayRecordComponent") // carries bytes without copying them; never compared or hashed
public record NamedContent(String displayPath, byte[] bytes) {

    public NamedContent {
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(bytes, "bytes");
    }
}
