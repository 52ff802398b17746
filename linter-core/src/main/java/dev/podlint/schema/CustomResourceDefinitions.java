package dev.podlint.schema;

import dev.podlint.config.UsageException;
import dev.podlint.source.Document;
import dev.podlint.source.InputCollector;
import dev.podlint.source.InputFile;
import dev.podlint.source.JsonTrees;
import dev.podlint.source.LoadProblem;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The CustomResourceDefinitions given with {@code --crd} (files or folders; other objects in them are
 * ignored, so a whole install.yaml will do): for each served version, the schema its custom resources
 * are validated against. apiextensions.k8s.io/v1 and the older v1beta1 (one schema for all versions, or
 * one per version) are read. The first definition of an apiVersion/kind wins.
 */
public final class CustomResourceDefinitions {

    public static final CustomResourceDefinitions NONE = new CustomResourceDefinitions(Map.of(), Map.of(), Map.of());

    private static final String KIND = "CustomResourceDefinition";

    /**
     * One served version of a CRD: its openAPIV3Schema as read (null: none, anything goes), turned into a
     * JSON tree only when a custom resource of that version is validated.
     */
    record Served(@Nullable MappingNode schema) {
        @Nullable
        JsonNode openApiV3Schema() {
            return schema == null ? null : JsonTrees.toJson(schema);
        }
    }

    private final Map<String, Served> served;
    /** group/kind to the versions its CRD serves, to tell a user which apiVersion to write. */
    private final Map<String, SortedSet<String>> versionsOfKind;
    /** Served apiVersion/kind to whether its custom resources are namespaced (spec.scope). */
    private final Map<String, Boolean> namespaced;

    private CustomResourceDefinitions(
            Map<String, Served> served,
            Map<String, SortedSet<String>> versionsOfKind,
            Map<String, Boolean> namespaced) {
        this.served = served;
        this.versionsOfKind = versionsOfKind;
        this.namespaced = namespaced;
    }

    /** Reads the CRDs under {@code paths}; a path that cannot be read or parsed is a usage error. */
    public static CustomResourceDefinitions load(
            List<String> paths, Path workingDirectory, ManifestLoader loader, long maxFileBytes) {
        if (paths.isEmpty()) {
            return NONE;
        }
        InputCollector.Inputs inputs = new InputCollector(workingDirectory).collect(paths);
        if (!inputs.skipped().isEmpty()) {
            InputCollector.Skipped first = inputs.skipped().get(0);
            throw new UsageException("--crd " + first.path() + ": " + first.reason());
        }
        Map<String, Served> served = new LinkedHashMap<>();
        Map<String, SortedSet<String>> versions = new LinkedHashMap<>();
        Map<String, Boolean> namespaced = new LinkedHashMap<>();
        for (InputFile file : inputs.files()) {
            for (Document document : read(file, loader, maxFileBytes).documents()) {
                if (KIND.equals(document.kind())
                        && document.apiVersion() != null
                        && document.apiVersion().startsWith("apiextensions.k8s.io/")) {
                    add(document, served, versions, namespaced);
                }
            }
        }
        return new CustomResourceDefinitions(Map.copyOf(served), Map.copyOf(versions), Map.copyOf(namespaced));
    }

    private static LoadedFile read(InputFile file, ManifestLoader loader, long maxFileBytes) {
        byte[] bytes;
        try {
            bytes = file.read(InputStream.nullInputStream(), maxFileBytes);
        } catch (IOException e) {
            throw new UsageException("--crd " + file.displayPath() + ": cannot read: " + e.getMessage());
        }
        LoadedFile loaded = loader.load(file.displayPath(), bytes);
        for (LoadProblem problem : loaded.problems()) {
            if (problem.type() == LoadProblem.Type.SYNTAX) {
                throw new UsageException(
                        "--crd " + file.displayPath() + ":" + problem.span().line() + ": " + problem.message());
            }
        }
        return loaded;
    }

    private static void add(
            Document crd,
            Map<String, Served> served,
            Map<String, SortedSet<String>> versions,
            Map<String, Boolean> namespaced) {
        MappingNode object = crd.object();
        MappingNode spec = object == null ? null : object.mapping("spec");
        MappingNode names = spec == null ? null : spec.mapping("names");
        String group = spec == null ? null : spec.string("group");
        String kind = names == null ? null : names.string("kind");
        if (spec == null || group == null || kind == null) {
            return; // the schema check reports the CRD itself
        }
        MappingNode sharedSchema = schemaUnder(spec.mapping("validation"));
        // v1beta1 defaults an empty scope to Namespaced; v1 requires it
        boolean inNamespace = !"Cluster".equals(spec.string("scope"));
        List<MappingNode> versionList = new ArrayList<>();
        SequenceNode listed = spec.sequence("versions");
        if (listed != null) {
            listed.nodes().stream()
                    .filter(MappingNode.class::isInstance)
                    .map(MappingNode.class::cast)
                    .forEach(versionList::add);
        }
        if (versionList.isEmpty() && spec.string("version") != null) {
            versions.computeIfAbsent(group + "/" + kind, k -> new TreeSet<>()).add(spec.string("version"));
            String key = SchemaFile.key(group + "/" + spec.string("version"), kind);
            served.putIfAbsent(key, new Served(sharedSchema));
            namespaced.putIfAbsent(key, inNamespace);
            return;
        }
        for (MappingNode version : versionList) {
            String name = version.string("name");
            if (name == null || Boolean.FALSE.equals(version.get("served"))) {
                continue;
            }
            MappingNode own = schemaUnder(version.mapping("schema"));
            versions.computeIfAbsent(group + "/" + kind, k -> new TreeSet<>()).add(name);
            String key = SchemaFile.key(group + "/" + name, kind);
            served.putIfAbsent(key, new Served(own != null ? own : sharedSchema));
            namespaced.putIfAbsent(key, inNamespace);
        }
    }

    private static @Nullable MappingNode schemaUnder(@Nullable MappingNode validation) {
        return validation == null ? null : validation.mapping("openAPIV3Schema");
    }

    Optional<Served> find(String apiVersion, String kind) {
        return Optional.ofNullable(served.get(SchemaFile.key(apiVersion, kind)));
    }

    /**
     * Whether the custom resources of this served apiVersion/kind are namespaced (the CRD's scope), or empty
     * when no CRD serves it.
     */
    public Optional<Boolean> namespaced(String apiVersion, String kind) {
        return Optional.ofNullable(namespaced.get(SchemaFile.key(apiVersion, kind)));
    }

    /** The openAPIV3Schema of the CRD version that serves apiVersion/kind, or null for none. */
    public @Nullable JsonNode openApiV3Schema(String apiVersion, String kind) {
        Served version = served.get(SchemaFile.key(apiVersion, kind));
        return version == null ? null : version.openApiV3Schema();
    }

    /** The versions a CRD serves for the group of {@code apiVersion} and this kind (empty: no such CRD). */
    List<String> versionsOf(String apiVersion, String kind) {
        SortedSet<String> found = versionsOfKind.get(RemovedApis.group(apiVersion) + "/" + kind);
        return found == null ? List.of() : List.copyOf(found);
    }
}
