package dev.podlint.oracle.mutate;

import java.util.Set;

/** Short constructors for the mutation catalogues. */
final class M {

    private M() {}

    static Mutation reject(String id, Set<String> kinds, Mutation.Change change) {
        return new Mutation(id, Intent.REJECT, kinds, change);
    }

    static Mutation accept(String id, Set<String> kinds, Mutation.Change change) {
        return new Mutation(id, Intent.ACCEPT, kinds, change);
    }

    static Mutation mistake(String id, Set<String> kinds, Mutation.Change change) {
        return new Mutation(id, Intent.ACCEPTED_MISTAKE, kinds, change);
    }

    /** "path = value" for descriptions. */
    static String set(String path, Object value) {
        return path + " = " + show(value);
    }

    static String show(Object value) {
        if (value instanceof YScalar s) {
            return s.style() == YScalar.Style.PLAIN ? s.text() + " (unquoted)" : "'" + s.text() + "'";
        }
        return value instanceof String str ? "'" + str + "'" : String.valueOf(value);
    }
}
