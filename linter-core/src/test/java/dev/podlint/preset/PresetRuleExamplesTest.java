package dev.podlint.preset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.fixtures.RuleFamilies;
import dev.podlint.rule.RuleDefinition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each preset rule's bad example raises exactly that rule; its good example raises nothing. */
class PresetRuleExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"preset-conflict", "preset-unused", "preset-envfrom-dropped", "preset-selector-invalid"})
    void examplesBehave(String ruleId) {
        // The preset rules among themselves: removed-api (info) fires on every PodPreset by design, and the
        // examples' pods are not meant to be complete (probes).
        Linter linter = Linter.create(
                RuleFamilies.only(LintOptions.builder().workingDirectory(Path.of(".")), RuleFamilies.LOADING, "preset-")
                        .build());
        RuleDefinition rule = linter.catalog().get(ruleId);
        assertThat(rule.check()).isEqualTo("java:preset");
        assertThat(lint(linter, rule.badExample())).isNotEmpty().allMatch(id -> id.equals(ruleId));
        assertThat(lint(linter, rule.goodExample())).isEmpty();
    }

    private static List<String> lint(Linter linter, String yaml) {
        return linter
                .lint(List.of("-"), new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
                .findings()
                .stream()
                .map(Finding::ruleId)
                .toList();
    }
}
