package dev.podlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.ReportFormat;
import dev.podlint.config.LintOptions;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bjurr.violations.lib.ViolationsLogger;
import se.bjurr.violations.lib.model.SEVERITY;
import se.bjurr.violations.lib.model.Violation;
import se.bjurr.violations.lib.parsers.CheckStyleParser;
import se.bjurr.violations.lib.parsers.CodeClimateParser;
import se.bjurr.violations.lib.parsers.JUnitParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JUnit, Checkstyle and GitLab Code Quality reports as their consumers read them: Maven
 * Surefire's report parser (what maven-surefire-report-plugin reads JUnit XML with) and
 * violations-lib's JUnit, Checkstyle and CodeClimate parsers (Jenkins warnings-ng reads JUnit and
 * CodeClimate reports through violations-lib).
 */
class CiReportFormatsTest {

    private static final String SECRET_VALUE = "c3VwZXJzZWNyZXQ=";

    /** A Secret whose key is written twice (one finding, at line 7) and a ConfigMap with two bad keys. */
    private static final String APP = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: db
            data:
              password: %s
              password: b3RoZXJzZWNyZXQ=
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              "bad key": x
              "also bad": y
            """.formatted(SECRET_VALUE);

    private static final String CLEAN = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fine
            data:
              key: value
            """;

    private static final ViolationsLogger QUIET = new ViolationsLogger() {
        @Override
        public void log(java.util.logging.Level level, String message) {}

        @Override
        public void log(java.util.logging.Level level, String message, Throwable t) {}
    };

    @TempDir
    Path dir;

    private Report report;

    @BeforeEach
    void lint() throws Exception {
        Files.writeString(dir.resolve("app.yaml"), APP);
        Files.writeString(dir.resolve("clean.yaml"), CLEAN);
        report = lint(List.of("app.yaml", "clean.yaml"));
        assertThat(report.findings())
                .extracting(
                        f -> f.ruleId() + "@" + f.span().line() + ":" + f.span().column())
                .containsExactly("duplicate-key@7:3", "config-key-invalid@14:3", "config-key-invalid@15:3");
    }

    private Report lint(List<String> paths) {
        return Linter.create(LintOptions.builder().workingDirectory(dir).build())
                .lint(paths, InputStream.nullInputStream());
    }

    private String write(ReportFormat format) throws Exception {
        return write(format, report);
    }

    private String write(ReportFormat format, Report r) throws Exception {
        StringWriter out = new StringWriter();
        format.reporter(false, dir).write(r, out);
        return out.toString();
    }

