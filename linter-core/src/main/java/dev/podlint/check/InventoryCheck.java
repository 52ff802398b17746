package dev.podlint.check;

import dev.podlint.source.Document;
import java.util.List;

/**
 * A check across objects (PodPresets and the Pods they select, references). To keep memory
 * bounded, the linter keeps only the objects some inventory check {@link #wants}.
 */
public interface InventoryCheck {

    boolean wants(Document document);

    /** Runs once all files are loaded, over the wanted objects in input order. */
    void check(List<Document> documents, FindingSink sink);
}
