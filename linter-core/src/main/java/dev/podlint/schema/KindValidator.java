package dev.podlint.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import dev.podlint.source.Document;
import dev.podlint.source.YamlNode;
import dev.podlint.util.Once;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compiled schema of one apiVersion/kind (compiled once per run, then shared by all threads),
 * with the schema document it came from, to look up an object's known fields for suggestions.
 */
final class KindValidator {

    private static final Set<String> KNOWN_DIALECTS = Set.of(
            "http://json-schema.org/draft-04/schema#",
            "http://json-schema.org/draft-06/schema#",
            "http://json-schema.org/draft-07/schema#",
            "https://json-schema.org/draft/2019-09/schema",
            "https://json-schema.org/draft/2020-12/schema");

    /** Draft 7, and the formats the API server checks in custom resources ({@link KubernetesFormats}). */
    private static final class Draft7 {
        // in a holder: a run whose objects the quick check accepts never builds it (nor its formats' patterns)
        static final Dialect DIALECT = Dialect.builder(Dialects.getDraft7())
                .formats(KubernetesFormats.all())
                .build();
    }

    static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private static final String REF_PREFIX = "#/definitions/";
    private static final String DEFINITIONS_POINTER = "/definitions/";

    /** The kind's whole schema document; a bundled kind's is assembled only when an object needs more than the quick check. */
    private final Once<JsonNode> document;

    private final String documentIri;
    /** Answers most objects without the full validator; null when the schema is beyond it. */
    private final @Nullable QuickSchema quick;
    /**
     * The full validator, compiled when first needed: a run whose objects the quick check accepts
     * never loads it (a cold start saves its classes and compilation). A schema the quick check
     * cannot read, or reads only in part, is compiled at once, so that its errors surface at once.
     */
    private volatile @Nullable Schema schema;

    /** A built-in kind, which the API server decodes into its Go types ({@link GoDecoding}). */
    private final boolean goDecoding;

    /**
     * A custom resource's structural schema when it has {@code default}s, which the API server applies
     * before it validates ({@link StructuralDefaulting}); null otherwise.
     */
    private final @Nullable JsonNode defaults;

    /** A custom resource's structural schema when it has set or map lists ({@link ListTypes}); else null. */
    private final @Nullable JsonNode listTypes;

    private KindValidator(JsonNode document, String documentIri, boolean goDecoding) {
        this(document, documentIri, goDecoding, null);
    }

    private KindValidator(JsonNode document, String documentIri, boolean goDecoding, @Nullable JsonNode structural) {
        this.document = Once.of(document);
        this.documentIri = documentIri;
        this.goDecoding = goDecoding;
        this.defaults = StructuralDefaulting.hasDefaults(structural) ? structural : null;
        this.listTypes = ListTypes.used(structural) ? structural : null;
        this.quick = QuickSchema.compile(document, goDecoding);
        if (quick == null || quick.partial()) {
            this.schema = compileSchema(document, documentIri);
        }
    }

    /** A bundled kind: its quick check compiled as objects reach its definitions, its document built on demand. */
    private KindValidator(Definitions definitions, String definition, String documentIri) {
        this.document = new Once<>(() -> bundledDocument(definitions, definition, documentIri));
        this.documentIri = documentIri;
        this.goDecoding = true;
        this.defaults = null;
        this.listTypes = null;
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$ref", REF_PREFIX + definition);
        this.quick = QuickSchema.lazy(
                root,
                pointer -> pointer.startsWith(DEFINITIONS_POINTER)
                        ? definitions.get(pointer.substring(DEFINITIONS_POINTER.length()))
                        : null);
    }

    /**
     * A bundled kind: {@code {"$ref": "#/definitions/<name>", "definitions": <the file's definitions it
     * reaches>}}.
     */
    static KindValidator bundled(SchemaFile file, String apiVersion, String kind) {
        String iri = "https://podlint.dev/schemas/kubernetes/" + file.resourceName() + "/" + apiVersion + "/" + kind;
        String definition = file.definitionOf(apiVersion, kind);
        if (definition == null) { // not a kind of the file: the full validator says what it makes of that
            return new KindValidator(bundledDocument(file.definitions(), null, iri), iri, true);
        }
        return new KindValidator(file.definitions(), definition, iri);
    }

