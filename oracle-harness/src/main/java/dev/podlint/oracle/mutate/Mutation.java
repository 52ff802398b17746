package dev.podlint.oracle.mutate;

import java.util.Random;
import java.util.Set;

/**
 * One kind of mistake (or harmless change) applied to a copy of a seed.
 *
 * @param id     stable id, part of the file names and the manifest
 * @param intent what it should do to the API server's verdict
 * @param kinds  the kinds it applies to; empty for all
 * @param change does it and says what it did, or returns null when the document offers no place for it
 */
public record Mutation(String id, Intent intent, Set<String> kinds, Change change) {

    @FunctionalInterface
    public interface Change {
        String apply(Doc doc, Random random);
    }

    public boolean appliesTo(String kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
