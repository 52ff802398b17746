package dev.podlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parameters a Checkstyle or PMD plugin user reaches for, run in-process; the real builds are in src/it. */
class CheckstyleParametersTest {

    private static final String DUPLICATE = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @Test
    void failOnViolationFalseLetsAnErrorPass() throws Exception {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        LintMojo mojo = mojo();
        mojo.failOnViolation = false;

        mojo.execute();

        assertThat(log.lines).contains("[INFO] podlint: 1 error, 0 warnings, 0 infos in 1 file (1 document)");
    }

    @Test
    void violationSeverityIsFailOnsLevel() throws IOException {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        write(".podlint.yaml", "rules:\n  severity: {duplicate-key: warning}\n");
        LintMojo mojo = mojo();
        mojo.violationSeverity = "warning";

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("(failOn: warning;");
    }

    @Test
    void failOnAndAnAliasThatDisagreeStopTheBuildNamingBoth() {
        LintMojo severity = mojo();
        severity.failOn = "error";
        severity.violationSeverity = "warning";
        assertThatThrownBy(severity::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage(
                        "podlint: <failOn>error</failOn> and <violationSeverity>warning</violationSeverity> disagree;"
                                + " set <failOn> alone (error, warning, info or none)");

        LintMojo violation = mojo();
        violation.failOn = "none";
        violation.failOnViolation = true;
        assertThatThrownBy(violation::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith(
                        "podlint: <failOn>none</failOn> and <failOnViolation>true</failOnViolation> disagree;");

        LintMojo none = mojo();
        none.violationSeverity = "none";
        assertThatThrownBy(none::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("podlint: <violationSeverity> must be error, warning or info, not 'none'");
    }

    @Test
    void failOnAndAnAliasThatAgreeAreFine() throws Exception {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        LintMojo mojo = mojo();
        mojo.failOn = "none";
        mojo.failOnViolation = false;

        mojo.execute();

        assertThat(log.lines).contains("[INFO] podlint: 1 error, 0 warnings, 0 infos in 1 file (1 document)");
    }

    @Test
    void maxAllowedViolationsCountsTheFindingsThatReachFailOn() throws Exception {
        write("src/main/kubernetes/a.yaml", DUPLICATE);
        write("src/main/kubernetes/b.yaml", DUPLICATE);
        LintMojo within = mojo();
        within.maxAllowedViolations = 2;

        within.execute();

        assertThat(log.lines)
                .contains("[WARNING] podlint: 2 findings reach failOn error, within maxAllowedViolations 2");

        LintMojo beyond = mojo();
        beyond.maxAllowedViolations = 1;
        assertThatThrownBy(beyond::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("(failOn: error; 2 findings reach it, more than maxAllowedViolations 1;");

        LintMojo negative = mojo();
        negative.maxAllowedViolations = -1;
        assertThatThrownBy(negative::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("podlint: <maxAllowedViolations> must be 0 or more, not -1");
    }

    @Test
    void logInfoFindingsFalseLeavesInfoFindingsToTheReports() throws Exception {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        write(".podlint.yaml", "rules:\n  severity: {duplicate-key: info}\n");
        LintMojo logged = mojo();
        logged.execute();
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] src/main/kubernetes/cm.yaml:5:3: duplicate-key"));

        log.lines.clear();
        LintMojo quiet = mojo();
        quiet.logInfoFindings = false;
        quiet.execute();
        assertThat(log.lines).noneMatch(l -> l.startsWith("[INFO]") && l.contains("duplicate-key"));
        assertThat(project.resolve("target/podlint/podlint.txt")).content().contains("duplicate-key");
    }

    @Test
    void enableAndDisableRulesWinOverTheConfigFile() throws Exception {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        write(".podlint.yaml", "rules:\n  enable: [duplicate-key]\n");
        LintMojo mojo = mojo();
        mojo.disableRules = List.of("duplicate-key");

        mojo.execute();

        assertThat(log.lines).noneMatch(l -> l.contains("duplicate-key"));

        LintMojo unknown = mojo();
        unknown.enableRules = List.of("duplicate-kye");
        assertThatThrownBy(unknown::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("unknown rule 'duplicate-kye' in <enableRules>; did you mean 'duplicate-key'?");
    }

    @Test
    void strictKindsMakesAKindWithoutSchemaAnError() throws IOException {
        write("src/main/kubernetes/widget.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n");
        LintMojo mojo = mojo();
        mojo.strictKinds = true;

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] src/main/kubernetes/widget.yaml:"));
    }

    @Test
    void theBaselineOfTheConfigFileOrTheParameterSilencesWhatItHolds() throws Exception {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        LintMojo first = mojo();
        first.failOn = "none";
        first.execute();
        Files.copy(project.resolve("target/podlint/podlint.sarif"), project.resolve("baseline.sarif"));

        write(".podlint.yaml", "baseline: baseline.sarif\n");
        mojo().execute();
        assertThat(log.lines).contains("[INFO] podlint: no problems in 1 file (1 document), 1 suppressed");

        Files.delete(project.resolve(".podlint.yaml"));
        LintMojo parameter = mojo();
        parameter.baseline = new File("baseline.sarif");
        parameter.execute();
        assertThat(log.lines.get(log.lines.size() - 1))
                .isEqualTo("[INFO] podlint: no problems in 1 file (1 document), 1 suppressed");
    }

    @Test
    void reportsOfFormatsNoLongerAskedForAreRemovedAndOtherFilesKept() throws Exception {
        write("src/main/kubernetes/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
        write("target/podlint/notes.txt", "mine");
        LintMojo json = mojo();
        json.formats = "json,junit";
        json.execute();
        assertThat(project.resolve("target/podlint/podlint.junit.xml")).exists();

        LintMojo text = mojo();
        text.formats = "text";
        text.execute();

        assertThat(project.resolve("target/podlint/podlint.json")).doesNotExist();
        assertThat(project.resolve("target/podlint/podlint.junit.xml")).doesNotExist();
        assertThat(project.resolve("target/podlint/podlint.txt")).exists();
        assertThat(project.resolve("target/podlint/notes.txt")).hasContent("mine");
        assertThat(log.lines)
                .contains("[INFO] podlint: removed target/podlint/podlint.json, a report of an earlier run in a"
                        + " format no longer in <formats>");
    }

    @Test
    void aModulesReportsNameFilesFromTheRepositoryRootAndItsLogFromTheModule() throws Exception {
        Files.createDirectories(project.resolve(".git"));
        Path module = project.resolve("services/web");
        GoalDefaults.write(module, "src/main/kubernetes/cm.yaml", DUPLICATE);
        LintMojo mojo = GoalDefaults.of(new LintMojo(), module, log);
        mojo.topLevelDirectory = project.resolve("services").toFile();
        mojo.outputDirectory = module.resolve("target/podlint").toFile();
        mojo.failOn = "none";
        mojo.formats = "sarif,json";

        mojo.execute();

        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] src/main/kubernetes/cm.yaml:5:3: duplicate-key"));
        assertThat(module.resolve("target/podlint/podlint.json"))
                .content()
                .containsPattern("\"file\"\\s*:\\s*\"services/web/src/main/kubernetes/cm.yaml\"");
        assertThat(module.resolve("target/podlint/podlint.sarif"))
                .content()
                .containsPattern("\"uri\"\\s*:\\s*\"services/web/src/main/kubernetes/cm.yaml\"");
    }

    private LintMojo mojo() {
        LintMojo mojo = GoalDefaults.of(new LintMojo(), project, log);
        mojo.outputDirectory = project.resolve("target/podlint").toFile();
        mojo.formats = LintMojo.DEFAULT_FORMATS;
        mojo.logInfoFindings = true;
        return mojo;
    }

    private void write(String relative, String content) throws IOException {
        GoalDefaults.write(project, relative, content);
    }
}
