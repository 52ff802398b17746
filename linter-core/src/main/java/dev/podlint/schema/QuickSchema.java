package dev.podlint.schema;

import dev.podlint.kube.GoQuantity;
import dev.podlint.source.BoundedRegex;
import dev.podlint.source.LongTextMemo;
import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A fast yes/no answer to "does this object satisfy the schema?", read straight from the document
 * tree. Most objects do, and for them the full validator (which needs a Jackson copy of the tree and
 * builds errors with paths) is skipped; an object it rejects goes to the full validator, which finds
 * and words the errors. So it must never accept what the full validator would reject, and may reject
 * more: it knows the keywords of the Kubernetes schemas (type, properties, additionalProperties,
 * required, items, enum, anyOf, local $ref) and the bounds CRDs add (minimum, maximum and their
 * exclusive forms, minLength, maxLength, minItems, maxItems, pattern, allOf, and a oneOf or not that
 * only asks which fields are present, as CRDs write "exactly one of"); a subschema with any other
 * asserting keyword (format, a oneOf of types, ...) accepts nothing, so only the objects that reach it go to
 * the full validator; and it rejects values whose JSON type it is unsure of.
 */
final class QuickSchema {

    private static final int NULL = 1;
    private static final int BOOLEAN = 2;
    private static final int INTEGER = 4;
    private static final int NUMBER = 8;
    private static final int STRING = 16;
    private static final int OBJECT = 32;
    private static final int ARRAY = 64;
    private static final int UNSURE = 0;

    /** Keywords that assert nothing (annotations) or only hold subschemas reached through $ref. */
    private static final Set<String> IGNORED =
            Set.of("description", "title", "default", "examples", "$comment", "definitions");

    private final Node root;
    private final boolean partial;

    private QuickSchema(Node root, boolean partial) {
        this.root = root;
        this.partial = partial;
    }

    /** The quick check of a schema document, or null when it is beyond this check (a remote $ref, say). */
    static @Nullable QuickSchema compile(JsonNode document) {
        return compile(document, false);
    }

