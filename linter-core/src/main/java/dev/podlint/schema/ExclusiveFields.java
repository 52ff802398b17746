package dev.podlint.schema;

import dev.podlint.source.MappingNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Words a failed {@code oneOf} the way CRDs use it, as a choice between fields: branches that each
 * require one field ("exactly one of"), plus possibly a branch that requires none of them
 * ({@code not: {anyOf: [{required: [a]}, ...]}}: "at most one of"). Null for any other oneOf.
 */
final class ExclusiveFields {

    private ExclusiveFields() {}

    static @Nullable String describe(JsonNode branches, @Nullable YamlNode value) {
        List<FieldPresence> conditions = branches == null ? null : FieldPresence.branches(branches);
        if (conditions == null || !(value instanceof MappingNode mapping)) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        boolean noneAllowed = false;
        for (FieldPresence condition : conditions) {
            String field = condition.requiredField();
            if (field != null) {
                fields.add(field);
            } else if (condition.requiresNone()) {
                noneAllowed = true;
            } else {
                return null;
            }
        }
        if (fields.size() < 2) {
            return null;
        }
        List<String> present = fields.stream().filter(mapping::containsKey).toList();
        String choice = fields.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", "));
        String found = present.isEmpty()
                ? "none is set"
                : present.stream().map(f -> "'" + f + "'").collect(Collectors.joining(" and ")) + " are set";
        return (noneAllowed ? "set at most one of " : "set exactly one of ") + choice + "; " + found;
    }
}
