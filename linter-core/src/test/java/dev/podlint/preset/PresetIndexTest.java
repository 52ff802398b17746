package dev.podlint.preset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.DefaultChecks;
import dev.podlint.Linter;
import dev.podlint.RuleRegistry;
import dev.podlint.check.CollectingSink;
import dev.podlint.check.InventoryCheck;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.fixtures.TestPaths;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.source.Document;
import dev.podlint.source.ManifestLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While files load, a Pod is kept only as what selection reads of it; the linter loads again the
 * Pods some preset selects. Those must be exactly the Pods that can get a preset finding.
 */
class PresetIndexTest {

    private static final String PRESETS = """
            apiVersion: settings.k8s.io/v1alpha1
            kind: PodPreset
            metadata:
              name: web
            spec:
              selector:
                matchLabels:
                  app: web
            ---
            apiVersion: settings.k8s.io/v1alpha1
            kind: PodPreset
            metadata:
              name: everything
              namespace: other
            spec:
              selector: {}
            ---
            apiVersion: settings.k8s.io/v1alpha1
            kind: PodPreset
            metadata:
              name: broken
              namespace: third
            spec:
              selector:
                matchLabels:
                  "bad key!": x
            """;

    private static final String PODS = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels: {app: web}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: db
              labels: {app: db}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web-opted-out
              labels: {app: web}
              annotations: {podpreset.admission.kubernetes.io/exclude: "true"}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web-mirror
              labels: {app: web}
              annotations: {kubernetes.io/config.mirror: abc}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: any-in-other
              namespace: other
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web-in-third
              namespace: third
              labels: {app: web}
            """;

    @Test
    void onlyPodsSomeValidPresetSelectsAreNeeded() {
        PresetCheck check = new PresetCheck(RuleCatalog.builtIn(), "default", false, List.of());
        List<Document> presets = Manifests.load("presets.yaml", PRESETS);
        presets.forEach(p ->
                assertThat(check.indexEntry(p)).as("a preset is kept whole").isNull());
        Predicate<Object> needs = check.needs(presets);

        List<String> needed = Manifests.load("pods.yaml", PODS).stream()
                .filter(pod -> needs.test(check.indexEntry(pod)))
                .map(Document::name)
                .toList();

        assertThat(needed).containsExactly("web", "any-in-other");
    }

    /** The linter gives a check's pass the Pods a file at a time; that must report what one check over all does. */
    @Test
    void aPassFileByFileReportsWhatOneCheckOverAllDoes() throws IOException {
        PresetCheck check = new PresetCheck(
                RuleCatalog.builtIn(),
                "default",
                false,
                DefaultChecks.build(
                                LintOptions.builder().build(),
                                RuleRegistry.load(LintOptions.builder().build().rules()))
                        .documentChecks());
        List<List<Document>> files = new ArrayList<>();
        try (var paths = Files.walk(TestPaths.testdata().resolve("presets"))) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new ManifestLoader()
                        .load(path.toString(), Files.readAllBytes(path))
                        .documents());
            }
        }
        List<Document> all =
                files.stream().flatMap(List::stream).filter(check::wants).toList();

        CollectingSink once = new CollectingSink(RuleCatalog.builtIn());
        check.check(all, once);
        CollectingSink byFile = new CollectingSink(RuleCatalog.builtIn());
        InventoryCheck.Pass pass =
                check.pass(all.stream().filter(check::triggers).toList(), byFile);
        for (List<Document> file : files) {
            pass.add(file.stream()
                    .filter(d -> check.wants(d) && !check.triggers(d))
                    .toList());
        }
        pass.end();

        assertThat(describe(byFile.findings()))
                .isEqualTo(describe(once.findings()))
                .anyMatch(f -> f.startsWith("preset-conflict"))
                .anyMatch(f -> f.startsWith("preset-unused"))
                .anyMatch(f -> f.startsWith("volume-mount-missing") || f.startsWith("preset-mount-volume-missing"));
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.ruleId() + " " + f.file() + ":" + f.span() + " " + f.message())
                .toList();
    }

    @TempDir
    Path dir;

    @Test
    void podsReadFromStdinGetThePresetsOfFilesThoughStdinCannotBeReadAgain() throws IOException {
        String[] documents = Files.readString(TestPaths.testdata().resolve("presets/conflict-env.yaml"))
                .split("(?m)^---\\n");
        Files.writeString(dir.resolve("presets.yaml"), documents[0] + "---\n" + documents[1]);
        Files.writeString(dir.resolve("pod.yaml"), documents[2]);
        Linter linter = Linter.create(LintOptions.builder()
                .workingDirectory(dir)
                .preset("presets.yaml")
                .build());

        List<String> fromFile = presetFindings(linter.lint(List.of("pod.yaml"), new ByteArrayInputStream(new byte[0]))
                .findings());
        List<String> fromStdin = presetFindings(
                linter.lint(List.of("-"), new ByteArrayInputStream(documents[2].getBytes(StandardCharsets.UTF_8)))
                        .findings());

        assertThat(fromFile).isNotEmpty();
        assertThat(fromStdin).isEqualTo(fromFile);
    }

    private static List<String> presetFindings(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.ruleId().startsWith("preset-"))
                .map(f -> f.ruleId() + " " + f.file() + ":" + f.span().line() + " " + f.message())
                .toList();
    }
}
