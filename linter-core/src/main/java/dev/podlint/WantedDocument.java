package dev.podlint;

import dev.podlint.source.Document;
import java.util.List;
import java.util.function.Predicate;

/** A document some inventory check wants: its tree, or only the checks' index entries. */
final class WantedDocument {
    /** The entry of a check that needs the tree. */
    static final Object TREE = new Object();

    /** Where the document is among its file's loaded documents. */
    final int position;
    /** Per inventory check: its index entry, TREE, or null when the check does not want the document. */
    final Object[] entries;
    Document tree;
    boolean needed;

    WantedDocument(int position, Document tree, Object[] entries) {
        this.position = position;
        this.tree = tree;
        this.entries = entries;
    }

    boolean neededBy(List<Predicate<Object>> needs) {
        for (int c = 0; c < entries.length; c++) {
            if (entries[c] == TREE || (entries[c] != null && needs.get(c).test(entries[c]))) {
                return true;
            }
        }
        return false;
    }
}
