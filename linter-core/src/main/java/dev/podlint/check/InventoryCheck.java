package dev.podlint.check;

import dev.podlint.source.Document;
import java.util.List;

/**
 * A check across objects (PodPresets and the Pods they select, references). To keep memory
 * bounded, the linter keeps only the objects some inventory check {@link #wants}.
 */
public interface InventoryCheck {

    boolean wants(Document document);

    /**
     * Whether this wanted document can make the check report anything. A check that stays silent
     * unless some kind of document is present (no PodPreset: nothing to apply to Pods) answers false
     * for the others; until such a document turns up, the linter keeps the files of those others
     * as bytes instead of trees, and parses them again only if one does.
     */
    default boolean triggers(Document document) {
        return true;
    }

    /** Runs once all files are loaded, over the wanted objects in input order. */
    void check(List<Document> documents, FindingSink sink);
}
