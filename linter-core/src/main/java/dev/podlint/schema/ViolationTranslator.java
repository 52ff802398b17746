package dev.podlint.schema;

import com.networknt.schema.Error;
import dev.podlint.source.Document;
import dev.podlint.source.Pointers;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.ScalarType;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns the validator's errors about one document into findings a person understands: one per
 * problem, at the exact node, never a raw validator dump, never a Secret's value.
 */
final class ViolationTranslator {

    private static final int MAX_QUOTED = 60;

    private final Document document;
    private final KindValidator validator;
    /** In a Secret no value is ever quoted, whatever the field. */
    private final boolean hideValues;

    ViolationTranslator(Document document, KindValidator validator) {
        this.document = document;
        this.validator = validator;
        this.hideValues = "Secret".equals(document.kind());
    }

    List<SchemaViolation> translate(List<Error> errors) {
        Map<String, Set<String>> expectedTypes = new LinkedHashMap<>();
        Map<String, SchemaViolation> out = new LinkedHashMap<>();
        Set<String> choicesWorded = choicesWorded(errors);
        for (Error error : errors) {
            String pointer = error.getInstanceLocation().toString();
            if (choicesWorded.contains(pointer)
                    && !error.getKeyword().equals("oneOf")
                    && error.getEvaluationPath().toString().contains("/oneOf/")) {
                continue; // a branch's own failure: the oneOf's "set exactly one of" says it
            }
            switch (error.getKeyword()) {
                case "type" -> {
                    Set<String> types = types(error.getSchemaNode());
                    // The {"type": "null"} branch of an optional field's anyOf: the $ref branch says it all.
                    if (!types.isEmpty()) {
                        expectedTypes
                                .computeIfAbsent(pointer, p -> new LinkedHashSet<>())
                                .addAll(types);
                    }
                }
                case "additionalProperties" -> add(out, unknownField(pointer, error));
                case "required" -> add(out, missingField(pointer, error));
                case "enum" -> add(out, notAllowed(pointer, "must be one of " + list(error.getSchemaNode())));
                case "const" -> add(out, notAllowed(pointer, "must be " + error.getSchemaNode()));
                case "oneOf" -> add(out, oneOf(pointer, error));
                default ->
                    add(
                            out,
                            new SchemaViolation(
                                    pointer,
                                    document.spanOf(pointer),
                                    prefix(pointer)
                                            + (hideValues
                                                    ? "breaks the schema's '" + error.getKeyword() + "' rule"
                                                    : error.getMessage())));
            }
        }
        List<SchemaViolation> result = new ArrayList<>();
        expectedTypes.forEach((pointer, types) -> result.add(wrongType(pointer, types)));
        result.addAll(out.values());
        return result;
    }

    /** The objects whose failed oneOf is a choice between fields ({@link ExclusiveFields}). */
    private Set<String> choicesWorded(List<Error> errors) {
        Set<String> pointers = new HashSet<>();
        for (Error error : errors) {
            String pointer = error.getInstanceLocation().toString();
            if (error.getKeyword().equals("oneOf")
                    && ExclusiveFields.describe(error.getSchemaNode(), document.nodeAt(pointer)) != null) {
                pointers.add(pointer);
            }
        }
        return pointers;
    }

    private SchemaViolation oneOf(String pointer, Error error) {
        String choice = ExclusiveFields.describe(error.getSchemaNode(), document.nodeAt(pointer));
        return new SchemaViolation(
                pointer,
                document.spanOf(pointer),
                prefix(pointer)
                        + (choice != null
                                ? choice
                                : hideValues ? "breaks the schema's 'oneOf' rule" : error.getMessage()));
    }

    private static void add(Map<String, SchemaViolation> out, SchemaViolation violation) {
        out.putIfAbsent(violation.pointer() + "\n" + violation.message(), violation);
    }

