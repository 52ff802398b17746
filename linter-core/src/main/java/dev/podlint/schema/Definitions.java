package dev.podlint.schema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code definitions} of a bundled schema file, each parsed when a kind that reaches it is first
 * resolved: a cold run over one Deployment parses the definitions a Deployment refers to, not the
 * whole file (whose parse was most of a small file's schema check). The files are written by the
 * schema generator, one definition per entry at a fixed indentation ({@link #index}); a file in any
 * other layout is parsed whole.
 */
final class Definitions {

    private static final String REF_PREFIX = "#/definitions/";

    private final byte[] text;
    /** Where each definition's JSON object starts and ends (exclusive) in {@code text}, in file order. */
    private final Map<String, int[]> ranges;

    private final Map<String, JsonNode> parsed = new ConcurrentHashMap<>();

    private Definitions(byte[] text, Map<String, int[]> ranges) {
        this.text = text;
        this.ranges = ranges;
    }

    /** Definitions parsed already (a file not in the generator's layout). */
    static Definitions of(JsonNode definitions) {
        Map<String, int[]> order = new LinkedHashMap<>();
        Definitions all = new Definitions(new byte[0], order);
        int i = 0;
        for (Map.Entry<String, JsonNode> entry : definitions.properties()) {
            order.put(entry.getKey(), new int[] {i, i});
            all.parsed.put(entry.getKey(), entry.getValue());
            i++;
        }
        return all;
    }

    /**
     * The definitions of a file in the generator's layout, or null when {@code text} is not in it.
     *
     * @param start where the line <code>"definitions": {</code> starts
     * @return the definitions and, in {@code end[0]}, the offset just after their closing brace
     */
    static @Nullable Definitions index(byte[] text, int start, int[] end) {
        int p = lineAfter(text, start);
        Map<String, int[]> ranges = new LinkedHashMap<>();
        while (p >= 0 && p < text.length) {
            if (startsWith(text, p, "  }")) {
                end[0] = p + 3;
                return new Definitions(text, ranges);
            }
            if (!startsWith(text, p, "    \"")) {
                return null;
            }
            int nameEnd = indexOf(text, p + 5, "\": {");
            if (nameEnd < 0) {
                return null;
            }
            String name = new String(text, p + 5, nameEnd - p - 5, StandardCharsets.UTF_8);
            int open = nameEnd + 3;
            int close = indexOf(text, open, "\n    }");
            if (close < 0 || name.indexOf('"') >= 0 || name.indexOf('\\') >= 0) {
                return null;
            }
            ranges.put(name, new int[] {open, close + 6});
            p = lineAfter(text, close + 1);
        }
        return null;
    }

    /** Whether the definitions are parsed one by one (false: the file was parsed whole). */
    boolean indexed() {
        return text.length > 0;
    }

    /**
     * The definition {@code root} and every definition it refers to, directly or not, in file order:
     * what a schema with {@code "$ref": "#/definitions/<root>"} can reach.
     */
    ObjectNode closure(@Nullable String root) {
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        if (root != null) {
            todo.push(root);
        }
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!ranges.containsKey(name) || !reached.add(name)) {
                continue;
            }
            collectRefs(definition(name), todo);
        }
        List<String> names = new ArrayList<>(reached);
        names.sort(Comparator.comparingInt(name -> range(name)[0]));
        ObjectNode closure = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            closure.set(name, definition(name));
        }
        return closure;
    }

    /** The definition of that name, or null when the file has none. */
    @Nullable
    JsonNode get(String name) {
        return ranges.containsKey(name) ? definition(name) : null;
    }

    private JsonNode definition(String name) {
        return parsed.computeIfAbsent(name, n -> {
            int[] range = range(n);
            return JsonTreeReader.read(text, range[0], range[1] - range[0]);
        });
    }

    private int[] range(String name) {
        return Objects.requireNonNull(ranges.get(name), "only definitions of the file are reached");
    }

    private static void collectRefs(JsonNode node, Deque<String> todo) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(REF_PREFIX)) {
                todo.push(ref.asString().substring(REF_PREFIX.length()));
            }
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                collectRefs(child, todo);
            }
        }
    }

    private static int lineAfter(byte[] text, int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] text, int at, String prefix) {
        if (at + prefix.length() > text.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] text, int from, String needle) {
        byte first = (byte) needle.charAt(0);
        for (int i = from; i + needle.length() <= text.length; i++) {
            if (text[i] == first && startsWith(text, i, needle)) {
                return i;
            }
        }
        return -1;
    }
}
