package dev.podlint.config;

/** A mistake in how podlint was called or configured: reported in one line, exit code 2. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
