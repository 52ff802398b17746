package dev.podlint.source;

/** A file a folder walk found and left out, by its display path. */
public record SkippedFile(String path, SkipReason reason) {}
