package dev.podlint.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.DefaultChecks;
import dev.podlint.Linter;
import dev.podlint.RuleRegistry;
import dev.podlint.check.CheckSet;
import dev.podlint.check.DocumentCheck;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.FailThreshold;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.report.Report;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM error in one file (the stack or the heap exhausted) ends that file with one error
 * notification; the other files are still linted and reported, and the run exits 2.
 */
class InternalFailureTest {

    @TempDir
    Path dir;

    /** Fails as a hostile input would make a real check fail, by the name of the ConfigMap. */
    private static final DocumentCheck EXHAUSTING = (document, sink) -> {
        if ("deep".equals(document.name())) {
            throw new StackOverflowError();
        }
        if ("huge".equals(document.name())) {
            throw new OutOfMemoryError("Java heap space");
        }
    };

    @Test
    void aFileThatExhaustsTheStackOrHeapDoesNotLoseTheOtherFiles() throws Exception {
        for (String name : List.of("deep", "huge", "fine")) {
            Files.writeString(
                    dir.resolve(name + ".yaml"),
                    "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: " + name + "}\ndata: {'bad key': v}\n");
        }
        LintOptions options = LintOptions.builder().workingDirectory(dir).build();
        RuleRegistry rules = RuleRegistry.load(options.rules());
        CheckSet defaults = DefaultChecks.build(options, rules);
        List<DocumentCheck> checks = new ArrayList<>(defaults.documentChecks());
        checks.add(EXHAUSTING);
        Linter linter =
                new Linter(options, rules, new CheckSet(checks, defaults.inventoryChecks(), defaults.loaderRules()));

        Report report = linter.lint(List.of("deep.yaml", "huge.yaml", "fine.yaml"), InputStream.nullInputStream());

        assertThat(report.notifications())
                .extracting(n -> n.file() + ": " + n.message())
                .allMatch(m -> m.contains("internal error in "))
                .anyMatch(m -> m.startsWith("deep.yaml: ") && m.endsWith("nested too deeply to check (stack overflow)"))
                .anyMatch(m -> m.startsWith("huge.yaml: ") && m.endsWith("out of memory"))
                .hasSize(2);
        assertThat(report.notifications()).allMatch(Notification::error);
        // each file's findings of the checks that did run are still there, the third file's all of them
        assertThat(report.findings()).extracting(Finding::file).contains("deep.yaml", "huge.yaml", "fine.yaml");
        assertThat(report.exitCode(FailThreshold.ERROR)).isEqualTo(2);
    }
}
