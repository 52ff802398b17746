package dev.podlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.check.CheckSet;
import dev.podlint.check.DocumentCheck;
import dev.podlint.config.LintOptions;
import dev.podlint.fixtures.TestPaths;
import dev.podlint.preset.PresetCheck;
import dev.podlint.report.Report;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.rule.RuleFileException;
import dev.podlint.schema.CustomResourceDefinitions;
import dev.podlint.schema.SchemaCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaChecksTest {

    @TempDir
    Path dir;

    private Path rule(String check) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("cross.yaml"), """
                id: cross
                severity: warning
                category: test
                summary: a rule written in Java
                check: %s
                """.formatted(check));
        return rules;
    }

    private static CheckSet checks(LintOptions options) {
        return DefaultChecks.build(options, RuleRegistry.load(options.rules()));
    }

    @Test
    void aRuleFileNamesARegisteredJavaCheckWhichIsBuiltOncePerRunWhenEnabled() throws IOException {
        DocumentCheck marker = (document, sink) -> {};
        JavaChecks registry = JavaChecks.defaults().with("test-marker", (rules, build) -> build.add(marker));
        Path rules = rule("java:test-marker");
        LintOptions options =
                LintOptions.builder().workingDirectory(dir).ruleDirectory(rules).build();
        RuleCatalog catalog = RuleCatalog.load(options.rules().directories());
        assertThat(DefaultChecks.build(options, RuleRegistry.of(catalog, options.rules(), registry))
                        .documentChecks())
                .containsOnlyOnce(marker);
        LintOptions disabled = options.toBuilder().disable("cross").build();
        assertThat(DefaultChecks.build(disabled, RuleRegistry.of(catalog, disabled.rules(), registry))
                        .documentChecks())
                .doesNotContain(marker);
    }

    @Test
    void theCrdFilesAreReadOnceForAllTheChecksOfARun() throws IOException {
        Files.writeString(dir.resolve("crd.yaml"), """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: things.example.com}
                spec:
                  group: example.com
                  names: {kind: Thing, plural: things}
                  scope: Namespaced
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    schema:
                      openAPIV3Schema: {type: object}
                """);
        List<CustomResourceDefinitions> seen = new ArrayList<>();
        JavaChecks registry = JavaChecks.defaults()
                .with("test-marker", (rules, build) -> seen.add(build.customResourceDefinitions()))
                .with("test-marker-2", (rules, build) -> seen.add(build.customResourceDefinitions()));
        Path rules = rule("java:test-marker");
        Files.writeString(rules.resolve("cross-2.yaml"), """
                id: cross-2
                severity: warning
                category: test
                summary: another rule written in Java
                check: java:test-marker-2
                """);
        LintOptions options = LintOptions.builder()
                .workingDirectory(dir)
                .ruleDirectory(rules)
                .crd("crd.yaml")
                .build();
        RuleCatalog catalog = RuleCatalog.load(options.rules().directories());
        DefaultChecks.build(options, RuleRegistry.of(catalog, options.rules(), registry));
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isSameAs(seen.get(1));
        assertThat(seen.get(0).namespaced("example.com/v1", "Thing")).contains(true);
    }

    @Test
    void anUnknownJavaCheckIsAnErrorOfItsRuleFileWhenTheRulesAreLoadedEvenIfTheRuleIsOff() throws IOException {
        Path rules = rule("java:no-such-check");
        LintOptions options = LintOptions.builder()
                .workingDirectory(dir)
                .ruleDirectory(rules)
                .disable("cross")
                .build();
        String expected = rules.resolve("cross.yaml") + ":5: field 'check': no Java check named 'no-such-check'; "
                + "known: [api-validation, containers, crd-rules, enum-values, inline-ignores, loader, preset, schema]";
        assertThatThrownBy(() -> Linter.create(options))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith(expected);
        assertThatThrownBy(() -> RuleRegistry.catalog(List.of(rules)))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith(expected);
    }

    @Test
    void aJavaCheckNoneOfWhoseRulesIsEnabledIsNotBuilt() {
        LintOptions all = LintOptions.builder().build();
        assertThat(checks(all).documentChecks()).hasAtLeastOneElementOfType(SchemaCheck.class);
        assertThat(checks(all).inventoryChecks()).hasAtLeastOneElementOfType(PresetCheck.class);
        assertThat(checks(all).loaderRules())
                .containsExactlyInAnyOrder("yaml-syntax", "duplicate-key", "yaml-key-retyped", "kind-rejected");

        LintOptions.Builder off = LintOptions.builder();
        List.of(
                        "schema",
                        "unknown-kind",
                        "removed-api",
                        "preset-conflict",
                        "preset-unused",
                        "preset-envfrom-dropped",
                        "preset-selector-invalid",
                        "duplicate-key",
                        "yaml-key-retyped",
                        "kind-rejected")
                .forEach(off::disable);
        CheckSet checks = checks(off.build());
        assertThat(checks.documentChecks()).noneMatch(SchemaCheck.class::isInstance);
        assertThat(checks.inventoryChecks()).isEmpty();
        assertThat(checks.loaderRules()).containsExactly("yaml-syntax");

        assertThat(checks(LintOptions.builder().disable("schema").build()).documentChecks())
                .hasAtLeastOneElementOfType(SchemaCheck.class);
    }

    /** The policy drops no finding of a disabled rule: a check that reported one would show here. */
    @Test
    void withEveryRuleDisabledTheTestdataGivesNoFinding() {
        LintOptions.Builder options = LintOptions.builder().workingDirectory(TestPaths.testdata());
        RuleCatalog.builtIn().all().stream().map(RuleDefinition::id).forEach(options::disable);
        Report report = Linter.create(options.build()).lint(List.of("."), new ByteArrayInputStream(new byte[0]));
        assertThat(report.summary().documents()).isGreaterThan(100);
        assertThat(report.findings()).isEmpty();
        assertThat(report.rules()).isEmpty();
    }

    @Test
    void aDisabledRuleOfAJavaCheckIsNotReportedWhileItsSiblingsAre() {
        LintOptions.Builder options = LintOptions.builder().workingDirectory(TestPaths.testdata());
        Set<String> off = Set.of("schema", "preset-unused", "duplicate-key");
        off.forEach(options::disable);
        Report report = Linter.create(options.build()).lint(List.of("."), new ByteArrayInputStream(new byte[0]));
        assertThat(report.findings()).noneMatch(f -> off.contains(f.ruleId()));
        assertThat(report.findings())
                .extracting(f -> f.ruleId())
                .contains("unknown-kind", "removed-api", "preset-conflict", "yaml-syntax");
    }
}