    private SchemaViolation wrongType(String pointer, Set<String> expected) {
        YamlNode node = document.nodeAt(pointer);
        StringBuilder message = new StringBuilder(prefix(pointer))
                .append("expected ")
                .append(String.join(" or ", expected))
                .append(", found ");
        if (expected.contains("string")
                && node instanceof ScalarNode scalar
                && scalar.plain()
                && scalar.type() != ScalarType.STRING
                && scalar.type() != ScalarType.NULL) {
            // YAML 1.1 (kubectl) typed an unquoted word or number the author meant as text.
            String what = scalar.type() == ScalarType.BOOLEAN ? "a boolean" : "a number";
            message.append(scalar.jsonType());
            if (hideValues) {
                message.append(": YAML reads this unquoted value as ")
                        .append(what)
                        .append("; quote it");
            } else {
                message.append(": YAML reads the unquoted ")
                        .append(scalar.text())
                        .append(" as ")
                        .append(what);
                if (!scalar.text().equals(String.valueOf(scalar.value()))) {
                    message.append(" (").append(scalar.value()).append(')');
                }
                message.append("; quote it: \"").append(scalar.text()).append('"');
            }
        } else {
            message.append(describe(node));
            if (!expected.contains("string")
                    && node instanceof ScalarNode scalar
                    && scalar.isString()
                    && !scalar.plain()
                    && looksLike(scalar.text().strip(), expected)) {
                message.append(": write it without quotes");
            }
        }
        return new SchemaViolation(pointer, document.spanOf(pointer), message.toString());
    }

    /** Whether quoted text would be of an expected type once unquoted. */
    private static boolean looksLike(String text, Set<String> expected) {
        boolean number = text.matches("-?\\d+") || (expected.contains("number") && text.matches("-?\\d+\\.\\d+"));
        boolean bool = text.equals("true") || text.equals("false");
        return (number && (expected.contains("integer") || expected.contains("number")))
                || (bool && expected.contains("boolean"));
    }

    private SchemaViolation unknownField(String pointer, Error error) {
        String field = error.getProperty();
        String fieldPointer = Pointers.append(pointer, field);
        StringBuilder message = new StringBuilder(prefix(pointer))
                .append("unknown field '")
                .append(field)
                .append('\'');
        String type = typeName(error);
        String advice = KnownMistakes.advice(type, field);
        String suggestion = advice == null ? Suggestions.closest(field, knownFields(error)) : null;
        String elsewhere = advice == null && suggestion == null ? whereItBelongs(pointer, field) : null;
        if (advice != null) {
            message.append(": ").append(advice);
        } else if (suggestion != null) {
            message.append("; did you mean '").append(suggestion).append("'?");
        } else if (elsewhere != null) {
            message.append(": ").append(elsewhere);
        } else if (type != null) {
            message.append(" (").append(type).append(" has no such field; check the spelling and the indentation)");
        } else {
            message.append(" (check the spelling and the indentation)");
        }
        return new SchemaViolation(fieldPointer, document.keySpanOf(fieldPointer), message.toString());
    }

    /**
     * For a field misplaced by one level: "it belongs to the enclosing object" or "it belongs under
     * 'securityContext'"; null when the schema knows no such place.
     */
    private @Nullable String whereItBelongs(String holderPointer, String field) {
        SchemaNavigator navigator = validator.navigator();
        List<String> segments = Pointers.segments(holderPointer);
        JsonNode holder = navigator.schemaOf(segments);
        if (holder == null) {
            return null;
        }
        List<String> ancestor = segments;
        for (int levels = 1; levels <= 3; levels++) {
            ancestor = enclosingObject(ancestor);
            if (ancestor == null) {
                break;
            }
            if (SchemaNavigator.properties(navigator.schemaOf(ancestor)).contains(field)) {
                String path = Pointers.toFieldPath(toPointer(ancestor));
                return "'" + field + "' is a field of " + (path.isEmpty() ? "the object itself" : path) + ", "
                        + (levels == 1 ? "one level" : levels + " levels") + " up: check the indentation";
            }
        }
        List<String> stringMaps = new ArrayList<>();
        for (String child : SchemaNavigator.properties(holder)) {
            JsonNode childSchema = navigator.resolve(holder.get("properties").get(child));
            if (childSchema != null && SchemaNavigator.properties(childSchema).contains(field)) {
                return "'" + field + "' is a field of " + child + ": did you mean to write it under '" + child + "'?";
            }
            JsonNode items = childSchema == null ? null : childSchema.get("items");
            if (items != null
                    && SchemaNavigator.properties(navigator.resolve(items)).contains(field)) {
                return "'" + field + "' is a field of each item of " + child + ": did you mean to write it in an item"
                        + " of " + child + " (- " + field + ": ...)?";
            }
            if (SchemaNavigator.isStringMap(childSchema)) {
                stringMaps.add(child);
            }
        }
        YamlNode value = document.nodeAt(Pointers.append(holderPointer, field));
        if (stringMaps.size() == 1 && value instanceof ScalarNode scalar && scalar.isString()) {
            return "did you mean to write it under '" + stringMaps.get(0) + "'?";
        }
        return null;
    }

