package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.podlint.fixtures.TestPaths;
import dev.podlint.source.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every rule file of rules/ follows the published rule format (schemas/.../podlint/rule.schema.json). */
class RuleFileSchemaTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Schema schema(String name) {
        Path file = TestPaths.repoRoot().resolve("schemas/src/main/resources/dev/podlint/schemas/podlint/" + name);
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(MAPPER.readTree(file.toFile()));
        } catch (RuntimeException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    static JsonNode yaml(String text) {
        return MAPPER.valueToTree(new ManifestLoader().loadText("x.yaml", text).documents().get(0).object());
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltInRuleFileFollowsTheSchema() throws IOException {
        Schema schema = schema("rule.schema.json");
        List<Path> files;
        try (Stream<Path> list = Files.list(TestPaths.repoRoot().resolve("rules"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<Error> errors = schema.validate(yaml(Files.readString(file)));
            assertThat(errors).as(file.toString()).isEmpty();
            assertThat(file.getFileName().toString())
                    .isEqualTo(RuleTesting.rule(Files.readString(file)).id() + ".yaml");
        }));
    }

    @Test
    void theSchemaNamesExactlyTheSelectorsTheEngineHas() {
        Path file = TestPaths.repoRoot().resolve("schemas/src/main/resources/dev/podlint/schemas/podlint/rule.schema.json");
        JsonNode selectors = MAPPER.readTree(file.toFile()).get("definitions").get("selector").get("enum");
        List<String> names = new java.util.ArrayList<>();
        selectors.forEach(n -> names.add(n.asString()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(dev.podlint.rule.select.SelectorRegistry.defaults().names());
    }

    @Test
    void theExampleUserRuleFollowsTheSchema() throws IOException {
        Path file = TestPaths.repoRoot().resolve("examples/rules/container-memory-limit.yaml");
        assertThat(schema("rule.schema.json").validate(yaml(Files.readString(file)))).isEmpty();
    }

    @Test
    void theConfigSchemaAcceptsTheDocumentedSettingsAndRejectsMistakes() {
        Schema schema = schema("config.schema.json");
        assertThat(schema.validate(yaml("""
                kubernetesVersion: "1.33"
                failOn: warning
                rules:
                  enable: [secret-env-var]
                  disable: [readiness-probe-missing]
                  severity: {liveness-probe-missing: error}
                  folders: [policies/]
                include: ["k8s/**"]
                exclude: ["k8s/generated/**"]
                schemaLocations: [crds/]
                presets: [presets/]
                """))).isEmpty();
        assertThat(schema.validate(yaml("kubernetesVersion: 1.30\n"))).isNotEmpty();
        assertThat(schema.validate(yaml("failOn: fatal\n"))).isNotEmpty();
        assertThat(schema.validate(yaml("rules: {disabel: [x]}\n"))).isNotEmpty();
        assertThat(schema.validate(yaml("rules: {severity: {x: fatal}}\n"))).isNotEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() {
        Schema schema = schema("rule.schema.json");
        String base = "id: x\nseverity: error\ncategory: c\nsummary: s\n";
        assertThat(schema.validate(yaml(base + "select: objects\nassert: 'true'\n"))).isEmpty();
        assertThat(schema.validate(yaml(base + "check: java:loader\n"))).isEmpty();
        assertThat(schema.validate(yaml(base + "select: pods\nassert: 'true'\n"))).isNotEmpty();
        assertThat(schema.validate(yaml(base + "select: objects\n"))).isNotEmpty();
        assertThat(schema.validate(yaml(base + "select: objects\nassert: 'true'\nasert: x\n"))).isNotEmpty();
        assertThat(schema.validate(yaml(base + "check: java:loader\nselect: objects\nassert: 'true'\n"))).isNotEmpty();
        assertThat(schema.validate(yaml(base.replace("error", "fatal") + "check: java:loader\n"))).isNotEmpty();
    }
}
