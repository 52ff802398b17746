package dev.podlint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.fixtures.TestPaths;
import dev.podlint.source.Document;
import dev.podlint.source.JsonTrees;
import dev.podlint.source.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The quick check must never accept an object the full validator rejects: over every fixture (many
 * schema errors) and the shared corpus when present, for an old and the newest Kubernetes version,
 * custom resources of the fixtures' and the corpus's CRDs included; and on the bounds CRDs use.
 */
class QuickSchemaTest {

    @Test
    void neverAcceptsWhatTheFullValidatorRejects() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(TestPaths.testdata()));
        if (TestPaths.sharedAvailable()) {
            roots.add(TestPaths.shared().resolve("corpus"));
        }
        int rejectedByBoth = 0;
        int acceptedQuickly = 0;
        int comparedLazily = 0;
        for (String version : new String[] {"1.30", null}) {
            KindSchemas schemas = KindSchemas.create(version, List.of(), crds());
            ManifestLoader loader = new ManifestLoader();
            for (Path root : roots) {
                for (Path file : manifests(root)) {
                    for (Document document : loader.load(file.toString(), Files.readAllBytes(file))
                            .documents()) {
                        KindValidator validator = validatorOf(schemas, document);
                        if (validator == null) {
                            continue;
                        }
                        boolean valid = validator
                                .validate(JsonTrees.toJson(document.root()))
                                .isEmpty();
                        boolean quick = validator.certainlyValid(document.root());
                        assertThat(!quick || valid)
                                .as("quick check accepted %s, which has schema errors", document)
                                .isTrue();
                        JsonNode schema = validator.document();
                        QuickSchema eager = QuickSchema.compile(schema, true);
                        if (eager != null) {
                            QuickSchema lazy = QuickSchema.lazy(schema, pointer -> {
                                JsonNode target = schema.at(pointer);
                                return target.isMissingNode() ? null : target;
                            });
                            assertThat(lazy.accepts(document.root()))
                                    .as("compiled as objects reach it vs at once, on %s", document)
                                    .isEqualTo(eager.accepts(document.root()));
                            comparedLazily++;
                        }
                        rejectedByBoth += valid ? 0 : 1;
                        acceptedQuickly += quick ? 1 : 0;
                    }
                }
            }
        }
        assertThat(rejectedByBoth)
                .as("objects with schema errors among the inputs")
                .isGreaterThan(20);
        assertThat(acceptedQuickly).as("objects the quick check answered").isGreaterThan(20);
        assertThat(comparedLazily).as("objects both compilations answered").isGreaterThan(100);
    }

    /** The fixtures' CRD, and the corpus's Istio and argo-cd CRDs when it is present. */
    private static CustomResourceDefinitions crds() {
        List<String> paths = new ArrayList<>(
                List.of(TestPaths.testdata().resolve("schema/crds").toString()));
        if (TestPaths.sharedAvailable()) {
            Path corpus = TestPaths.shared().resolve("corpus");
            paths.add(corpus.resolve("istio__istio/manifests/charts/base/files/crd-all.gen.yaml")
                    .toString());
            paths.add(corpus.resolve("argoproj__argo-cd/manifests/install.yaml").toString());
        }
        return CustomResourceDefinitions.load(paths, TestPaths.repoRoot(), new ManifestLoader(), 64L << 20);
    }

    @Test
    void aDefinitionReachingItselfInPlaceAcceptsNothingWhenCompiledOnUse() throws IOException {
        JsonNode schema = new ObjectMapper().readTree("""
                {"type": "object", "properties": {
                   "loop": {"$ref": "#/definitions/a"},
                   "fine": {"$ref": "#/definitions/c"}},
                 "definitions": {
                   "a": {"$ref": "#/definitions/b"},
                   "b": {"anyOf": [{"$ref": "#/definitions/a"}, {"type": "string"}]},
                   "c": {"type": "object", "properties": {"next": {"$ref": "#/definitions/c"}}}}}
                """);
        QuickSchema lazy = QuickSchema.lazy(schema, pointer -> {
            JsonNode target = schema.at(pointer);
            return target.isMissingNode() ? null : target;
        });
        ManifestLoader loader = new ManifestLoader();
        Document looping = loader.loadText("a.yaml", "loop: x\n").documents().get(0);
        Document recursive = loader.loadText("b.yaml", "fine: {next: {next: {}}}\n")
                .documents()
                .get(0);
        assertThat(lazy.accepts(looping.root())).isFalse(); // the full validator reports the loop
        assertThat(lazy.accepts(recursive.root())).isTrue(); // recursion that descends is fine
    }

    @Test
    void boundsAreNeverMoreLenientThanTheFullValidator() throws IOException {
        JsonNode schema = new ObjectMapper().readTree("""
                {"type": "object", "properties": {
                  "n": {"type": "integer", "minimum": 1, "maximum": 10},
                  "x": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
                  "s": {"type": "string", "minLength": 2, "maxLength": 3, "pattern": "[a-z]"},
                  "l": {"type": "array", "minItems": 1, "maxItems": 2},
                  "o": {"type": "object", "oneOf": [{"required": ["a"]}, {"required": ["b"]}]},
                  "m": {"type": "object", "oneOf": [{"not": {"anyOf": [{"required": ["a"]}, {"required": ["b"]}]}},
                    {"required": ["a"]}, {"required": ["b"]}]},
                  "t": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                  "k": {"allOf": [{"type": "object"}, {"required": ["a"]}]}}}
                """);
        KindValidator validator = KindValidator.fromFile(Path.of("bounds.json"), schema);
        List<String> values = List.of(
                "n: 1",
                "n: 10",
                "n: 0",
                "n: 11",
                "n: 99999999999999999999",
                "x: 0.5",
                "x: 0",
                "x: 1",
                "x: .inf",
                "s: ab",
                "s: 'a'",
                "s: abcd",
                "s: '12'",
                "s: '1a2'",
                "s: '\uD83D\uDE00a'",
                "s: '\uD83D\uDE00\uD83D\uDE00'",
                "l: []",
                "l: [1]",
                "l: [1, 2, 3]",
                "o: {a: 1}",
                "o: {a: 1, b: 2}",
                "o: {}",
                "m: {}",
                "m: {a: 1}",
                "m: {a: 1, b: 2}",
                "t: x",
                "k: {a: 1}",
                "k: {b: 1}");
        int quick = 0;
        for (String value : values) {
            Document document = new ManifestLoader()
                    .loadText("bounds.yaml", value + "\n")
                    .documents()
                    .get(0);
            boolean valid =
                    validator.validate(JsonTrees.toJson(document.root())).isEmpty();
            boolean accepted = validator.certainlyValid(document.root());
            assertThat(!accepted || valid)
                    .as("quick check accepted %s, which the validator rejects", value)
                    .isTrue();
            quick += accepted ? 1 : 0;
        }
        assertThat(quick).as("values the quick check answered").isGreaterThanOrEqualTo(12);
    }

    private static KindValidator validatorOf(KindSchemas schemas, Document document) {
        if (document.object() == null || document.apiVersion() == null || document.kind() == null) {
            return null;
        }
        KindResolution resolution = schemas.resolve(document.apiVersion(), document.kind());
        if (resolution instanceof KindResolution.Validated validated) {
            return validated.validator();
        }
        return resolution instanceof KindResolution.Removed removed ? removed.validator() : null;
    }

    private static List<Path> manifests(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
                    .sorted()
                    .toList();
        }
    }
}
