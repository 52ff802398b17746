package dev.podlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data loss: the goals' report and merged files never land on a file the build lints or reads. */
class OutputOverwriteTest {

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels:
                role: frontend
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            """;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @Test
    void aReportFileThatIsALintedManifest() throws IOException {
        String manifest = "{\"apiVersion\": \"v1\", \"kind\": \"ServiceAccount\", \"metadata\": {\"name\": \"a\"}}\n";
        GoalDefaults.write(project, "src/main/kubernetes/podlint.json", manifest);
        LintMojo mojo = GoalDefaults.of(new LintMojo(), project, log);
        mojo.outputDirectory = project.resolve("src/main/kubernetes").toFile();
        mojo.failOn = "error";
        mojo.formats = "json";
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("a file this build lints or reads");
        assertThat(Files.readString(project.resolve("src/main/kubernetes/podlint.json")))
                .isEqualTo(manifest);
    }

    @Test
    void aReportFileHardLinkedToThePresetsIsRefusedAndAnOrdinaryOneReplacedWhole() throws IOException, Exception {
        GoalDefaults.write(project, "src/main/kubernetes/pod.yaml", POD);
        GoalDefaults.write(project, "presets/db.yaml", DocsExample.ALLOW_DATABASE);
        Files.createDirectories(project.resolve("target/podlint"));
        Files.createLink(project.resolve("target/podlint/podlint.txt"), project.resolve("presets/db.yaml"));
        LintMojo mojo = GoalDefaults.of(new LintMojo(), project, log);
        mojo.outputDirectory = project.resolve("target/podlint").toFile();
        mojo.failOn = "none";
        mojo.formats = "text";
        mojo.presets = List.of(new File("presets"));
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("presets/db.yaml");
        assertThat(Files.readString(project.resolve("presets/db.yaml"))).isEqualTo(DocsExample.ALLOW_DATABASE);

        mojo.presets = List.of();
        mojo.execute();
        assertThat(Files.readString(project.resolve("target/podlint/podlint.txt")))
                .contains("podlint: 0 errors, 2 warnings");
        assertThat(Files.readString(project.resolve("presets/db.yaml"))).isEqualTo(DocsExample.ALLOW_DATABASE);
    }

    @Test
    void mergedPodsOverAPreset() throws IOException {
        GoalDefaults.write(project, "src/main/kubernetes/pods.yaml", POD);
        GoalDefaults.write(project, "merged/src/main/kubernetes/pods.yaml", DocsExample.ALLOW_DATABASE);
        MergeMojo mojo = GoalDefaults.of(new MergeMojo(), project, log);
        mojo.outputDirectory = project.resolve("merged").toFile();
        mojo.namespace = "default";
        mojo.presets = List.of(new File("merged"));
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("a file this build reads");
        assertThat(Files.readString(project.resolve("merged/src/main/kubernetes/pods.yaml")))
                .isEqualTo(DocsExample.ALLOW_DATABASE);
    }
}
