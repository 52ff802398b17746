package dev.podlint.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.config.UsageException;
import dev.podlint.finding.Finding;
import dev.podlint.fixtures.Expectations;
import dev.podlint.fixtures.TestPaths;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Custom resources validated against the openAPIV3Schema of a --crd CustomResourceDefinition. */
class CrdValidationTest {

    private static Path fixtures() {
        return TestPaths.testdata().resolve("schema");
    }

    private static LintOptions.Builder withGadgetCrd() {
        return LintOptions.builder().workingDirectory(fixtures()).crd("crds/gadgets.yaml");
    }

    @Test
    void theFixtureMeetsItsWithCrdsExpectations() throws Exception {
        Path fixture = fixtures().resolve("custom-resources-crd.yaml");
        List<Finding> findings = SchemaLint.lint(Files.readString(fixture), withGadgetCrd());
        assertThat(Expectations.mismatches(Expectations.of(Files.readString(fixture), "with-crds"), findings))
                .isEmpty();
    }

    @Test
    void messagesNameTheFieldAndWhatTheCrdAllows() throws Exception {
        List<Finding> findings =
                SchemaLint.lint(Files.readString(fixtures().resolve("custom-resources-crd.yaml")), withGadgetCrd());
        assertThat(findings)
                .extracting(Finding::message)
                .contains(
                        "metadata: unknown field 'lables'; did you mean 'labels'?",
                        "spec.template.spec: unknown field 'replica'; did you mean 'replicas'?",
                        "spec: missing required field 'size'",
                        "spec.source: set exactly one of 'git', 'url'; 'git' and 'url' are set",
                        "spec.match: set at most one of 'exact', 'prefix'; 'exact' and 'prefix' are set");
        assertThat(findings)
                .filteredOn(f -> f.ruleId().equals("unknown-kind"))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.message()).contains("its CustomResourceDefinition serves tools.example.com/v1"));
    }

    @Test
    void aCrdFolderIsSearchedAndOtherObjectsInItAreIgnored() {
        List<Finding> findings = SchemaLint.lint(
                """
                apiVersion: tools.example.com/v1
                kind: Gadget
                metadata: {name: g}
                spec: {size: 11}
                """, LintOptions.builder().workingDirectory(fixtures()).crd("."));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("schema");
            assertThat(f.message()).startsWith("spec.size: ").contains("10");
        });
    }

    @Test
    void aV1beta1CrdWithOneSchemaForAllVersionsIsRead() throws Exception {
        Path dir = Files.createTempDirectory("podlint-crd");
        Files.writeString(dir.resolve("old.yaml"), """
                apiVersion: apiextensions.k8s.io/v1beta1
                kind: CustomResourceDefinition
                metadata: {name: dials.tools.example.com}
                spec:
                  group: tools.example.com
                  names: {kind: Dial, plural: dials}
                  versions:
                  - {name: v1beta1, served: true, storage: true}
                  - {name: v1beta2, served: true, storage: false}
                  validation:
                    openAPIV3Schema:
                      properties:
                        spec:
                          properties:
                            turns: {type: integer}
                """);
        List<Finding> findings =
                SchemaLint.lint("""
                apiVersion: tools.example.com/v1beta2
                kind: Dial
                metadata: {name: d}
                spec: {turns: many}
                """, LintOptions.builder().workingDirectory(dir).crd("old.yaml"));
        assertThat(findings)
                .extracting(Finding::message)
                .containsExactly("spec.turns: expected integer, found string \"many\"");
    }

    @Test
    void theGatewayApiAddressesExampleIsValidOnceTheSchemaDefaultsApply() throws Exception {
        Path fixture = fixtures().resolve("gateway-addresses.yaml");
        List<Finding> findings = SchemaLint.lint(
                Files.readString(fixture),
                LintOptions.builder().workingDirectory(fixtures()).crd("crds/gateway.networking.k8s.io_gateways.yaml"));
        assertThat(Expectations.mismatches(Expectations.of(Files.readString(fixture), "with-crds"), findings))
                .isEmpty();
    }

    @Test
    void formatsAndListTypesAreCheckedAsTheApiServerChecksThem() throws Exception {
        Path fixture = fixtures().resolve("custom-resource-values.yaml");
        List<Finding> findings = SchemaLint.lint(
                Files.readString(fixture),
                LintOptions.builder().workingDirectory(fixtures()).crd("crds/vaults.yaml"));
        assertThat(Expectations.mismatches(Expectations.of(Files.readString(fixture), "with-crds"), findings))
                .isEmpty();
        assertThat(findings)
                .extracting(Finding::message)
                .contains(
                        "spec.tags[2]: duplicate value \"a\": the list is a set (x-kubernetes-list-type: set)",
                        "spec.ports[1]: duplicate entry with key {\"port\":80,\"protocol\":\"TCP\"}: the list is a"
                                + " map keyed by port, protocol (x-kubernetes-list-type: map)");
    }

    @Test
    void aCustomResourceNameIsADnsSubdomainAsTheApiServerRequires() throws Exception {
        String yaml = """
                apiVersion: tools.example.com/v1
                kind: Vault
                metadata: {name: Bad_Name, namespace: Team_A}
                """;
        List<Finding> withCrd = Linter.create(LintOptions.builder()
                        .workingDirectory(fixtures())
                        .crd("crds/vaults.yaml")
                        .build())
                .lint(List.of("-"), new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
                .findings();
        assertThat(withCrd)
                .filteredOn(f -> f.ruleId().equals("object-name"))
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("metadata.name 'Bad_Name' is not a valid Vault name"))
                .anySatisfy(m -> assertThat(m).contains("metadata.namespace 'Team_A'"));
    }

    private static final String DEFAULTING_CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: locks.tools.example.com}
            spec:
              group: tools.example.com
              names: {kind: Lock, plural: locks}
              scope: Namespaced
              versions:
              - name: v1
                served: true
                storage: true
                schema:
                  openAPIV3Schema:
                    type: object
                    properties:
                      spec:
                        type: object
                        properties:
                          mode: {type: string, default: shared}
                          owner: {type: string, nullable: true, default: nobody}
                          key:
                            type: object
                            default: {}
                            required: [id]
                            properties:
                              id: {type: string}
                          labels:
                            type: object
                            additionalProperties: {type: string, default: none}
                          slots:
                            type: array
                            items: {type: integer, default: 1}
                        oneOf:
                        - required: [mode]
                        - required: [exclusive]
            """;

    private static List<Finding> lintLock(String spec) throws Exception {
        Path dir = Files.createTempDirectory("podlint-crd");
        Files.writeString(dir.resolve("locks.yaml"), DEFAULTING_CRD);
        return SchemaLint.lint(
                "apiVersion: tools.example.com/v1\nkind: Lock\nmetadata: {name: l}\nspec:\n" + spec,
                LintOptions.builder().workingDirectory(dir).crd("locks.yaml"));
    }

    @Test
    void defaultsApplyBeforeValidationAndFindingsPointAtTheUsersNodes() throws Exception {
        // mode defaults, so oneOf holds; key defaults to {} and then lacks its required id
        assertThat(lintLock("  key: {id: k1}\n")).isEmpty();
        assertThat(lintLock("  slots: [null, 2]\n  labels: {a: null}\n  key: {id: k1}\n"))
                .isEmpty();
        List<Finding> findings = lintLock("  slots: [2]\n");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("spec.key: missing required field 'id'");
            assertThat(f.span().line()).isEqualTo(5); // the spec mapping, the nearest node the user wrote
        });
    }

    @Test
    void aNullableFieldKeepsItsNullAndANonNullableOneIsDefaulted() {
        ObjectNode schema = (ObjectNode) BundledSchemas.Json.MAPPER.readTree("""
                {"properties": {"a": {"type": "string", "nullable": true, "default": "x"},
                                "b": {"type": "string", "default": "y"},
                                "m": {"additionalProperties": {"type": "string"}}}}""");
        ObjectNode object =
                (ObjectNode) BundledSchemas.Json.MAPPER.readTree("{\"a\": null, \"b\": null, \"m\": {\"k\": null}}");

        StructuralDefaulting.apply(object, schema);

        assertThat(object.toString()).isEqualTo("{\"a\":null,\"b\":\"y\",\"m\":{\"k\":null}}");
    }

    @Test
    void aMissingCrdPathIsAUsageError() {
        assertThatThrownBy(() -> SchemaLint.lint("a: b\n", withGadgetCrd().crd("no/such.yaml")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--crd no/such.yaml");
    }

    @Test
    void aBrokenCrdFileIsAUsageErrorWithItsLine() throws Exception {
        Path dir = Files.createTempDirectory("podlint-crd");
        Files.writeString(dir.resolve("broken.yaml"), "kind: CustomResourceDefinition\nspec: [unclosed\n");
        assertThatThrownBy(() -> SchemaLint.lint(
                        "a: b\n", LintOptions.builder().workingDirectory(dir).crd("broken.yaml")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--crd broken.yaml:");
    }
}
