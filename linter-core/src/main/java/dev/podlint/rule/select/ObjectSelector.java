package dev.podlint.rule.select;

import dev.podlint.source.Document;
import java.util.List;
import java.util.Set;

/** {@code objects}: the object itself. */
final class ObjectSelector implements Selector {

    @Override
    public String name() {
        return "objects";
    }

    @Override
    public Set<String> variables() {
        return Set.of();
    }

    @Override
    public Set<String> kinds() {
        return Set.of();
    }

    @Override
    public List<Selection> select(Document document, SelectionCache cache) {
        return document.object() == null
                ? List.of()
                : List.of(new Selection(document.object(), "", Variables.common(document)));
    }
}
