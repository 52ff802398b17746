package dev.podlint.config;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.podlint.source.JsonTrees;
import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.Span;
import dev.podlint.source.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One of podlint's own file formats (rule files, {@code .podlint.yaml}) as its published JSON schema
 * defines it (schemas/.../podlint/*.schema.json, bundled): the one definition a file is checked against.
 * A file that breaks it gets one problem, at its node, in words: the first unknown field, else the
 * first other broken constraint; where the schema offers alternatives ({@code oneOf}), the one the file
 * comes closest to is explained. A schema node's {@code title} names what a pattern or enum stands for.
 */
public final class FormatSchema {

    private static final String LOCATION = "/dev/podlint/schemas/podlint/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rule file format. */
    public static final FormatSchema RULE = new FormatSchema("rule.schema.json");
    /** The {@code .podlint.yaml} format. */
    public static final FormatSchema CONFIG = new FormatSchema("config.schema.json");

    /** What is wrong and where: {@code field} is the dotted path ({@code rules.severity.x}), empty for the root. */
    public record Problem(Span span, String field, String text) {}

    private final String name;
    private volatile @Nullable Loaded loaded;

    private record Loaded(JsonNode root, Schema schema) {}

    private FormatSchema(String name) {
        this.name = name;
    }

    /** The first problem of {@code document} against the format, if any. */
    public Optional<Problem> check(YamlNode document) {
        Loaded schema = load();
        List<Error> errors = schema.schema().validate(JsonTrees.toJson(document));
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Explainer(schema.root(), document).explain(errors, ""));
    }

    private Loaded load() {
        Loaded result = loaded;
        if (result == null) {
            try (InputStream in = FormatSchema.class.getResourceAsStream(LOCATION + name)) {
                if (in == null) {
                    throw new IllegalStateException("the format schema " + name + " is not on the class path");
                }
                JsonNode root = JSON.readTree(in);
                result = new Loaded(
                        root,
                        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                                .getSchema(root));
                loaded = result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    /** Turns the validator's errors into one problem in words. */
    private record Explainer(JsonNode schemaRoot, YamlNode document) {

        /**
         * The errors whose evaluation path starts with {@code prefix}: those of alternatives nested below it
         * are weighed only when nothing outside them is wrong.
         */
        Problem explain(List<Error> errors, String prefix) {
            List<Error> direct = errors.stream().filter(e -> !nested(e, prefix)).toList();
            Comparator<Error> byPosition =
                    Comparator.comparing((Error e) -> span(e).line()).thenComparing(e -> span(e).column());
            Optional<Error> unknown = direct.stream()
                    .filter(e -> e.getKeyword().equals("additionalProperties"))
                    .min(byPosition);
            if (unknown.isPresent()) {
                return describe(unknown.get());
            }
            Optional<Error> other =
                    direct.stream().filter(e -> !e.getKeyword().equals("oneOf")).min(byPosition);
            if (other.isPresent()) {
                return describe(other.get());
            }
            Optional<Error> choice = direct.stream().min(byPosition);
            return choice.isPresent() ? alternatives(choice.get(), errors) : describe(errors.get(0));
        }

        private static boolean nested(Error e, String prefix) {
            String path = e.getEvaluationPath().toString();
            return path.substring(Math.min(prefix.length(), path.length())).matches(".*/oneOf/\\d+(/.*)?");
        }

        /** A broken {@code oneOf}: the alternative that fits the value's type with the fewest problems, explained. */
        private Problem alternatives(Error oneOf, List<Error> errors) {
            Object[] valid = oneOf.getArguments();
            if (valid != null && valid.length > 0 && !String.valueOf(valid[0]).equals("0")) {
                return new Problem(
                        span(oneOf), field(oneOf.getInstanceLocation(), null), "fits more than one of its forms");
            }
            String path = oneOf.getEvaluationPath().toString();
            Map<Integer, List<Error>> branches = new LinkedHashMap<>();
            for (Error e : errors) {
                String p = e.getEvaluationPath().toString();
                if (p.startsWith(path + "/")) {
                    String rest = p.substring(path.length() + 1);
                    int end = rest.indexOf('/');
                    branches.computeIfAbsent(
                                    Integer.valueOf(end < 0 ? rest : rest.substring(0, end)), i -> new ArrayList<>())
                            .add(e);
                }
            }
            String at = oneOf.getInstanceLocation().toString();
            List<String> types = new ArrayList<>();
            Map.Entry<Integer, List<Error>> best = null;
            YamlNode value = node(oneOf.getInstanceLocation());
            for (Map.Entry<Integer, List<Error>> branch : branches.entrySet()) {
                Optional<Error> wrongType = branch.getValue().stream()
                        .filter(e -> e.getInstanceLocation().toString().equals(at) && !typeFits(e, value))
                        .findFirst();
                if (wrongType.isPresent()) {
                    types.addAll(typeNames(wrongType.get()));
                } else if (best == null
                        || branch.getValue().size() < best.getValue().size()) {
                    best = branch;
                }
            }
            if (best == null) {
                return new Problem(
                        span(oneOf),
                        field(oneOf.getInstanceLocation(), null),
                        "must be " + or(types) + quoteIt(types, node(oneOf.getInstanceLocation())));
            }
            return explain(best.getValue(), path + "/" + best.getKey());
        }

        /** Whether the value has a type the alternative of {@code e} allows: false for a type error, and for an enum none of whose values has the value's type. */
        private static boolean typeFits(Error e, YamlNode value) {
            if (e.getKeyword().equals("type")) {
                return false;
            }
            if (e.getKeyword().equals("enum")) {
                for (JsonNode option : e.getSchemaNode()) {
                    if (jsonType(option).equals(value.jsonType())) {
                        return true;
                    }
                }
                return false;
            }
            return true;
        }

        private static String jsonType(JsonNode node) {
            return node.isString()
                    ? "string"
                    : node.isBoolean()
                            ? "boolean"
                            : node.isNumber()
                                    ? "number"
                                    : node.isArray() ? "array" : node.isObject() ? "object" : "null";
        }

        /** The types an alternative wanted, in words (an enum's: those of its values). */
        private static List<String> typeNames(Error e) {
            if (e.getKeyword().equals("type")) {
                return typeNames(e.getSchemaNode());
            }
            List<String> names = new ArrayList<>();
            e.getSchemaNode().forEach(option -> {
                String name = typeName(jsonType(option));
                if (!names.contains(name)) {
                    names.add(name);
                }
            });
            return names;
        }

        private Problem describe(Error e) {
            NodePath at = e.getInstanceLocation();
            YamlNode node = node(at);
            JsonNode schema = e.getSchemaNode();
            String property = e.getProperty();
            return switch (e.getKeyword()) {
                case "additionalProperties" ->
                    new Problem(
                            keySpan(node, property),
                            field(at, property),
                            "unknown field; known: "
                                    + String.join(
                                            ", ",
                                            new TreeSet<>(schemaParent(e)
                                                    .path("properties")
                                                    .propertyNames())));
                case "propertyNames" ->
                    new Problem(
                            keySpan(node, property),
                            field(at, property),
                            "must be " + title(resolve(schema), "a valid name"));
                case "required" -> new Problem(node.span(), field(at, property), "is required");
                case "not" -> forbidden(e, node);
                case "enum" -> {
                    List<String> values = new ArrayList<>();
                    schema.forEach(v -> values.add(v.asString()));
                    String title = schemaParent(e).path("title").asString("");
                    yield new Problem(
                            node.span(),
                            field(at, null),
                            title.isEmpty()
                                    ? "must be " + or(values)
                                    : "unknown " + title + " '" + text(node) + "'; known: "
                                            + String.join(", ", values));
                }
                case "type" -> {
                    List<String> types = typeNames(schema);
                    yield new Problem(node.span(), field(at, null), "must be " + or(types) + quoteIt(types, node));
                }
                case "pattern" ->
                    new Problem(
                            node.span(),
                            field(at, null),
                            "must be " + title(schemaParent(e), "of the form " + schema.asString()));
                case "minLength", "minItems" -> new Problem(node.span(), field(at, null), "must not be empty");
                default -> new Problem(node.span(), field(at, null), e.getMessage());
            };
        }

        /**
         * An alternative that rules out fields ({@code not: {anyOf: [{required: [x]}, ...]}}) met one: named,
         * with what the alternative is ({@code description}).
         */
        private Problem forbidden(Error e, YamlNode node) {
            List<String> names = new ArrayList<>();
            e.getSchemaNode()
                    .path("anyOf")
                    .forEach(option -> option.path("required").forEach(n -> names.add(n.asString())));
            String description = schemaParent(e).path("description").asString("this form");
            if (node instanceof MappingNode mapping) {
                for (MappingNode.Entry entry : mapping.entries()) {
                    if (names.contains(entry.key())) {
                        return new Problem(
                                entry.keySpan(),
                                field(e.getInstanceLocation(), entry.key()),
                                description + " takes no '" + entry.key() + "'");
                    }
                }
            }
            return new Problem(
                    node.span(), field(e.getInstanceLocation(), null), description + " takes none of " + names);
        }

        /** The schema node that holds the keyword of {@code e} (its location without the keyword). */
        private JsonNode schemaParent(Error e) {
            NodePath fragment = e.getSchemaLocation().getFragment();
            StringBuilder pointer = new StringBuilder();
            for (int i = 0; i < fragment.getNameCount() - 1; i++) {
                pointer.append('/')
                        .append(fragment.getName(i).replace("~", "~0").replace("/", "~1"));
            }
            return schemaRoot.at(pointer.toString());
        }

        private JsonNode resolve(JsonNode schema) {
            String ref = schema.path("$ref").asString("");
            return ref.startsWith("#") ? schemaRoot.at(ref.substring(1)) : schema;
        }

        private static String title(JsonNode schema, String otherwise) {
            String title = schema.path("title").asString("");
            return title.isEmpty() ? otherwise : title;
        }

        private YamlNode node(NodePath at) {
            YamlNode node = document;
            for (int i = 0; i < at.getNameCount() && node != null; i++) {
                Object element = at.getElement(i);
                if (node instanceof MappingNode mapping) {
                    node = mapping.node(String.valueOf(element));
                } else if (node instanceof SequenceNode sequence && element instanceof Integer index) {
                    node = sequence.node(index);
                } else {
                    node = null;
                }
            }
            return node == null ? document : node;
        }

        private Span span(Error e) {
            return keySpan(node(e.getInstanceLocation()), e.getProperty());
        }

        private static Span keySpan(YamlNode node, @Nullable String key) {
            Span keySpan = node instanceof MappingNode mapping && key != null ? mapping.keySpan(key) : null;
            return keySpan != null ? keySpan : node.span();
        }

        /** {@code a.b[0].c}, with {@code property} appended when given. */
        private static String field(NodePath at, @Nullable String property) {
            StringBuilder field = new StringBuilder();
            for (int i = 0; i < at.getNameCount(); i++) {
                Object element = at.getElement(i);
                if (element instanceof Integer index) {
                    field.append('[').append(index).append(']');
                } else {
                    field.append(field.isEmpty() ? "" : ".").append(element);
                }
            }
            if (property != null) {
                field.append(field.isEmpty() ? "" : ".").append(property);
            }
            return field.toString();
        }

        private static List<String> typeNames(JsonNode type) {
            List<String> names = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(t -> names.add(typeName(t.asString())));
            } else {
                names.add(typeName(type.asString()));
            }
            return names;
        }

        private static String typeName(String type) {
            return switch (type) {
                case "object" -> "a mapping";
                case "array" -> "a list";
                case "string" -> "a string";
                case "boolean" -> "true or false";
                case "integer" -> "an integer";
                case "number" -> "a number";
                default -> type;
            };
        }

        /** Advice for a number or boolean where a string belongs: YAML typed it, quotes keep it text. */
        private static String quoteIt(List<String> expected, YamlNode node) {
            return expected.contains("a string")
                            && node instanceof ScalarNode scalar
                            && scalar.plain()
                            && (scalar.value() instanceof Number || scalar.value() instanceof Boolean)
                    ? " (quote it)"
                    : "";
        }

        private static String text(YamlNode node) {
            return node instanceof ScalarNode scalar ? scalar.text() : node.jsonType();
        }

        private static String or(List<String> words) {
            if (words.size() <= 1) {
                return String.join("", words);
            }
            return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
        }
    }
}