    private static JsonNode bundledDocument(Definitions definitions, @Nullable String definition, String iri) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$id", iri);
        root.put("$ref", REF_PREFIX + definition);
        root.set("definitions", definitions.closure(definition));
        return root;
    }

    /**
     * A custom resource of a --crd CustomResourceDefinition: its openAPIV3Schema turned into JSON Schema
     * ({@link StructuralSchemas}), with metadata checked against the target version's ObjectMeta.
     */
    static KindValidator customResource(
            SchemaFile target, String apiVersion, String kind, @Nullable JsonNode openApiV3Schema) {
        String iri = "https://podlint.dev/schemas/crd/" + apiVersion + "/" + kind;
        ObjectNode root = StructuralSchemas.resource(openApiV3Schema, REF_PREFIX + OBJECT_META);
        root.put("$id", iri);
        root.set("definitions", target.definitions().closure(OBJECT_META));
        return new KindValidator(root, iri, false, openApiV3Schema);
    }

    /** A schema file from a --schema-location folder (kubeconform's standalone schemas, CRD schemas). */
    static KindValidator fromFile(Path file, JsonNode root) {
        JsonNode node = root;
        // openapi2jsonschema writes "$schema": "http://json-schema.org/schema#", which names no dialect.
        if (root instanceof ObjectNode object
                && object.has("$schema")
                && !KNOWN_DIALECTS.contains(object.get("$schema").asString(""))) {
            ObjectNode copy = object.deepCopy();
            copy.remove("$schema");
            node = copy;
        }
        String loop = RefLoops.find(node);
        if (loop != null) {
            throw new IllegalArgumentException("schema " + file + " has a $ref loop at " + loop
                    + ": it applies to itself without descending into the object");
        }
        return compile(node, file.toUri().toString());
    }

    private static KindValidator compile(JsonNode root, String iri) {
        return new KindValidator(root, iri, false);
    }

    private static Schema compileSchema(JsonNode root, String iri) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                Draft7.DIALECT,
                builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder(SchemaRegistryConfig.getInstance())
                                .regularExpressionFactory(new SharedStringPatterns())
                                .build()));
        Schema schema = registry.getSchema(SchemaLocation.of(iri), root);
        schema.initializeValidators();
        return schema;
    }

    private Schema schema() {
        Schema compiled = schema;
        if (compiled == null) {
            synchronized (this) {
                compiled = schema;
                if (compiled == null) {
                    compiled = compileSchema(document.get(), documentIri);
                    schema = compiled;
                }
            }
        }
        return compiled;
    }

    /** The kind's whole schema document (a bundled kind's assembled now if it was not yet). */
    JsonNode document() {
        return document.get();
    }

    SchemaNavigator navigator() {
        return new SchemaNavigator(document.get());
    }

    /**
     * True when the object certainly satisfies the schema (false: ask {@link #validate}). The quick check
     * reads the object as written, so it does not answer for a schema whose defaults change it, nor
     * checks list types.
     */
    boolean certainlyValid(YamlNode object) {
        return defaults == null && listTypes == null && quick != null && quick.accepts(object);
    }

    /** Duplicates in the set and map lists of a custom resource (its defaulted JSON copy). */
    List<ListTypes.Problem> listProblems(JsonNode defaulted) {
        return listTypes == null ? List.of() : ListTypes.problems(defaulted, listTypes);
    }

    /**
     * The JSON copy of an object as the API server validates it: with a custom resource's schema defaults
     * applied (in place, so {@code copy} must be the caller's own).
     */
    JsonNode defaulted(JsonNode copy) {
        if (defaults != null) {
            StructuralDefaulting.apply(copy, defaults);
        }
        return copy;
    }

    /** What the API server's decoding into Go types rejects that the schema's types allow (built-in kinds). */
    List<SchemaViolation> decodeProblems(Document instance) {
        return goDecoding && instance.object() != null ? GoDecoding.problems(document.get(), instance) : List.of();
    }

    List<Error> validate(JsonNode instance) {
        try {
            return schema().validate(instance);
        } catch (StackOverflowError e) {
            // a $ref loop that never descends into the object, or an object nested deeper than the stack allows
            throw new IllegalStateException("schema validation recursed too deeply ($ref loop in " + documentIri
                    + ", or an object nested too deeply)");
        }
    }

    /** The schema node at an error's schema location, when it lies in this kind's own document. */
    @Nullable
    JsonNode schemaNodeAt(SchemaLocation location) {
        String text = location.toString();
        int hash = text.indexOf('#');
        String iri = hash < 0 ? text : text.substring(0, hash);
        if (!iri.equals(documentIri)) {
            return null;
        }
        String pointer = hash < 0 ? "" : text.substring(hash + 1);
        try {
            JsonNode node = document.get().at(pointer);
            return node.isMissingNode() ? null : node;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
