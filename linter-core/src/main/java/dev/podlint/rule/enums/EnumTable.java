package dev.podlint.rule.enums;

import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.BundledYaml;
import dev.podlint.source.PackedYaml;
import dev.podlint.util.Once;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The enum fields of the API and their accepted values per Kubernetes version, read from the data
 * file {@code dev/podlint/enums/enum-values.yaml} (its header explains the format).
 */
public final class EnumTable {

    private static final String FOLDER = "dev/podlint/enums/";
    private static final String FILE = "enum-values.yaml";
    private static final Map<String, EnumField.Scope> SCOPES = Map.of(
            "object",
            EnumField.Scope.OBJECT,
            "podSpec",
            EnumField.Scope.POD_SPEC,
            "container",
            EnumField.Scope.CONTAINER,
            "jobSpec",
            EnumField.Scope.JOB_SPEC);

    private static final Once<EnumTable> BUNDLED = new Once<>(EnumTable::readBundled);

    private final List<KubernetesVersion> versions;
    private final List<EnumField> fields;

    private EnumTable(List<KubernetesVersion> versions, List<EnumField> fields) {
        this.versions = List.copyOf(versions);
        this.fields = List.copyOf(fields);
    }

    /** The bundled table, read once. */
    public static EnumTable bundled() {
        return BUNDLED.get();
    }

    private static EnumTable readBundled() {
        PackedYaml.File file = BundledYaml.folder(FOLDER).stream()
                .filter(f -> f.name().equals(FILE))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("missing resource " + FOLDER + FILE));
        return parse(file.root());
    }

    /** The versions the table covers, oldest first. */
    public List<KubernetesVersion> versions() {
        return versions;
    }

    public List<EnumField> fields() {
        return fields;
    }

    /** A table from its tree (mappings and lists of strings, as {@link dev.podlint.source.MappingNode}s read). */
    static EnumTable parse(Object root) {
        Map<?, ?> table = map(root, "the table");
        List<KubernetesVersion> versions = new ArrayList<>();
        for (Object v : list(table.get("versions"), "versions")) {
            versions.add(version(v));
        }
        List<EnumField> fields = new ArrayList<>();
        for (Object o : list(table.get("fields"), "fields")) {
            fields.add(field(map(o, "a field"), versions.get(0)));
        }
        return new EnumTable(versions, fields);
    }

    private static EnumField field(Map<?, ?> row, KubernetesVersion first) {
        String pathText = string(row.get("path"), "path");
        EnumField.Scope scope = SCOPES.get(string(row.get("scope"), "scope of " + pathText));
        if (scope == null) {
            throw new IllegalArgumentException(pathText + ": unknown scope " + row.get("scope"));
        }
        List<EnumField.Segment> path = new ArrayList<>();
        for (String step : parts(pathText, "/")) {
            if (step.equals("*")) {
                path.add(new EnumField.Segment(List.of(), true));
            } else if (step.startsWith("{") && step.endsWith("}")) {
                path.add(new EnumField.Segment(parts(step.substring(1, step.length() - 1), ","), false));
            } else {
                path.add(new EnumField.Segment(List.of(step), false));
            }
        }
        Set<String> kinds =
                row.get("kinds") == null ? Set.of() : Set.copyOf(strings(row.get("kinds"), pathText + " kinds"));
        NavigableMap<KubernetesVersion, List<String>> values = new TreeMap<>();
        if (row.get("values") instanceof Map<?, ?> byVersion) {
            for (Map.Entry<?, ?> e : byVersion.entrySet()) {
                values.put(
                        version(e.getKey()),
                        e.getValue() == null ? null : List.copyOf(strings(e.getValue(), pathText + " values")));
            }
        } else {
            values.put(first, List.copyOf(strings(row.get("values"), pathText + " values")));
        }
        Object empty = row.get("empty");
        if (empty != null && !empty.equals("defaulted") && !empty.equals("invalid")) {
            throw new IllegalArgumentException(pathText + ": empty must be defaulted or invalid, not " + empty);
        }
        return new EnumField(
                scope,
                List.copyOf(path),
                pathText,
                kinds,
                Collections.unmodifiableNavigableMap(values),
                "defaulted".equals(empty),
                (String) row.get("whenSet"),
                (String) row.get("whenUnset"),
                string(row.get("source"), pathText + " source"));
    }

    private static KubernetesVersion version(Object v) {
        KubernetesVersion version = v instanceof String s ? KubernetesVersion.parse(s) : null;
        if (version == null) {
            throw new IllegalArgumentException("not a version (write it quoted, \"1.30\"): " + v);
        }
        return version;
    }

    private static Map<?, ?> map(Object o, String what) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(what + " must be a mapping");
        }
        return m;
    }

    private static List<?> list(@Nullable Object o, String what) {
        if (!(o instanceof List<?> l)) {
            throw new IllegalArgumentException(what + " must be a list");
        }
        return l;
    }

    private static List<String> strings(@Nullable Object o, String what) {
        List<String> out = new ArrayList<>();
        for (Object item : list(o, what)) {
            out.add(string(item, what));
        }
        return out;
    }

    private static String string(@Nullable Object o, String what) {
        if (!(o instanceof String s)) {
            throw new IllegalArgumentException(what + " must be a string (quote it), not " + o);
        }
        return s;
    }

    /** {@code text} cut at each {@code separator}; when it was cut, trailing empty parts are dropped. */
    private static List<String> parts(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            parts.add(text.substring(from, at));
            from = at + separator.length();
        }
        parts.add(text.substring(from));
        boolean cut = parts.size() > 1;
        while (cut && !parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return List.copyOf(parts);
    }
}
