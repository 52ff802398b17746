package dev.podlint.rule.select;

import dev.podlint.source.Document;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Selections of one document, computed once however many rules use the same selector. */
public final class SelectionCache {

    private final Document document;
    private final Map<Selector, List<Selection>> bySelector = new HashMap<>();

    public SelectionCache(Document document) {
        this.document = document;
    }

    public List<Selection> get(Selector selector) {
        List<Selection> selections = bySelector.get(selector);
        if (selections == null) {
            selections = selector.select(document, this);
            bySelector.put(selector, selections);
        }
        return selections;
    }
}
