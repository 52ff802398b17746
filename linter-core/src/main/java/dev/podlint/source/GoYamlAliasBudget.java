package dev.podlint.source;

/**
 * go-yaml v2's guard against alias bombs ({@code decoder.unmarshal}, "document contains excessive
 * aliasing"): it counts every node it decodes and, separately, those decoded inside an alias; once
 * more than 100 nodes came from aliases and more than 1,000 were decoded, the share from aliases may
 * not exceed 99% (up to 400,000 decoded nodes), falling linearly to 10% at 4,000,000. The share only
 * grows while an alias is expanded, so checking after each alias is the same as checking per node.
 */
final class GoYamlAliasBudget {

    private static final long RANGE_LOW = 400_000;
    private static final long RANGE_HIGH = 4_000_000;

    private long decoded = 1; // go-yaml counts the document node too
    private long fromAliases;

    /** Nodes written in the document itself. */
    void own(long nodes) {
        decoded += nodes;
    }

    /** An alias expanding to {@code nodes} nodes; false when go-yaml would stop. */
    boolean expand(long nodes) {
        decoded += 1 + nodes;
        fromAliases += nodes;
        return !(fromAliases > 100 && decoded > 1000 && (double) fromAliases / decoded > allowedRatio(decoded));
    }

    String describe() {
        return fromAliases + " of " + decoded + " nodes come from aliases";
    }

    private static double allowedRatio(long decodeCount) {
        if (decodeCount <= RANGE_LOW) {
            return 0.99;
        }
        if (decodeCount >= RANGE_HIGH) {
            return 0.10;
        }
        return 0.99 - 0.89 * ((double) (decodeCount - RANGE_LOW) / (RANGE_HIGH - RANGE_LOW));
    }
}
