package dev.podlint.run;

import dev.podlint.source.Document;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A document some inventory check wants: its tree, or only the checks' index entries.
 *
 * @param position where the document is among its file's loaded documents
 * @param tree     the document, or null when only the entries are kept
 * @param entries  per inventory check: its index entry, {@link #TREE}, or null when the check does not
 *                 want the document
 */
record WantedDocument(int position, @Nullable Document tree, List<Object> entries) {

    /** The entry of a check that needs the tree. */
    static final Object TREE = new Object();

    WantedDocument {
        entries = Collections.unmodifiableList(Arrays.asList(entries.toArray()));
    }

    WantedDocument withoutTree() {
        return new WantedDocument(position, null, entries);
    }

    /** Whether some check needs the whole document: its tree is kept, or a check asks for it. */
    boolean neededBy(List<Predicate<Object>> needs) {
        if (tree != null) {
            return true;
        }
        for (int c = 0; c < entries.size(); c++) {
            Object entry = entries.get(c);
            if (entry == TREE || (entry != null && needs.get(c).test(entry))) {
                return true;
            }
        }
        return false;
    }
}