    /**
     * As {@link #compile(JsonNode)}; with {@code goDecoding} (a built-in kind), a quantity that does
     * not decode and an integer beyond int32 are left to the full validator and {@link GoDecoding}.
     */
    static @Nullable QuickSchema compile(JsonNode document, boolean goDecoding) {
        try {
            Compiler compiler = new Compiler(pointer -> at(document, pointer), goDecoding, false);
            Node root = compiler.compile(document, true);
            if (loopsInPlace(
                    root,
                    java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
                    java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))) {
                return null; // a $ref loop that never descends into the object: the full validator says so
            }
            return new QuickSchema(root, compiler.partial);
        } catch (Unsupported e) {
            return null;
        }
    }

    /**
     * The quick check of a bundled kind's schema ({@code {"$ref": "#/definitions/<name>"}}), each $ref's
     * target read ({@code resolve}: a pointer into the file, null when it has none) and compiled when an
     * object first reaches it: one Deployment compiles the few definitions its fields use, not the
     * hundreds a PodSpec can reach. A target beyond this check, or one that reaches itself in place,
     * accepts nothing (its objects go to the full validator).
     */
    static QuickSchema lazy(JsonNode root, Function<String, @Nullable JsonNode> resolve) {
        Compiler compiler = new Compiler(resolve, true, true);
        Node node;
        try {
            node = compiler.compile(root, true);
        } catch (Unsupported e) {
            node = new Node();
            node.never = true;
        }
        return new QuickSchema(node, false);
    }

    private static @Nullable JsonNode at(JsonNode document, String pointer) {
        try {
            JsonNode target = document.at(pointer);
            return target.isMissingNode() ? null : target;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether {@code node} reaches itself through subschemas that apply to the same value ($ref, allOf,
     * anyOf), so that checking a value would recurse without end. Lazy $refs on the way are compiled:
     * checking a value would reach them anyway.
     */
    private static boolean loopsInPlace(Node node, Set<Node> onPath, Set<Node> done) {
        if (done.contains(node)) {
            return false;
        }
        if (!onPath.add(node)) {
            return true;
        }
        List<Node> next = new ArrayList<>();
        if (node.ref != null) {
            next.add(node.ref);
        }
        if (node.lazyRef != null) {
            next.add(node.lazyRef.get());
        }
        if (node.allOf != null) {
            next.addAll(node.allOf);
        }
        if (node.anyOf != null) {
            next.addAll(node.anyOf);
        }
        for (Node target : next) {
            if (loopsInPlace(target, onPath, done)) {
                return true;
            }
        }
        onPath.remove(node);
        done.add(node);
        return false;
    }

    /** Whether some subschema uses a keyword this check does not know (and so accepts nothing there). */
    boolean partial() {
        return partial;
    }

    /** True only when the full validator would report nothing for this object. */
    boolean accepts(YamlNode object) {
        return root.accepts(object);
    }

    private static int typeOf(YamlNode node) {
        if (node instanceof MappingNode) {
            return OBJECT;
        }
        if (node instanceof SequenceNode) {
            return ARRAY;
        }
        ScalarNode scalar = (ScalarNode) node;
        if (scalar.value() == scalar.text()) {
            return STRING; // a string scalar holds its text: no need to read the value object
        }
        Object value = scalar.value();
        if (value == null) {
            return NULL;
        }
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return INTEGER;
        }
        if (value instanceof Double) {
            return NUMBER;
        }
        return UNSURE;
    }

    /** A compiled (sub)schema. Fields are set once while compiling, read-only after. */
    private static final LongTextMemo<Boolean> STRINGS = new LongTextMemo<>();

    private static final LongTextMemo<Boolean> QUANTITIES = new LongTextMemo<>();

    private static final class Node {
        boolean never;
        int types;

        @Nullable
        Node ref;

        /** A $ref compiled when first followed (a bundled kind's schema; {@link #lazy}). */
        @Nullable
        LazyRef lazyRef;

        @Nullable
        List<Node> anyOf;

        @Nullable
        List<Node> allOf;
        /** oneOf and not of presence-only subschemas ({@link FieldPresence}), answered exactly. */
        @Nullable
        List<FieldPresence> presence;

        boolean hasEnum;

        @Nullable
        Set<String> enumStrings;

        boolean enumNull;
        String @Nullable [] required;

        @Nullable
        Map<String, Node> properties;

        /** {@link #properties} and {@link #required} for lookups; set once compiled. */
        @Nullable
        PropertyTable<Node> table;

        /** Whether any of minimum, maximum and their exclusive forms is set; set once compiled. */
        boolean bounded;

        /** Whether minLength, maxLength or pattern is set; set once compiled. */
        boolean stringChecks;

        boolean noAdditional;

        @Nullable
        Node additional;

        @Nullable
        Node items;
        /** Bounds; null when absent. Lengths are checked so as never to be more lenient than the validator. */
        @Nullable
        BigDecimal minimum;

        @Nullable
        BigDecimal maximum;

        @Nullable
        BigDecimal exclusiveMinimum;

        @Nullable
        BigDecimal exclusiveMaximum;

        int minLength = -1;
        int maxLength = -1;
        int minItems = -1;
        int maxItems = -1;

        @Nullable
        BoundedRegex pattern;
        /** A resource quantity (number or string) that Go must be able to parse. */
        boolean quantity;
        /** An integer that Go decodes into int32 or int64: beyond int32 is left to {@link GoDecoding}. */
        boolean goInteger;

        boolean accepts(YamlNode node) {
            if (never) {
                return false;
            }
            int type = typeOf(node);
            if (type == UNSURE) {
                return false;
            }
            if (types != 0 && (types & type) == 0 && !(type == INTEGER && (types & NUMBER) != 0)) {
                return false;
            }
            if (hasEnum && !inEnum(node, type)) {
                return false;
            }
            if (quantity && type != NULL && !decodesAsQuantity(((ScalarNode) node).value())) {
                return false;
            }
            if (goInteger
                    && ((type == INTEGER && GoDecoding.beyondInt32(((ScalarNode) node).value())) || type == NUMBER)) {
                return false;
            }
            if (ref != null && !ref.accepts(node)) {
                return false;
            }
            if (lazyRef != null && !lazyRef.get().accepts(node)) {
                return false;
            }
            if (anyOf != null && !anyAccepts(node)) {
                return false;
            }
            if (allOf != null) {
                for (Node part : allOf) {
                    if (!part.accepts(node)) {
                        return false;
                    }
                }
            }
            if (presence != null) {
                for (FieldPresence condition : presence) {
                    if (!condition.holds(node)) {
                        return false;
                    }
                }
            }
            if (node instanceof MappingNode mapping) {
                return acceptsObject(mapping);
            }
            if ((type == INTEGER || type == NUMBER) && !withinBounds(((ScalarNode) node).value())) {
                return false;
            }
            if (type == STRING && !acceptsString((String) Objects.requireNonNull(((ScalarNode) node).value()))) {
                return false;
            }
            if (node instanceof SequenceNode sequence
                    && !acceptsLength(sequence.nodes().size())) {
                return false;
            }
            if (items != null && node instanceof SequenceNode sequence) {
                for (YamlNode item : sequence.nodes()) {
                    if (!items.accepts(item)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean withinBounds(@Nullable Object value) {
            if (!bounded) {
                return true;
            }
            BigDecimal number = value instanceof Long l
                    ? BigDecimal.valueOf(l)
                    : value instanceof BigInteger b
                            ? new BigDecimal(b)
                            : value instanceof Double d && Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
            return number != null
                    && (minimum == null || number.compareTo(minimum) >= 0)
                    && (maximum == null || number.compareTo(maximum) <= 0)
                    && (exclusiveMinimum == null || number.compareTo(exclusiveMinimum) > 0)
                    && (exclusiveMaximum == null || number.compareTo(exclusiveMaximum) < 0);
        }

        /** What {@link GoDecoding} would not report: a non-finite float is left to the JSON conversion. */
        private static boolean decodesAsQuantity(@Nullable Object value) {
            if (value instanceof Double d && !Double.isFinite(d)) {
                return true;
            }
            return value instanceof String text ? QUANTITIES.get(text, GoQuantity::decodes) : GoQuantity.decodes(value);
        }

        /** An aliased string is checked once per schema node, however many nodes share it. */
        private boolean acceptsString(String text) {
            if (!stringChecks) {
                return true;
            }
            return STRINGS.get(text, this, this::checkString);
        }

        private boolean checkString(String text) {
            // Code points are never more than UTF-16 units: each bound is checked with the stricter count.
            if (minLength >= 0 && text.codePointCount(0, text.length()) < minLength) {
                return false;
            }
            if (maxLength >= 0 && text.length() > maxLength) {
                return false;
            }
            return pattern == null || pattern.find(text);
        }

        private boolean acceptsLength(int size) {
            return (minItems < 0 || size >= minItems) && (maxItems < 0 || size <= maxItems);
        }

        private boolean inEnum(YamlNode node, int type) {
            if (type == NULL) {
                return enumNull;
            }
            return type == STRING && enumStrings != null && enumStrings.contains((String) ((ScalarNode) node).value());
        }

        private boolean anyAccepts(YamlNode node) {
            for (Node option : Objects.requireNonNull(anyOf)) {
                if (option.accepts(node)) {
                    return true;
                }
            }
            return false;
        }

        private boolean acceptsObject(MappingNode mapping) {
            PropertyTable<Node> table = this.table;
            if (table == null) {
                if (required != null && !holdsAll(mapping, required)) {
                    return false;
                }
                if (!noAdditional && additional == null) {
                    return true;
                }
                for (MappingNode.Entry entry : mapping.entries()) {
                    if (noAdditional || !Objects.requireNonNull(additional).accepts(entry.value())) {
                        return false;
                    }
                }
                return true;
            }
            if (mapping.size() < table.requiredCount()) {
                return false;
            }
            int requiredSeen = 0;
            List<MappingNode.Entry> entries = mapping.entries();
            try {
                for (int i = 0, n = entries.size(); i < n; i++) {
                    MappingNode.Entry entry = entries.get(i);
                    int slot = table.slot(entry.key());
                    if (slot >= 0) {
                        if (!table.value(slot).accepts(entry.value())) {
                            return false;
                        }
                        if (table.required(slot)) {
                            requiredSeen++;
                        }
                    } else if (noAdditional || (additional != null && !additional.accepts(entry.value()))) {
                        return false;
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                // required keys were once checked before any value: a missing one still answers no
                if (required != null && !holdsAll(mapping, required)) {
                    return false;
                }
                throw e;
            }
            return requiredSeen == table.requiredCount() && holdsAll(mapping, table.requiredElsewhere());
        }

        private static boolean holdsAll(MappingNode mapping, String[] keys) {
            for (String key : keys) {
                if (mapping.node(key) == null) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A $ref's target, compiled by the first thread that follows it (the others wait for it). */
    private static final class LazyRef {
        private final Compiler compiler;
        private final String pointer;
        private volatile @Nullable Node target;

        LazyRef(Compiler compiler, String pointer) {
            this.compiler = compiler;
            this.pointer = pointer;
        }

        Node get() {
            Node compiled = target;
            if (compiled == null) {
                synchronized (compiler) {
                    compiled = target;
                    if (compiled == null) {
                        compiled = compiler.target(pointer);
                        target = compiled;
                    }
                }
            }
            return compiled;
        }
    }

    private static final class Compiler {
        private final Function<String, @Nullable JsonNode> resolve;
        /** Compiled $ref targets by pointer; recursive schemas point back at a node being compiled. */
        private final Map<String, Node> refs = new HashMap<>();

        private final boolean goDecoding;
        /** $refs compiled when first followed ({@link LazyRef}), not at once. */
        private final boolean lazy;

        boolean partial;

        Compiler(Function<String, @Nullable JsonNode> resolve, boolean goDecoding, boolean lazy) {
            this.resolve = resolve;
            this.goDecoding = goDecoding;
            this.lazy = lazy;
        }

        /** A lazy $ref's target (under the compiler's lock): compiled, and checked for a loop in place. */
        Node target(String pointer) {
            Node known = refs.get(pointer);
            if (known != null) {
                return known; // compiled already, or being compiled higher up this thread's stack
            }
            Node node = new Node();
            refs.put(pointer, node);
            JsonNode schema = resolve.apply(pointer);
            try {
                if (schema == null) {
                    throw new Unsupported();
                }
                compileInto(node, schema, false);
                if (loopsInPlace(
                        node,
                        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
                        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))) {
                    throw new Unsupported();
                }
            } catch (Unsupported e) {
                node.never = true; // accepts nothing: the objects that reach it go to the full validator
            }
            return node;
        }

        Node compile(JsonNode schema, boolean atRoot) {
            return compileInto(new Node(), schema, atRoot);
        }

        private Node compileInto(Node node, JsonNode schema, boolean atRoot) {
            if (schema.isBoolean()) {
                node.never = !schema.booleanValue();
                return node;
            }
            if (!schema.isObject()) {
                throw new Unsupported();
            }
            for (Map.Entry<String, JsonNode> field : schema.properties()) {
                String keyword = field.getKey();
                JsonNode value = field.getValue();
                switch (keyword) {
                    case "type" -> node.types = types(value);
                    case "$ref" -> {
                        if (lazy) {
                            node.lazyRef = new LazyRef(this, pointer(value));
                        } else {
                            node.ref = ref(value);
                        }
                    }
                    case "anyOf" -> node.anyOf = list(value);
                    case "allOf" -> node.allOf = list(value);
                    case "oneOf", "not" -> {
                        FieldPresence condition = FieldPresence.of(
                                JsonNodeFactory.instance.objectNode().set(keyword, value));
                        if (condition == null) {
                            node.never = true; // beyond this check: the full validator decides
                            partial = true;
                        } else {
                            if (node.presence == null) {
                                node.presence = new ArrayList<>();
                            }
                            node.presence.add(condition);
                        }
                    }
                    case "enum" -> enumeration(node, value);
                    case "required" -> node.required = strings(value).toArray(String[]::new);
                    case "properties" -> node.properties = properties(value);
                    case "additionalProperties" -> {
                        if (value.isBoolean()) {
                            node.noAdditional = !value.booleanValue();
                        } else {
                            node.additional = compile(value, false);
                        }
                    }
                    case "items" -> {
                        if (!value.isObject() && !value.isBoolean()) {
                            throw new Unsupported(); // tuple validation
                        }
                        node.items = compile(value, false);
                    }
                    case "minimum" -> node.minimum = number(value);
                    case "maximum" -> node.maximum = number(value);
                    case "exclusiveMinimum" -> node.exclusiveMinimum = number(value);
                    case "exclusiveMaximum" -> node.exclusiveMaximum = number(value);
                    case "minLength" -> node.minLength = count(value);
                    case "maxLength" -> node.maxLength = count(value);
                    case "minItems" -> node.minItems = count(value);
                    case "maxItems" -> node.maxItems = count(value);
                    case "pattern" -> node.pattern = pattern(value);
                    default -> {
                        boolean rootOnly = keyword.equals("$id") || keyword.equals("$schema");
                        if (!IGNORED.contains(keyword) && !keyword.startsWith("x-") && !(atRoot && rootOnly)) {
                            // accept nothing here: objects that reach this subschema go to the full validator
                            node.never = true;
                            partial = true;
                        }
                    }
                }
            }
            if (node.properties != null) {
                node.table =
                        PropertyTable.of(node.properties, node.required == null ? Set.of() : Set.of(node.required));
            }
            node.bounded = node.minimum != null
                    || node.maximum != null
                    || node.exclusiveMinimum != null
                    || node.exclusiveMaximum != null;
            node.stringChecks = node.minLength >= 0 || node.maxLength >= 0 || node.pattern != null;
            if (goDecoding) {
                node.quantity = (node.types & ~NULL) == (NUMBER | STRING);
                node.goInteger = (node.types & INTEGER) != 0;
            }
            return node;
        }

        /** A draft-06+ number; draft-04's boolean exclusive bounds are beyond this check. */
        private BigDecimal number(JsonNode value) {
            if (!value.isNumber()) {
                throw new Unsupported();
            }
            return value.decimalValue();
        }

        private static int count(JsonNode value) {
            if (!value.canConvertToInt() || value.asInt() < 0) {
                throw new Unsupported();
            }
            return value.asInt();
        }

        private static BoundedRegex pattern(JsonNode value) {
            try {
                return BoundedRegex.compile(value.asString());
            } catch (IllegalArgumentException e) {
                throw new Unsupported();
            }
        }

        private static String pointer(JsonNode value) {
            String ref = value.isString() ? value.asString() : null;
            if (ref == null || !ref.startsWith("#")) {
                throw new Unsupported();
            }
            return ref.substring(1);
        }

        private Node ref(JsonNode value) {
            String pointer = pointer(value);
            Node known = refs.get(pointer);
            if (known != null) {
                return known;
            }
            JsonNode target = resolve.apply(pointer);
            if (target == null) {
                throw new Unsupported();
            }
            Node node = new Node();
            refs.put(pointer, node);
            return compileInto(node, target, false);
        }

        private List<Node> list(JsonNode value) {
            if (!value.isArray() || value.isEmpty()) {
                throw new Unsupported();
            }
            List<Node> nodes = new ArrayList<>();
            for (JsonNode item : value) {
                nodes.add(compile(item, false));
            }
            return nodes;
        }

        private Map<String, Node> properties(JsonNode value) {
            if (!value.isObject()) {
                throw new Unsupported();
            }
            Map<String, Node> properties = new HashMap<>();
            for (Map.Entry<String, JsonNode> property : value.properties()) {
                properties.put(property.getKey(), compile(property.getValue(), false));
            }
            return properties;
        }

        private static void enumeration(Node node, JsonNode value) {
            if (!value.isArray()) {
                throw new Unsupported();
            }
            node.hasEnum = true;
            node.enumStrings = new HashSet<>();
            for (JsonNode item : value) {
                if (item.isString()) {
                    node.enumStrings.add(item.asString());
                } else if (item.isNull()) {
                    node.enumNull = true;
                }
                // other values: never matched here, so such an object goes to the full validator
            }
        }

        private static Set<String> strings(JsonNode value) {
            if (!value.isArray()) {
                throw new Unsupported();
            }
            Set<String> strings = new HashSet<>();
            for (JsonNode item : value) {
                if (!item.isString()) {
                    throw new Unsupported();
                }
                strings.add(item.asString());
            }
            return strings;
        }

        private static int types(JsonNode value) {
            if (value.isString()) {
                return type(value.asString());
            }
            if (!value.isArray() || value.isEmpty()) {
                throw new Unsupported();
            }
            int types = 0;
            for (JsonNode item : value) {
                if (!item.isString()) {
                    throw new Unsupported();
                }
                types |= type(item.asString());
            }
            return types;
        }

        private static int type(String name) {
            return switch (name) {
                case "null" -> NULL;
                case "boolean" -> BOOLEAN;
                case "integer" -> INTEGER;
                case "number" -> NUMBER;
                case "string" -> STRING;
                case "object" -> OBJECT;
                case "array" -> ARRAY;
                default -> throw new Unsupported();
            };
        }
    }
}
