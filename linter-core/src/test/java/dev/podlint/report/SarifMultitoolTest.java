package dev.podlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.PodlintVersion;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.finding.SuggestedFix;
import dev.podlint.fix.FixSuggestions;
import dev.podlint.fixtures.RequiredTools;
import dev.podlint.fixtures.TestPaths;
import dev.podlint.report.sarif.SarifReporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs Microsoft's SARIF multitool ({@code validate --rule-kind "Sarif;Gh"}: the SARIF rules and
 * GitHub code scanning's ingestion rules) on podlint's SARIF and requires no error and no warning.
 * Skipped unless the multitool is installed: {@code .ci/run} installs it under {@code .ci/.tools},
 * or {@code -Dpodlint.sarifMultitool=PATH} names the executable.
 */
class SarifMultitoolTest {

    @TempDir
    Path dir;

    @Test
    void sarifOfAllTestdataPassesTheMultitool() throws Exception {
        Path multitool = multitool();
        Path root = TestPaths.repoRoot();
        Report report = SarifSamples.lint(root, List.of("testdata"), true);
        assertThat(report.findings()).as("testdata holds findings on purpose").isNotEmpty();
        assertThat(problems(multitool, write("testdata.sarif", SarifSamples.sarif(report, root))))
                .isEmpty();
    }

    @Test
    void sarifWithTheFixesOfAllTestdataPassesTheMultitool() throws Exception {
        Path root = TestPaths.repoRoot();
        Linter linter =
                Linter.create(LintOptions.builder().workingDirectory(root).build());
        Report report = linter.lint(List.of("testdata"), new ByteArrayInputStream(new byte[0]));
        Map<Finding, SuggestedFix> fixes = FixSuggestions.of(linter, report, root, 1 << 24);
        assertThat(fixes).as("fixes of testdata findings").hasSizeGreaterThan(20);
        StringWriter out = new StringWriter();
        new SarifReporter(PodlintVersion.full(), PodlintVersion.semantic(), root)
                .withFixes(fixes::get)
                .write(report, out);
        String sarif = out.toString();
        assertThat(sarif).contains("\"artifactChanges\"", "\"deletedRegion\"", "\"insertedContent\"", "\"Always\"");
        Path multitool = multitool();
        assertThat(problems(multitool, write("fixes.sarif", sarif))).isEmpty();
    }

    @Test
    void sarifWithEveryFeaturePassesTheMultitool() throws Exception {
        Path multitool = multitool();
        String sarif = SarifSamples.sarif(SarifSamples.everyFeature(), TestPaths.repoRoot());
        assertThat(problems(multitool, write("every-feature.sarif", sarif))).isEmpty();
    }

    @Test
    void sarifWithRuleDocumentationLinksPassesTheMultitool() throws Exception {
        Path multitool = multitool();
        String sarif = SarifSamples.sarif(
                SarifSamples.everyFeature(),
                TestPaths.repoRoot(),
                "https://github.com/example/podlint/blob/v0.1.0/rules/");
        assertThat(sarif)
                .contains("\"helpUri\" : \"https://github.com/example/podlint/blob/v0.1.0/rules/duplicate-key.md\"");
        assertThat(problems(multitool, write("rule-docs.sarif", sarif))).isEmpty();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** The multitool's errors and warnings about {@code sarif}, one line each. */
    private List<String> problems(Path multitool, Path sarif) throws Exception {
        Path out = dir.resolve(sarif.getFileName() + ".validation.sarif");
        Process process = new ProcessBuilder(
                        multitool.toString(),
                        "validate",
                        "--rule-kind",
                        "Sarif;Gh",
                        "-o",
                        out.toString(),
                        sarif.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("multitool.log").toFile())
                .start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as("multitool finished")
                .isTrue();
        String log = Files.readString(dir.resolve("multitool.log"));
        assertThat(process.exitValue())
                .as("multitool exit code; output:%n%s", log)
                .isZero();
        JsonNode validation = JsonMapper.builder().build().readTree(out.toFile());
        List<String> problems = new ArrayList<>();
        for (JsonNode run : validation.path("runs").values()) {
            for (JsonNode result : run.path("results").values()) {
                // A result without a level is a warning (SARIF 3.27.10).
                String level = result.path("level").asString("warning");
                if (level.equals("error") || level.equals("warning")) {
                    problems.add(level + " " + result.path("ruleId").asString() + " "
                            + result.path("message").toString());
                }
            }
            for (JsonNode invocation : run.path("invocations").values()) {
                for (String kind : List.of("toolExecutionNotifications", "toolConfigurationNotifications")) {
                    for (JsonNode n : invocation.path(kind).values()) {
                        if (n.path("level").asString("warning").matches("error|warning")) {
                            problems.add("multitool " + kind + ": "
                                    + n.path("message").toString());
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static Path multitool() {
        String configured = System.getProperty("podlint.sarifMultitool");
        Path path;
        if (configured != null) {
            path = Path.of(configured);
        } else {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            String platform = os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux";
            path = TestPaths.repoRoot()
                    .resolve(".ci/.tools/node_modules/@microsoft/sarif-multitool-" + platform)
                    .resolve(platform.equals("win32") ? "Sarif.Multitool.exe" : "Sarif.Multitool");
        }
        RequiredTools.presentOrSkip(
                Files.isExecutable(path),
                "SARIF multitool not installed at " + path + " (.ci/sarif-multitool installs it)");
        return path;
    }
}
