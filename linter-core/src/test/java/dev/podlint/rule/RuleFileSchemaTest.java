package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.podlint.fixtures.TestPaths;
import dev.podlint.rule.select.SelectorRegistry;
import dev.podlint.source.ManifestLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
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
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(MAPPER.readTree(file.toFile()));
        } catch (RuntimeException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    static JsonNode yaml(String text) {
        return MAPPER.valueToTree(
                new ManifestLoader().loadText("x.yaml", text).documents().get(0).object());
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltInRuleFileFollowsTheSchema() throws IOException {
        Schema schema = schema("rule.schema.json");
        List<Path> files;
        try (Stream<Path> list = Files.list(TestPaths.repoRoot().resolve("rules"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    List<Error> errors = schema.validate(yaml(Files.readString(file)));
                    assertThat(errors).as(file.toString()).isEmpty();
                    assertThat(file.getFileName().toString())
                            .isEqualTo(RuleTesting.rule(Files.readString(file)).id() + ".yaml");
                }));
    }

    @Test
    void theSchemaNamesExactlyTheSelectorsTheEngineHas() {
        Path file =
                TestPaths.repoRoot().resolve("schemas/src/main/resources/dev/podlint/schemas/podlint/rule.schema.json");
        JsonNode selectors = MAPPER.readTree(file.toFile())
                .get("definitions")
                .get("selector")
                .get("enum");
        List<String> names = new java.util.ArrayList<>();
        selectors.forEach(n -> names.add(n.asString()));
        assertThat(names)
                .containsExactlyInAnyOrderElementsOf(
                        dev.podlint.rule.select.SelectorRegistry.defaults().names());
    }

    @Test
    void theExampleUserRuleFollowsTheSchema() throws IOException {
        Path file = TestPaths.repoRoot().resolve("examples/rules/container-memory-limit.yaml");
        assertThat(schema("rule.schema.json").validate(yaml(Files.readString(file))))
                .isEmpty();
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
                baseline: .podlint-baseline.sarif
                """))).isEmpty();
        assertThat(schema.validate(yaml("kubernetesVersion: 1.30\n"))).isNotEmpty();
        assertThat(schema.validate(yaml("baseline: \"\"\n"))).isNotEmpty();
        assertThat(schema.validate(yaml("failOn: fatal\n"))).isNotEmpty();
        assertThat(schema.validate(yaml("rules: {disabel: [x]}\n"))).isNotEmpty();
        assertThat(schema.validate(yaml("rules: {severity: {x: fatal}}\n"))).isNotEmpty();
    }

    /** Rule files around a valid one: the reader accepts exactly those the published schema accepts. */
    @Test
    void theReaderAcceptsExactlyWhatTheSchemaAccepts() {
        Schema schema = schema("rule.schema.json");
        String base = "id: x\nseverity: error\ncategory: c\nsummary: s\n";
        List<String> files = List.of(
                base + "select: objects\nassert: 'true'\n",
                base + "check: java:loader\n",
                base + "select: pods\nassert: 'true'\n",
                base + "select: objects\n",
                base + "select: objects\nassert: 'true'\nasert: x\n",
                base + "check: java:loader\nselect: objects\nassert: 'true'\n",
                base.replace("error", "fatal") + "check: java:loader\n",
                base + "select: [objects, probes]\nassert: true\n",
                base + "select: []\nassert: true\n",
                base + "select: objects\nassert: 3\n",
                base + "select: objects\nassert: '  '\n",
                base.replace("summary: s", "summary: ' '") + "check: java:x\n",
                base + "select: objects\nassertions: [{assert: a, pointAt: p, message: m}]\n",
                base + "select: objects\nassertions: []\n",
                base + "select: objects\nassertions: [{pointAt: p}]\n",
                base + "select: objects\nassert: a\nassertions: [{assert: a}]\n",
                base + "select: objects\npointAt: p\n",
                base + "select: objects\nassertions: [{assert: a}]\nmessage: m\n",
                base + "check: java:loader\nenabled: 'no'\n",
                base + "check: java:loader\nenabled: false\n",
                base + "check: java:loader\nexamples: {bad: b, good: g, ugly: u}\n",
                base + "check: Java:loader\n",
                base.replace("id: x", "id: Bad_Id") + "check: java:loader\n",
                base + "check: java:loader\nkinds: Pod\n",
                base + "select: containers\nkinds: [Pod, Deployment]\nassert: true\n",
                base + "select: containers\nkinds: [Pod, 3]\nassert: true\n",
                "- a list\n",
                "just text\n");
        for (String file : files) {
            boolean schemaAccepts = schema.validate(yaml(file)).isEmpty();
            boolean readerAccepts;
            try {
                new RuleFileReader().read("r.yaml", file.getBytes(StandardCharsets.UTF_8), "test");
                readerAccepts = true;
            } catch (RuleFileException e) {
                readerAccepts = false;
            }
            assertThat(readerAccepts).as("the reader on%n%s", file).isEqualTo(schemaAccepts);
        }
    }

    @Test
    void whatTheSchemaRejectsIsOneProblemAtItsNodeInWords() {
        String base = "id: x\nseverity: error\ncategory: c\nsummary: s\n";
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put(
                base + "select: objects\nassert: a\nasert: x\n",
                "r.yaml:7:1: field 'asert': unknown field; known: "
                        + "assert, assertions, category, check, enabled, examples, fix, help, helpUri, id, kinds, message, pointAt, select, "
                        + "severity, summary, tests, when");
        problems.put(
                base.replace("summary: s\n", "") + "check: java:loader\n", "r.yaml:1:1: field 'summary': is required");
        problems.put(
                base.replace("error", "fatal") + "check: java:loader\n",
                "r.yaml:2:11: field 'severity': must be error, warning or info");
        problems.put(
                base.replace("id: x", "id: Bad_Id") + "check: java:loader\n",
                "r.yaml:1:5: field 'id': must be lowercase words joined by '-', e.g. secret-data-base64");
        problems.put(
                base.replace("summary: s", "summary: ' '") + "check: java:loader\n",
                "r.yaml:4:10: field 'summary': must be a sentence, not blank");
        problems.put(
                base + "check: Java:loader\n",
                "r.yaml:5:8: field 'check': must be 'java:NAME' naming a Java check;"
                        + " a declarative rule uses select and assert instead");
        problems.put(
                base + "check: java:loader\nenabled: 'no'\n", "r.yaml:6:10: field 'enabled': must be true or false");
        problems.put(
                base + "select: objects\nassert: 3\n",
                "r.yaml:6:9: field 'assert': must be a string or true or false (quote it)");
        problems.put(
                base + "select: [objects, pods]\nassert: true\n",
                "r.yaml:5:19: field 'select[1]': unknown selector" + " 'pods'; known: "
                        + String.join(", ", SelectorRegistry.defaults().names()));
        problems.put(base + "select: objects\n", "r.yaml:1:1: field 'assert': is required");
        problems.put(
                base + "check: java:loader\nkinds: Pod\n",
                "r.yaml:6:1: field 'kinds': a rule with 'check: java:...' (it runs Java code) takes no 'kinds'");
        problems.put(
                base + "select: objects\nassert: a\nassertions: [{assert: a}]\n",
                "r.yaml:7:1: field 'assertions': a rule with 'assert' takes no 'assertions'");
        problems.put(
                base + "select: objects\nassertions: [{assert: a, pointat: p}]\n",
                "r.yaml:6:26: field 'assertions[0].pointat': unknown field; known: assert, message, pointAt, when");
        problems.put(base + "select: objects\nassertions: []\n", "r.yaml:6:13: field 'assertions': must not be empty");
        problems.put("just text\n", "r.yaml:1:1: must be a mapping");
        SoftAssertions softly = new SoftAssertions();
        problems.forEach((file, message) -> softly.assertThatThrownBy(
                        () -> new RuleFileReader().read("r.yaml", file.getBytes(StandardCharsets.UTF_8), "test"))
                .as(file)
                .isInstanceOf(RuleFileException.class)
                .hasMessage(message));
        softly.assertAll();
    }
}
