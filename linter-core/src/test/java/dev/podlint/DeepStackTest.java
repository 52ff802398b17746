package dev.podlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.check.CheckSet;
import dev.podlint.check.DocumentCheck;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.preset.MergeRun;
import dev.podlint.report.Report;
import dev.podlint.source.DeepStack;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deepest documents the loader accepts are linted and merged with the stack {@link DeepStack} gives,
 * whatever the stack of the thread that asks (here 192 KiB: a whole lint of a document 1000 levels deep
 * overflowed 320 KiB), and every check runs on a thread of {@link DeepStack}.
 */
class DeepStackTest {

    private static final long SMALL_STACK = 192 << 10;

    @TempDir
    Path dir;

    /** A Pod whose label value nests flow sequences 995 levels deep, and one whose labels nest mappings. */
    private static String deepPods() {
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 990; i++) {
            block.append(" ".repeat(i + 4)).append("k:\n");
        }
        block.append(" ".repeat(994)).append("k: v\n");
        return """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: flow
                  labels: {app: %s}
                spec:
                  containers: [{name: app, image: "nginx:1.27"}]
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: block
                  labels:
                """.formatted("[".repeat(995) + "]".repeat(995)) + block;
    }

    /** Runs {@code work} on a thread with {@link #SMALL_STACK} and returns what it returned or threw. */
    private static Object onSmallStack(DeepStack.Work<Object, Exception> work) throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(
                null,
                () -> {
                    try {
                        outcome.set(work.run());
                    } catch (Throwable t) {
                        outcome.set(t);
                    }
                },
                "small-stack",
                SMALL_STACK);
        thread.start();
        thread.join();
        return outcome.get();
    }

    @Test
    void everyCheckRunsOnADeepStackThreadForOneFileAndForSeveral() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), deepPods());
        Files.writeString(dir.resolve("b.yaml"), deepPods());
        LintOptions options = LintOptions.builder().workingDirectory(dir).build();
        RuleRegistry rules = RuleRegistry.load(options.rules());
        CheckSet defaults = DefaultChecks.build(options, rules);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<DocumentCheck> checks = new ArrayList<>(defaults.documentChecks());
        checks.add((document, sink) -> threads.add(Thread.currentThread().getName()));
        Linter linter =
                new Linter(options, rules, new CheckSet(checks, defaults.inventoryChecks(), defaults.loaderRules()));
        for (List<String> paths : List.of(List.of("a.yaml"), List.of("a.yaml", "b.yaml"))) {
            threads.clear();
            Report report = linter.lint(paths, InputStream.nullInputStream());
            assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("yaml-syntax");
            assertThat(threads)
                    .as("threads the checks of %s ran on", paths)
                    .isNotEmpty()
                    .allMatch(name -> name.startsWith("podlint-"));
        }
    }

    @Test
    void aLintFromASmallStackRunsOnDeepStackThreads() throws Exception {
        Object outcome = onSmallStack(() -> Linter.create(
                        LintOptions.builder().workingDirectory(dir).build())
                .lint(List.of("-"), new ByteArrayInputStream(deepPods().getBytes(StandardCharsets.UTF_8))));
        assertThat(outcome).isInstanceOf(Report.class);
        List<Finding> findings = ((Report) outcome).findings();
        assertThat(findings)
                .extracting(Finding::ruleId)
                .doesNotContain("yaml-syntax")
                .contains("schema");
        assertThat(findings).extracting(Finding::name).contains("flow", "block");
    }

    @Test
    void aMergeAndItsYamlFromASmallStackRunOnDeepStackThreads() throws Exception {
        Path pods = dir.resolve("pods.yaml");
        Files.writeString(pods, deepPods());
        Object outcome = onSmallStack(() -> {
            MergeRun.Result result = new MergeRun(
                            LintOptions.builder().workingDirectory(dir).build())
                    .run(List.of(pods.toString()), InputStream.nullInputStream());
            assertThat(result.errors()).isEmpty();
            return result.yaml();
        });
        assertThat(outcome).isInstanceOf(String.class);
        assertThat((String) outcome).contains("name: flow", "name: block");
    }

    @Test
    void whatTheWorkThrowsIsThrownToTheCaller() {
        assertThatThrownBy(() -> DeepStack.call(() -> {
                    throw new java.io.IOException("unreadable");
                }))
                .isInstanceOf(java.io.IOException.class)
                .hasMessage("unreadable");
    }
}