    /** The segments of the object that holds this one: a list item's holder is the list's owner. */
    private static @Nullable List<String> enclosingObject(List<String> segments) {
        int end = segments.size() - 1;
        while (end >= 0
                && segments.get(end).chars().allMatch(Character::isDigit)
                && !segments.get(end).isEmpty()) {
            end--;
        }
        return end < 0 ? null : segments.subList(0, end);
    }

    private static String toPointer(List<String> segments) {
        String pointer = "";
        for (String segment : segments) {
            pointer = Pointers.append(pointer, segment);
        }
        return pointer;
    }

    /** The properties of the object schema whose additionalProperties rejected the field. */
    private Set<String> knownFields(Error error) {
        String location = error.getSchemaLocation().toString();
        if (!location.endsWith("/additionalProperties")) {
            return Set.of();
        }
        JsonNode objectSchema = validator.schemaNodeAt(com.networknt.schema.SchemaLocation.of(
                location.substring(0, location.length() - "/additionalProperties".length())));
        if (objectSchema == null || !objectSchema.has("properties")) {
            return Set.of();
        }
        return new LinkedHashSet<>(objectSchema.get("properties").propertyNames());
    }

    /** "Container" for a definition such as io.k8s.api.core.v1.Container, else null. */
    private static @Nullable String typeName(Error error) {
        String location = error.getSchemaLocation().toString();
        int start = location.indexOf("#/definitions/");
        if (start < 0) {
            return null;
        }
        String rest = location.substring(start + "#/definitions/".length());
        int slash = rest.indexOf('/');
        String definition = slash < 0 ? rest : rest.substring(0, slash);
        return definition.substring(definition.lastIndexOf('.') + 1);
    }

    /**
     * At the mapping that lacks the field, under the pointer of the missing field itself: a rule's
     * finding about that mapping is another problem (the policy keeps one finding per problem).
     */
    private SchemaViolation missingField(String pointer, Error error) {
        return new SchemaViolation(
                Pointers.append(pointer, error.getProperty()),
                document.spanOf(pointer).start(),
                prefix(pointer) + "missing required field '" + error.getProperty() + "'");
    }

    private SchemaViolation notAllowed(String pointer, String rule) {
        YamlNode node = document.nodeAt(pointer);
        String message = prefix(pointer) + rule + (hideValues ? "" : ", found " + describe(node));
        return new SchemaViolation(pointer, document.spanOf(pointer), message);
    }

    private static String prefix(String pointer) {
        String path = Pointers.toFieldPath(pointer);
        return path.isEmpty() ? "" : path + ": ";
    }

    /** "string \"80\"", "boolean true", "object", ...; no value in a Secret. */
    private String describe(@Nullable YamlNode node) {
        if (node == null) {
            return "nothing";
        }
        if (!(node instanceof ScalarNode scalar)) {
            return node.jsonType();
        }
        if (scalar.type() == ScalarType.NULL) {
            return "null" + (scalar.text().isEmpty() ? " (the value is empty)" : "");
        }
        if (hideValues) {
            return scalar.jsonType();
        }
        if (scalar.isString()) {
            return "string " + quote((String) Objects.requireNonNull(scalar.value()));
        }
        return scalar.jsonType() + " " + scalar.text();
    }

    private static String quote(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
        return '"' + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static Set<String> types(JsonNode typeKeyword) {
        Set<String> types = new LinkedHashSet<>();
        if (typeKeyword == null) {
            return types;
        }
        if (typeKeyword.isArray()) {
            typeKeyword.forEach(t -> types.add(t.asString()));
        } else {
            types.add(typeKeyword.asString());
        }
        types.remove("null");
        return types;
    }

    private static String list(JsonNode values) {
        if (values == null || !values.isArray()) {
            return String.valueOf(values);
        }
        List<String> shown = new ArrayList<>();
        values.forEach(v -> shown.add(v.toString()));
        return String.join(", ", shown);
    }
}
