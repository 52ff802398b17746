package dev.podlint.rule.select;

import dev.podlint.source.Document;
import java.util.List;
import java.util.Set;

/** A named way to pick nodes of a document for a rule ({@code podSpecs}, {@code containers}, ...). */
public interface Selector {

    String name();

    /** The variables each selection carries (beyond the common ones), for checking rule files. */
    Set<String> variables();

    /** The kinds this selector can select anything in; empty means every kind. */
    Set<String> kinds();

    List<Selection> select(Document document, SelectionCache cache);
}
