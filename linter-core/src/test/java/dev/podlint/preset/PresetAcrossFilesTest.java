package dev.podlint.preset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.fixtures.TestPaths;
import dev.podlint.source.NamedContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file of Pods without any PodPreset keeps only what selection reads of its Pods, and is loaded again
 * for the Pods a preset selects: presets in other files must still apply to its Pods, whatever the
 * order of the files.
 */
class PresetAcrossFilesTest {

    @Test
    void podsInAFileWithoutPresetsStillGetThePresetsOfOtherFiles() throws IOException {
        String[] documents = Files.readString(TestPaths.testdata().resolve("presets/conflict-env.yaml"))
                .split("(?m)^---\\n");
        assertThat(documents).hasSize(3);
        Linter linter = Linter.create(
                LintOptions.builder().workingDirectory(TestPaths.repoRoot()).build());

        List<String> together =
                presetRules(linter.lintContents(List.of(content("all.yaml", String.join("---\n", documents))))
                        .findings());
        for (List<String> order : List.of(
                List.of("a-pod.yaml", "b-preset.yaml", "c-preset.yaml"),
                List.of("c-pod.yaml", "a-preset.yaml", "b-preset.yaml"))) {
            List<NamedContent> split = new ArrayList<>();
            split.add(content(order.get(0), documents[2]));
            split.add(content(order.get(1), documents[0]));
            split.add(content(order.get(2), documents[1]));
            List<Finding> findings = linter.lintContents(split).findings();
            assertThat(presetRules(findings))
                    .as("files %s", order)
                    .isEqualTo(together)
                    .isNotEmpty();
        }
    }

    private static List<String> presetRules(List<Finding> findings) {
        return findings.stream()
                .map(Finding::ruleId)
                .filter(id -> id.startsWith("preset-"))
                .sorted()
                .toList();
    }

    private static NamedContent content(String name, String text) {
        return new NamedContent(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
