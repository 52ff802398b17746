package dev.podlint.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.report.Report;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deep and recursive schemas and objects: each ends in findings or one error for its own file, never
 * a stack overflow that loses the other files' findings.
 */
class DepthLimitTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    private static final String BAD_CONFIG_MAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: other}
            data: {'bad key!': v}
            """;

    @TempDir
    Path dir;

    private static String crd(String kind, String openApiV3Schema) {
        return """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: %ss.example.com}
                spec:
                  group: example.com
                  names: {kind: %s, plural: %ss, singular: %s, listKind: %sList}
                  scope: Namespaced
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    schema:
                      openAPIV3Schema: %s
                """.formatted(kind.toLowerCase(), kind, kind.toLowerCase(), kind.toLowerCase(), kind, openApiV3Schema);
    }

    private static String nested(String key, int levels, String leaf) {
        return ("{\"" + key + "\": ").repeat(levels) + leaf + "}".repeat(levels);
    }

    private static String nestedSchema(int levels) {
        return "{\"type\": \"object\", \"properties\": {\"a\": ".repeat(levels) + "{\"type\": \"string\"}"
                + "}}".repeat(levels);
    }

    private Report lint(LintOptions.Builder options, String... files) {
        return assertTimeoutPreemptively(
                HANG_GUARD,
                () -> Linter.create(options.workingDirectory(dir).build())
                        .lint(List.of(files), InputStream.nullInputStream()));
    }

    private static List<String> rules(Report report, String file) {
        return report.findings().stream()
                .filter(f -> f.file().equals(file))
                .map(Finding::ruleId)
                .toList();
    }

    @Test
    void aCrdWhoseSchemaNests440LevelsIsLintedAndValidatesItsResources() throws Exception {
        Files.writeString(dir.resolve("crd.yaml"), crd("Deep", nestedSchema(440)));
        Files.writeString(
                dir.resolve("deep.yaml"),
                "apiVersion: example.com/v1\nkind: Deep\nmetadata: {name: d}\na: " + nested("a", 439, "5") + "\n");
        Files.writeString(dir.resolve("other.yaml"), BAD_CONFIG_MAP);
        Report asInput = lint(LintOptions.builder(), "crd.yaml", "other.yaml");
        assertThat(asInput.notifications()).isEmpty();
        assertThat(rules(asInput, "other.yaml")).contains("config-key-invalid");

        Report withCrd = lint(LintOptions.builder().crd("crd.yaml"), "deep.yaml", "other.yaml");
        assertThat(withCrd.notifications()).isEmpty();
        assertThat(rules(withCrd, "deep.yaml")).containsExactly("schema");
        assertThat(rules(withCrd, "other.yaml")).contains("config-key-invalid");
    }

    @Test
    void aResourceNearTheNestingLimitUnderARecursiveSchemaIsValidated() throws Exception {
        Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(dir.resolve("schemas/tree-example-v1.json"), """
                {"type": "object",
                 "properties": {"spec": {"$ref": "#/definitions/node"}},
                 "definitions": {"node": {"type": "object", "properties": {"child": {"$ref": "#/definitions/node"}}}}}
                """);
        Files.writeString(
                dir.resolve("tree.yaml"),
                "apiVersion: example.com/v1\nkind: Tree\nmetadata: {name: t}\nspec: "
                        + nested("child", 995, "{\"child\": 5}") + "\n");
        Files.writeString(dir.resolve("other.yaml"), BAD_CONFIG_MAP);
        Report report = lint(LintOptions.builder().schemaLocation(dir.resolve("schemas")), "tree.yaml", "other.yaml");
        assertThat(report.notifications()).isEmpty();
        assertThat(rules(report, "tree.yaml")).containsExactly("schema");
        assertThat(rules(report, "other.yaml")).contains("config-key-invalid");
    }

    @Test
    void aRefLoopInASchemaLocationSchemaIsOneErrorForItsFileOnly() throws Exception {
        Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(dir.resolve("schemas/loop-example-v1.json"), """
                {"$ref": "#/definitions/a",
                 "definitions": {"a": {"$ref": "#/definitions/b"}, "b": {"allOf": [{"$ref": "#/definitions/a"}]}}}
                """);
        Files.writeString(dir.resolve("loop.yaml"), "apiVersion: example.com/v1\nkind: Loop\nmetadata: {name: l}\n");
        Files.writeString(dir.resolve("other.yaml"), BAD_CONFIG_MAP);
        Report report = lint(LintOptions.builder().schemaLocation(dir.resolve("schemas")), "loop.yaml", "other.yaml");
        assertThat(report.notifications()).singleElement().satisfies(n -> {
            assertThat(n.file()).isEqualTo("loop.yaml");
            assertThat(n.error()).isTrue();
            assertThat(n.message()).contains("$ref loop");
        });
        assertThat(rules(report, "other.yaml")).contains("config-key-invalid");
    }

    @Test
    void aCrdPatternIsMatchedInLinearTime() throws Exception {
        Files.writeString(dir.resolve("crd.yaml"), crd("Widget", """
                {"type": "object", "properties": {"spec": {"type": "object", "properties": {
                  "a": {"type": "string", "pattern": "^(.*a){20}c$"},
                  "b": {"type": "string", "pattern": "^(a|b)*$"},
                  "c": {"type": "string", "pattern": "(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)(?:|)z"}}}}}"""));
        Files.writeString(
                dir.resolve("w.yaml"),
                "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n  a: " + "a".repeat(60)
                        + "\n  b: " + "ab".repeat(200_000) + "c\n  c: ''\n");
        Report report = lint(LintOptions.builder().crd("crd.yaml"), "w.yaml");
        assertThat(report.notifications()).isEmpty();
        assertThat(report.findings())
                .filteredOn(f -> f.ruleId().equals("schema"))
                .extracting(Finding::message)
                .allMatch(m -> m.contains("pattern"))
                .anyMatch(m -> m.startsWith("spec.a"))
                .anyMatch(m -> m.startsWith("spec.b"))
                .anyMatch(m -> m.startsWith("spec.c"));
    }
}
