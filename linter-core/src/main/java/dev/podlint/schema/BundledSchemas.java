package dev.podlint.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The schemas bundled in podlint-schemas, one file per Kubernetes minor plus PodPreset's, read from
 * the classpath when first needed and kept for the life of the JVM (they never change).
 */
public final class BundledSchemas {

    static final String DIR = "dev/podlint/schemas/kubernetes/";
    static final String POD_PRESET_FILE = "podpreset-settings.k8s.io-v1alpha1.json";
    /** The bundled minors, one per line (written by the schema generator beside the files). */
    private static final String VERSIONS_FILE = "versions.txt";

    private static final BundledSchemas INSTANCE = new BundledSchemas();

    private final List<KubernetesVersion> versions;
    private final Map<String, SchemaFile> files = new ConcurrentHashMap<>();
    private final Map<KubernetesVersion, Set<String>> servedKinds = new ConcurrentHashMap<>();

    private BundledSchemas() {
        List<KubernetesVersion> found = new ArrayList<>();
        InputStream index = BundledSchemas.class.getClassLoader().getResourceAsStream(DIR + VERSIONS_FILE);
        if (index != null) {
            try (index) {
                for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    KubernetesVersion version = KubernetesVersion.parse(line);
                    if (version != null) {
                        found.add(version);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException(
                    "no Kubernetes schemas on the classpath under " + DIR + " (is podlint-schemas missing?)");
        }
        this.versions = Collections.unmodifiableList(found);
    }

    public static BundledSchemas get() {
        return INSTANCE;
    }

    /** The bundled minors, oldest first. */
    public List<KubernetesVersion> versions() {
        return versions;
    }

    public KubernetesVersion newest() {
        return versions.get(versions.size() - 1);
    }

    public boolean has(KubernetesVersion version) {
        return versions.contains(version);
    }

    /**
     * Reads now what a lint of any built-in kind needs of a version's schema file: its index, and the
     * definitions every object reaches (ObjectMeta's); the others are decoded when a kind needs them.
     */
    public void prefetch(KubernetesVersion version) {
        version(version).definitions().closure(KindValidator.OBJECT_META);
        GoDecoding.prefetch();
    }

    SchemaFile version(KubernetesVersion version) {
        if (!has(version)) {
            throw new IllegalArgumentException("no bundled schemas for Kubernetes " + version);
        }
        return file(fileName(version));
    }

    /**
     * Whether a bundled version serves this apiVersion/kind. Other versions than the target are asked only
     * about kinds the target does not serve; their definitions are then skipped, not parsed.
     */
    boolean serves(KubernetesVersion version, String apiVersion, String kind) {
        SchemaFile loaded = files.get(fileName(version));
        Set<String> kinds = loaded != null
                ? loaded.kinds().keySet()
                : servedKinds.computeIfAbsent(version, v -> readKinds(fileName(v)));
        return kinds.contains(SchemaFile.key(apiVersion, kind));
    }

    SchemaFile podPreset() {
        return file(POD_PRESET_FILE);
    }

    /** Every bundled schema file's name: the minors' and PodPreset's. */
    List<String> fileNames() {
        List<String> names = new ArrayList<>();
        versions.forEach(v -> names.add(fileName(v)));
        names.add(POD_PRESET_FILE);
        return names;
    }

    /** The file read whole as JSON, as its generator wrote it. */
    static JsonNode json(String name) {
        try (InputStream in = open(name)) {
            return Json.MAPPER.readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled schema " + name, e);
        }
    }

    private static String fileName(KubernetesVersion version) {
        return "v" + version + ".json";
    }

    private SchemaFile file(String name) {
        return files.computeIfAbsent(name, this::read);
    }

    /** Jackson's mapper is costly to create on a cold JVM: only when a schema is read. */
    static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();

        private Json() {}
    }

    private Set<String> readKinds(String name) {
        byte[] packed = packed(name);
        if (packed != null) {
            return PackedSchemas.kinds(packed, name);
        }
        try (InputStream in = open(name);
                JsonParser parser = Json.MAPPER.createParser(in)) {
            Set<String> kinds = new HashSet<>();
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("kinds")) {
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        kinds.add(parser.currentName());
                        parser.nextToken();
                    }
                } else {
                    parser.skipChildren();
                }
            }
            return Collections.unmodifiableSet(kinds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled schema " + name, e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = BundledSchemas.class.getClassLoader().getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("bundled schema " + DIR + name + " is missing");
        }
        return in;
    }

    /**
     * The file as the build packed it ({@link PackedSchemas}), or parsed whole when it has no packed form
     * (a classpath an IDE assembled).
     */
    private SchemaFile read(String name) {
        byte[] packed = packed(name);
        if (packed != null) {
            return PackedSchemas.read(name, packed);
        }
        JsonNode root = json(name);
        return schemaFile(name, root, Definitions.of(root.get("definitions")));
    }

    private static byte @Nullable [] packed(String name) {
        try (InputStream in =
                BundledSchemas.class.getClassLoader().getResourceAsStream(PackedSchemas.resourceName(name))) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packed schema of " + name, e);
        }
    }

    private static SchemaFile schemaFile(String name, JsonNode root, Definitions definitions) {
        Map<String, String> kinds = new LinkedHashMap<>();
        root.get("kinds")
                .properties()
                .forEach(e -> kinds.put(e.getKey(), e.getValue().asString()));
        return new SchemaFile(
                name, root.get("kubernetesVersion").asString(), Collections.unmodifiableMap(kinds), definitions);
    }
}
