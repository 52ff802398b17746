package dev.podlint.validation;

import dev.podlint.schema.CustomResourceDefinitions;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.util.Once;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The per-kind facts of ObjectMeta validation (name format, scope, which ObjectMeta validation),
 * read from {@code object-names.txt} for one Kubernetes version.
 */
final class ObjectKinds {

    /** How one kind's metadata is validated. */
    record Kind(NameFormat nameFormat, boolean namespaced, boolean coreMetadata, String source) {}

    /** An unlisted kind: what the generic registry checks of every object. */
    static final Kind GENERIC = new Kind(NameFormat.PATH, false, false, "apiserver rest.BeforeCreate");

    /**
     * A custom resource of a --crd CustomResourceDefinition: apiextensions-apiserver's
     * {@code customResourceValidator.Validate} calls apimachinery's {@code ValidateObjectMetaAccessor} with
     * {@code NameIsDNSSubdomain} and the CRD's scope.
     */
    private static final Kind CUSTOM_NAMESPACED = new Kind(
            NameFormat.SUBDOMAIN, true, false, "apiextensions-apiserver customResourceValidator: NameIsDNSSubdomain");

    private static final Kind CUSTOM_CLUSTER = new Kind(
            NameFormat.SUBDOMAIN, false, false, "apiextensions-apiserver customResourceValidator: NameIsDNSSubdomain");

    private record Row(
            String group,
            String kind,
            Kind facts,
            @Nullable KubernetesVersion from,
            @Nullable KubernetesVersion to) {}

    private static final Once<List<Row>> ROWS = new Once<>(ObjectKinds::read);

    private final Map<String, Kind> byGroupKind = new HashMap<>();
    /** Answers by apiVersion, then kind: looked up for every document, so no string is built per lookup. */
    private final Map<String, Map<String, Kind>> answers = new ConcurrentHashMap<>();

    private final CustomResourceDefinitions crds;

    ObjectKinds(KubernetesVersion version) {
        this(version, CustomResourceDefinitions.NONE);
    }

    ObjectKinds(KubernetesVersion version, CustomResourceDefinitions crds) {
        this.crds = crds;
        for (Row row : ROWS.get()) {
            if ((row.from == null || !version.isBefore(row.from)) && (row.to == null || !row.to.isBefore(version))) {
                byGroupKind.put(row.group + "/" + row.kind, row.facts);
            }
        }
    }

    /** The facts of the kind an object's apiVersion and kind name, or {@link #GENERIC}. */
    Kind of(@Nullable String apiVersion, String kind) {
        if (apiVersion == null || kind == null) {
            return GENERIC;
        }
        Map<String, Kind> byKind = answers.get(apiVersion);
        Kind answer = byKind == null ? null : byKind.get(kind);
        if (answer == null) {
            answer = lookUp(apiVersion, kind);
            answers.computeIfAbsent(apiVersion, v -> new ConcurrentHashMap<>()).put(kind, answer);
        }
        return answer;
    }

    private Kind lookUp(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        Kind facts = byGroupKind.get(group + "/" + kind);
        if (facts != null) {
            return facts;
        }
        return crds.namespaced(apiVersion, kind)
                .map(inNamespace -> inNamespace ? CUSTOM_NAMESPACED : CUSTOM_CLUSTER)
                .orElse(GENERIC);
    }

    /** Reads the table now, unless done already. */
    static void prefetch() {
        ROWS.get();
    }

    /** A line's first {@code count - 1} whitespace-separated fields, then the rest of it. */
    private static String[] fields(String line, int count) {
        String[] fields = new String[count];
        int at = 0;
        for (int i = 0; i < count - 1; i++) {
            int end = at;
            while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            fields[i] = line.substring(at, end);
            at = end;
            while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
                at++;
            }
        }
        fields[count - 1] = line.substring(at);
        return fields;
    }

    private static List<Row> read() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ObjectKinds.class.getResourceAsStream("object-names.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = fields(line.strip(), 7);
                String group = f[0].equals("core") ? "" : f[0];
                Kind facts = new Kind(NameFormat.parse(f[2]), f[3].equals("namespaced"), f[4].equals("core"), f[6]);
                KubernetesVersion from = null;
                KubernetesVersion to = null;
                if (!f[5].equals("*")) {
                    String[] range = f[5].split("-", -1);
                    from = KubernetesVersion.parse(range[0]);
                    to = range[1].isEmpty() ? null : KubernetesVersion.parse(range[1]);
                }
                rows.add(new Row(group, f[1], facts, from, to));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
