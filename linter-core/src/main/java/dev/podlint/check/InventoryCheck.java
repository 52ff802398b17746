package dev.podlint.check;

import dev.podlint.source.Document;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

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

    /**
     * A compact stand-in for a wanted document the check may not need in full (a Pod no PodPreset
     * selects), or null to keep the document's tree. The linter keeps the entry instead of the tree,
     * and loads the document again from its file only if {@link #needs} asks for it. A document
     * that {@link #triggers} the check must answer null.
     */
    default @Nullable Object indexEntry(Document document) {
        return null;
    }

    /**
     * Once every file is loaded, and only if some document triggered a check: which index entries
     * stand for documents the check needs in full.
     *
     * @param triggering the wanted documents that trigger this check, in input order
     */
    default Predicate<Object> needs(List<Document> triggering) {
        return entry -> true;
    }

    /**
     * A run of the check that takes the documents a file at a time, for a check whose findings about a
     * document that does not trigger it depend only on that document and the triggering ones, and are
     * reported while that document is given: the linter then drops each file's trees once given, and
     * never calls {@link #check}. Null (the default): {@link #check} runs once over them all.
     *
     * @param triggering the wanted documents that trigger this check, in input order
     */
    default @Nullable Pass pass(List<Document> triggering, FindingSink sink) {
        return null;
    }

    /** See {@link #pass}. */
    interface Pass {
        /** Wanted documents that do not trigger the check, of one file, in input order. */
        void add(List<Document> documents);

        /** After the last file: what is reported about the triggering documents themselves. */
        void end();
    }

    /**
     * Runs once all files are loaded, over the wanted objects in input order: every one kept as a
     * tree and every one {@link #needs} asked for (others it wants may be among them).
     */
    void check(List<Document> documents, FindingSink sink);
}
