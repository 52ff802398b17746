package dev.podlint.finding;

import org.jspecify.annotations.Nullable;

/**
 * A message about the run rather than about a manifest: an unreadable path, a skipped symlink
 * loop, a rule that failed. {@code error} notifications make the run exit with 2.
 *
 * @param file the path concerned, or null
 */
public record Notification(boolean error, @Nullable String file, String message) {}
