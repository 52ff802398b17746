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

/** The goal run in-process on a project folder; the real Maven builds are in src/it. */
class LintMojoTest {

    private static final String DUPLICATE = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @Test
    void logsFindingsRelativeToTheProjectAndFailsWithTheSummary() throws IOException {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        LintMojo mojo = mojo();
        mojo.formats = "text,json";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("podlint: 1 error, 0 warnings, 0 infos in 1 file (1 document) (failOn: error");
        assertThat(log.lines).contains(
                "[ERROR] src/main/kubernetes/cm.yaml:5:3: duplicate-key duplicate key \"name\" (first defined at line 4);"
                        + " kubectl rejects the document");
        assertThat(project.resolve("target/podlint/podlint.txt")).exists();
        assertThat(project.resolve("target/podlint/podlint.json")).content().contains("\"duplicate-key\"");
    }

    @Test
    void failOnNoneReportsButPasses() throws Exception {
        write("target/kubernetes/cm.yml", DUPLICATE);
        LintMojo mojo = mojo();
        mojo.failOn = "NONE";
        mojo.formats = "json";

        mojo.execute();

        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] target/kubernetes/cm.yml:5:3: duplicate-key"));
        assertThat(log.lines).contains("[INFO] podlint: 1 error, 0 warnings, 0 infos in 1 file (1 document)");
        assertThat(project.resolve("target/podlint/podlint.json")).exists();
        assertThat(project.resolve("target/podlint/podlint.txt")).doesNotExist();
    }

    @Test
    void explicitDirectoriesReplaceTheDefaultsAndAMissingOneIsAWarning() throws Exception {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        write("deploy/ok.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");
        LintMojo mojo = mojo();
        mojo.directories = List.of(new File("deploy"), new File("missing"));

        mojo.execute();

        assertThat(log.lines).contains("[WARNING] podlint: missing is not a folder; not linted",
                "[INFO] podlint: no problems in 1 file (1 document)");
    }

    @Test
    void nothingToLintWhenNoFolderExists() throws Exception {
        mojo().execute();
        assertThat(log.lines).containsExactly(
                "[INFO] podlint: nothing to lint (no folder of src/main/kubernetes, target/kubernetes exists)");
    }

    @Test
    void configurationMistakesAreExecutionErrorsNamingTheParameter() throws IOException {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        LintMojo badFailOn = mojo();
        badFailOn.failOn = "sometimes";
        assertThatThrownBy(badFailOn::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("podlint: failOn must be error, warning, info or none, not 'sometimes'");

        LintMojo badFormat = mojo();
        badFormat.formats = "text,html";
        assertThatThrownBy(badFormat::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("formats: unknown format 'html'; known: text, json");
    }

    @Test
    void parametersWithoutEngineSupportFailOnlyWhenSet() throws IOException {
        write("src/main/kubernetes/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");
        LintMojo mojo = mojo();
        mojo.kubernetesVersion = "1.33";
        mojo.presets = List.of(new File("presets"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("podlint: kubernetesVersion, presets are not supported yet by this version of podlint");
    }

    @Test
    void skipDoesNothing() throws Exception {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        LintMojo mojo = mojo();
        mojo.skip = true;
        mojo.execute();
        assertThat(log.lines).containsExactly("[INFO] podlint: skipped (podlint.skip)");
        assertThat(project.resolve("target/podlint")).doesNotExist();
    }

    private LintMojo mojo() {
        LintMojo mojo = new LintMojo();
        mojo.setLog(log);
        mojo.basedir = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.outputDirectory = project.resolve("target/podlint").toFile();
        mojo.includes = LintMojo.DEFAULT_INCLUDES;
        mojo.failOn = "error";
        mojo.formats = LintMojo.DEFAULT_FORMATS;
        return mojo;
    }

    private void write(String relative, String content) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
