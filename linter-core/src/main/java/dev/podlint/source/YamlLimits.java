package dev.podlint.source;

/**
 * Bounds that keep hostile or broken input from exhausting the process. Each one, when crossed,
 * becomes a {@code yaml-syntax} finding instead of a crash.
 *
 * @param maxFileBytes     larger files are not parsed
 * @param maxDepth         deepest nesting of mappings and sequences
 * @param maxAliases       alias references per document
 * @param maxExpandedNodes nodes per document once aliases are expanded (billion laughs)
 */
public record YamlLimits(long maxFileBytes, int maxDepth, int maxAliases, long maxExpandedNodes) {

    public static final YamlLimits DEFAULT = new YamlLimits(64L << 20, 1000, 10_000, 2_000_000);
}
