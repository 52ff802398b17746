package dev.podlint.schema;

import dev.podlint.source.MappingNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An exact answer for a subschema that only asks which fields are present: {@code required}, and
 * {@code not}, {@code anyOf}, {@code allOf} and {@code oneOf} of such subschemas. CRDs say "exactly
 * one of" and "at most one of" these fields that way. Unlike the quick check's other answers, false
 * here means invalid, not unsure, which is what a {@code oneOf} or {@code not} around it needs.
 */
abstract class FieldPresence {

    abstract boolean holds(YamlNode node);

    /** The one field this subschema requires ({@code required: [f]}), or null. */
    @Nullable
    String requiredField() {
        return null;
    }

    /** Whether this is {@code not: {anyOf: [...]}}: none of some fields may be present. */
    boolean requiresNone() {
        return false;
    }

    /** The predicate of a presence-only subschema, or null when the subschema asks anything else. */
    static @Nullable FieldPresence of(JsonNode schema) {
        if (!schema.isObject() || schema.size() != 1) {
            return null;
        }
        Map.Entry<String, JsonNode> only = schema.properties().iterator().next();
        JsonNode value = only.getValue();
        return switch (only.getKey()) {
            case "required" -> required(value);
            case "not" -> {
                FieldPresence inner = of(value);
                yield inner == null ? null : new Not(inner);
            }
            case "anyOf", "allOf", "oneOf" -> {
                List<FieldPresence> branches = branches(value);
                yield branches == null ? null : new Junction(only.getKey(), branches);
            }
            default -> null;
        };
    }

    static @Nullable List<FieldPresence> branches(JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            return null;
        }
        List<FieldPresence> branches = new ArrayList<>();
        for (JsonNode branch : value) {
            FieldPresence presence = of(branch);
            if (presence == null) {
                return null;
            }
            branches.add(presence);
        }
        return branches;
    }

    private static @Nullable FieldPresence required(JsonNode value) {
        if (!value.isArray()) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        for (JsonNode field : value) {
            if (!field.isString()) {
                return null;
            }
            fields.add(field.asString());
        }
        return new Required(fields);
    }

    private static final class Required extends FieldPresence {
        private final List<String> fields;

        Required(List<String> fields) {
            this.fields = fields;
        }

        @Override
        @Nullable
        String requiredField() {
            return fields.size() == 1 ? fields.get(0) : null;
        }

        @Override
        boolean holds(YamlNode node) {
            if (!(node instanceof MappingNode mapping)) {
                return true; // required asserts nothing about other types
            }
            for (String field : fields) {
                if (mapping.node(field) == null) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class Not extends FieldPresence {
        private final FieldPresence inner;

        Not(FieldPresence inner) {
            this.inner = inner;
        }

        @Override
        boolean requiresNone() {
            return inner instanceof Junction junction && junction.keyword.equals("anyOf");
        }

        @Override
        boolean holds(YamlNode node) {
            return !inner.holds(node);
        }
    }

    private static final class Junction extends FieldPresence {
        private final String keyword;
        private final List<FieldPresence> branches;

        Junction(String keyword, List<FieldPresence> branches) {
            this.keyword = keyword;
            this.branches = branches;
        }

        @Override
        boolean holds(YamlNode node) {
            int held = 0;
            for (FieldPresence branch : branches) {
                held += branch.holds(node) ? 1 : 0;
            }
            return switch (keyword) {
                case "anyOf" -> held > 0;
                case "allOf" -> held == branches.size();
                default -> held == 1;
            };
        }
    }
}