    @Test
    void junitHasOneTestCasePerFileAndRuleAsSurefiresParserReadsIt() throws Exception {
        String xml = write(ReportFormat.JUNIT);
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger())
                .parse(new InputStreamReader(
                        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        int rules = report.rules().size();
        // the parser splits a name at its last dot, as a Java class name; the full name is the file
        assertThat(suites).extracting(ReportTestSuite::getFullClassName).containsExactly("app.yaml", "clean.yaml");
        ReportTestSuite app = suites.get(0);
        assertThat(app.getNumberOfTests()).isEqualTo(rules);
        assertThat(app.getNumberOfFailures()).isEqualTo(2);
        assertThat(app.getTestCases()).hasSize(rules);
        Map<String, ReportTestCase> cases =
                app.getTestCases().stream().collect(Collectors.toMap(ReportTestCase::getName, Function.identity()));
        assertThat(cases.get("duplicate-key").hasFailure()).isTrue();
        assertThat(cases.get("duplicate-key").getFailureMessage())
                .startsWith("app.yaml:7:3: duplicate key \"password\"");
        assertThat(cases.get("config-key-invalid").getFailureMessage())
                .startsWith("app.yaml:14:3: ")
                .endsWith(" (and 1 more)");
        assertThat(cases.get("config-key-invalid").getFailureDetail())
                .contains("app.yaml:14:3: error: ", "app.yaml:15:3: error: ");
        assertThat(cases.get("schema").isSuccessful()).isTrue();
        ReportTestSuite clean = suites.get(1);
        assertThat(clean.getNumberOfTests()).isEqualTo(rules);
        assertThat(clean.getNumberOfFailures()).isZero();
        assertThat(xml).doesNotContain(SECRET_VALUE);
    }

    @Test
    void junitFailuresAsWarningsNgsParserReadsThem() throws Exception {
        Set<Violation> violations = new JUnitParser().parseReportOutput(write(ReportFormat.JUNIT), QUIET);
        assertThat(violations)
                .extracting(Violation::getMessage)
                .anySatisfy(m -> assertThat(m).contains("app.yaml:7:3: duplicate key \"password\""));
        assertThat(violations).hasSize(2);
    }

    @Test
    void checkstyleAsWarningsNgsParserReadsIt() throws Exception {
        String xml = write(ReportFormat.CHECKSTYLE);
        Set<Violation> violations = new CheckStyleParser().parseReportOutput(xml, QUIET);
        assertThat(violations)
                .extracting(v -> v.getFile() + ":" + v.getStartLine() + ":" + v.getColumn() + " " + v.getRule() + " "
                        + v.getSeverity())
                .containsExactlyInAnyOrder(
                        "app.yaml:7:3 duplicate-key " + SEVERITY.ERROR,
                        "app.yaml:14:3 config-key-invalid " + SEVERITY.ERROR,
                        "app.yaml:15:3 config-key-invalid " + SEVERITY.ERROR);
        assertThat(xml).contains("<file name=\"clean.yaml\"/>").doesNotContain(SECRET_VALUE);
    }

    @Test
    void codeQualityAsTheCodeClimateParserReadsItWithGitLabsRequiredFields() throws Exception {
        String json = write(ReportFormat.CODEQUALITY);
        Set<Violation> violations = new CodeClimateParser().parseReportOutput(json, QUIET);
        assertThat(violations)
                .extracting(v -> v.getFile() + ":" + v.getStartLine() + " " + v.getRule())
                .containsExactlyInAnyOrder(
                        "app.yaml:7 duplicate-key", "app.yaml:14 config-key-invalid", "app.yaml:15 config-key-invalid");
        // GitLab's Code Quality widget requires these keys and severities (its docs' "implement a custom tool")
        JsonNode issues = JsonMapper.builder().build().readTree(json);
        assertThat(issues.isArray()).isTrue();
        for (JsonNode issue : issues) {
            assertThat(issue.path("description").isString()).isTrue();
            assertThat(issue.path("check_name").isString()).isTrue();
            assertThat(issue.path("fingerprint").asString()).matches("[0-9a-f]{32}");
            assertThat(issue.path("severity").asString()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(issue.path("location").path("path").asString()).isEqualTo("app.yaml");
            assertThat(issue.path("location")
                            .path("positions")
                            .path("begin")
                            .path("line")
                            .isInt())
                    .isTrue();
        }
        assertThat(fingerprints(json)).doesNotHaveDuplicates().hasSize(3);
        assertThat(json).doesNotContain(SECRET_VALUE);
    }

    @Test
    void codeQualityFingerprintsStayWhenLinesMove() throws Exception {
        List<String> before = fingerprints(write(ReportFormat.CODEQUALITY));
        Files.writeString(
                dir.resolve("app.yaml"),
                "# a comment\n# and another\n" + APP.replace("data:\n  \"bad", "data:\n  ok: z\n  \"bad"));
        Report moved = lint(List.of("app.yaml", "clean.yaml"));
        assertThat(moved.findings()).extracting(f -> f.span().line()).containsExactly(9, 17, 18);
        assertThat(fingerprints(write(ReportFormat.CODEQUALITY, moved))).containsExactlyElementsOf(before);
    }

    @Test
    void controlCharactersInAMessageStillMakeWellFormedXml() throws Exception {
        dev.podlint.finding.Finding odd = report.findings().get(0);
        Report withOdd = new Report(
                List.of(new dev.podlint.finding.Finding(
                        odd.ruleId(),
                        odd.severity(),
                        "bell \u0007 and nul \u0000 <&>",
                        odd.file(),
                        odd.document(),
                        odd.kind(),
                        odd.name(),
                        odd.namespace(),
                        odd.path(),
                        odd.span(),
                        List.of(),
                        null)),
                List.of(),
                report.summary(),
                report.rules(),
                report.excerpts(),
                report.files());
        for (ReportFormat format : List.of(ReportFormat.JUNIT, ReportFormat.CHECKSTYLE)) {
            String xml = write(format, withOdd);
            javax.xml.parsers.DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
            assertThat(xml).as(format.toString()).contains("bell \\u0007 and nul \\u0000 &lt;&amp;&gt;");
        }
    }

    private static List<String> fingerprints(String json) {
        JsonNode issues = JsonMapper.builder().build().readTree(json);
        return StreamSupport.stream(issues.spliterator(), false)
                .map(i -> i.path("fingerprint").asString())
                .toList();
    }
}
