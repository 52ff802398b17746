package dev.podlint.oracle;

import dev.podlint.oracle.Comparison.Compared;
import dev.podlint.oracle.FieldPaths.Relation;
import java.util.Locale;

/** Verdict counts and field agreement over a group of compared documents. */
final class Tally {

    int documents;
    int bothReject;
    int bothAccept;
    int podlintOnly;
    int oracleOnly;
    /** Oracle errors of documents both reject, and those a podlint error points at, under or over. */
    int oracleErrors;

    int fieldMatched;
    int fieldExact;

    void add(Compared c) {
        documents++;
        switch (c.verdict()) {
            case BOTH_REJECT -> bothReject++;
            case BOTH_ACCEPT -> bothAccept++;
            case PODLINT_ONLY -> podlintOnly++;
            case ORACLE_ONLY -> oracleOnly++;
        }
        if (c.verdict() == Comparison.Verdict.BOTH_REJECT) {
            for (Comparison.ErrorMatch m : c.matches()) {
                oracleErrors++;
                fieldMatched += m.relation() != Relation.NONE ? 1 : 0;
                fieldExact += m.relation() == Relation.EQUAL ? 1 : 0;
            }
        }
    }

    double agreement() {
        return documents == 0 ? 1.0 : (bothReject + bothAccept) / (double) documents;
    }

    String agreementText() {
        return percent(bothReject + bothAccept, documents);
    }

    String fieldMatchText() {
        return oracleErrors == 0
                ? "–"
                : percent(fieldMatched, oracleErrors) + " (" + percent(fieldExact, oracleErrors) + " exact)";
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    /** The markdown row cells after the group's name. */
    String cells() {
        return documents + " | " + bothReject + " | " + bothAccept + " | " + podlintOnly + " | " + oracleOnly + " | "
                + agreementText() + " | " + fieldMatchText();
    }

    static final String HEADER =
            "documents | both reject | both accept | podlint-only | oracle-only | agreement | field match";
}
