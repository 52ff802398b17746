package dev.podlint.rule.select;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code dataEntries}: every entry of a Secret's {@code data} and {@code stringData} and of a
 * ConfigMap's {@code data} and {@code binaryData}. The selected node is the value; variables:
 * {@code key}, {@code value}, {@code field} (which map), {@code valueType} (its JSON type).
 * Messages never see {@code value}.
 */
final class DataEntrySelector implements Selector {

    private static final Map<String, List<String>> FIELDS = Map.of(
            "Secret", List.of("data", "stringData"),
            "ConfigMap", List.of("data", "binaryData"));

    @Override
    public String name() {
        return "dataEntries";
    }

    @Override
    public Set<String> variables() {
        return Set.of("key", "value", "field", "valueType");
    }

    @Override
    public Set<String> kinds() {
        return FIELDS.keySet();
    }

    @Override
    public List<Selection> select(Document document, SelectionCache cache) {
        List<String> fields = document.kind() == null ? null : FIELDS.get(document.kind());
        MappingNode object = document.object();
        if (fields == null || object == null) {
            return List.of();
        }
        List<Selection> out = new ArrayList<>();
        Map<String, Object> common = Variables.common(document);
        for (String field : fields) {
            if (object.node(field) instanceof MappingNode map) {
                String mapPointer = Pointers.append("", field);
                for (MappingNode.Entry entry : map.entries()) {
                    Map<String, Object> vars = Variables.with(common, "key", entry.key());
                    vars.put("value", entry.value().value());
                    vars.put("field", field);
                    vars.put("valueType", entry.value().jsonType());
                    out.add(new Selection(entry.value(), Pointers.append(mapPointer, entry.key()), vars));
                }
            }
        }
        return out;
    }
}
