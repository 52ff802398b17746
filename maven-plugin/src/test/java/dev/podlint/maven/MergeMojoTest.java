package dev.podlint.maven;

import static dev.podlint.maven.LintMojoTest.ALLOW_DATABASE;
import static dev.podlint.maven.LintMojoTest.POD_WITH_DB_PORT;
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

class MergeMojoTest {

    private static final String FRONTEND = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: %s
              labels:
                role: frontend
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            """;

    private static final String BACKEND = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: api
              namespace: shop
              labels:
                role: frontend
            spec:
              containers:
                - name: api
                  image: api:1
            """;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @Test
    void writesThePodsOfEachInputFileAtItsPathUnderTheOutputFolderInInputOrder() throws Exception {
        write("src/main/kubernetes/presets.yaml", ALLOW_DATABASE);
        write(
                "src/main/kubernetes/pods.yaml",
                FRONTEND.formatted("b") + "---\n" + BACKEND + "---\n" + FRONTEND.formatted("a"));
        write("src/main/kubernetes/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");

        mojo().execute();

        Path merged = project.resolve("target/podlint/merged/src/main/kubernetes/pods.yaml");
        String yaml = Files.readString(merged);
        List<String> documents = List.of(yaml.split("(?m)^---\n"));
        assertThat(documents).hasSize(3);
        assertThat(documents.get(0))
                .contains(
                        "name: b",
                        "name: DB_PORT",
                        "value: \"6379\"",
                        "mountPath: /cache",
                        "podpreset.admission.kubernetes.io/podpreset-allow-database");
        assertThat(documents.get(1)).contains("name: api").doesNotContain("DB_PORT", "podpreset.admission");
        assertThat(documents.get(2)).contains("name: a", "cache-volume");
        assertNotWritten("src/main/kubernetes/config.yaml", "src/main/kubernetes/presets.yaml");
        assertThat(log.lines)
                .containsExactly("[INFO] podlint: PodPresets applied to 2 of 3 pods; 1 file in target/podlint/merged");
    }

    @Test
    void theConfigFilesIncludeAndExcludeGlobsFilterTheFilesFound() throws Exception {
        write("src/main/kubernetes/presets.yaml", ALLOW_DATABASE);
        write("src/main/kubernetes/pod.yaml", FRONTEND.formatted("kept"));
        write("src/main/kubernetes/generated/pod.yaml", FRONTEND.formatted("generated"));
        write("target/kubernetes/pod.yaml", FRONTEND.formatted("not-included"));
        write(".podlint.yaml", "include: [\"src/**\"]\nexclude: [\"**/generated/**\"]\n");

        mojo().execute();

        assertThat(project.resolve("target/podlint/merged/src/main/kubernetes/pod.yaml"))
                .content()
                .contains("name: kept", "DB_PORT");
        assertNotWritten("src/main/kubernetes/generated", "target");
        assertThat(log.lines)
                .containsExactly("[INFO] podlint: PodPresets applied to 1 of 1 pods; 1 file in target/podlint/merged");
    }

    @Test
    void filesTheConfigFileExcludesAreNotCountedAsRead() throws Exception {
        write("src/main/kubernetes/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");
        write("src/main/kubernetes/generated/pod.yaml", FRONTEND.formatted("generated"));
        write(".podlint.yaml", "exclude: [\"**/generated/**\"]\n");

        mojo().execute();

        assertThat(project.resolve("target/podlint/merged")).doesNotExist();
        assertThat(log.lines)
                .containsExactly("[INFO] podlint: no Pod in the 1 file read"
                        + " (workload templates count with templates=true); nothing written");
    }

    @Test
    void namespaceAndPresetsFromOutsideTheFolders() throws Exception {
        write("deploy/pod.yaml", FRONTEND.formatted("web"));
        write(
                "presets/db.yaml",
                ALLOW_DATABASE.replace("name: allow-database", "name: allow-database\n  namespace: shop"));
        MergeMojo mojo = mojo();
        mojo.directories = List.of(new File("deploy"));
        mojo.presets = List.of(new File("presets"));
        mojo.namespace = "shop";

        mojo.execute();

        assertThat(project.resolve("target/podlint/merged/deploy/pod.yaml"))
                .content()
                .contains("DB_PORT");
        assertNotWritten("presets");
    }

    @Test
    void aConflictIsAnErrorAtItsPlaceAndFailsTheBuildAfterWriting() throws IOException {
        write("src/main/kubernetes/pod.yaml", POD_WITH_DB_PORT);
        write("src/main/kubernetes/preset.yaml", ALLOW_DATABASE);

        assertThatThrownBy(mojo()::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("podlint: 1 PodPreset problem reaches failOn error (see the [ERROR] lines above); 1 pod"
                        + " written as is; PodPresets applied to 0 of 1 pods; 1 file in target/podlint/merged");
        assertThat(log.lines)
                .anyMatch(l -> l.matches(
                        "\\[ERROR] podlint: src/main/kubernetes/preset\\.yaml:\\d+:\\d+: (?!error: ).*DB_PORT.*"));
        assertThat(project.resolve("target/podlint/merged/src/main/kubernetes/pod.yaml"))
                .content()
                .contains("\"5432\"")
                .doesNotContain("6379");
    }

    @Test
    void failOnNoneLogsAConflictAsAWarningAndPasses() throws Exception {
        write("src/main/kubernetes/pod.yaml", POD_WITH_DB_PORT);
        write("src/main/kubernetes/preset.yaml", ALLOW_DATABASE);
        MergeMojo mojo = mojo();
        mojo.failOn = "none";

        mojo.execute();

        assertThat(log.lines)
                .anyMatch(l -> l.matches(
                        "\\[WARNING] podlint: src/main/kubernetes/preset\\.yaml:\\d+:\\d+: (?!error: ).*DB_PORT.*"))
                .contains("[INFO] podlint: PodPresets applied to 0 of 1 pods; 1 file in target/podlint/merged;"
                        + " 1 pod written as is");
        assertThat(project.resolve("target/podlint/merged/src/main/kubernetes/pod.yaml"))
                .exists();
    }

    @Test
    void failOnInfoMeansNothingToAMergeAndIsRefused() {
        MergeMojo mojo = mojo();
        mojo.failOn = "info";

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("podlint: <failOn> of the merge goal must be error, warning or none, not 'info'");
    }

    @Test
    void anUnparsableFileIsAnExecutionErrorAndNothingIsWritten() throws IOException {
        write("src/main/kubernetes/pod.yaml", FRONTEND.formatted("web"));
        write("src/main/kubernetes/broken.yaml", "kind: [\n");

        assertThatThrownBy(mojo()::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("podlint: src/main/kubernetes/broken.yaml:");
        assertThat(project.resolve("target/podlint/merged")).doesNotExist();
    }

    @Test
    void templatesAreMergedOnlyWhenAsked() throws Exception {
        write("src/main/kubernetes/preset.yaml", ALLOW_DATABASE);
        write("src/main/kubernetes/deploy.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  selector:
                    matchLabels:
                      role: frontend
                  template:
                    metadata:
                      labels:
                        role: frontend
                    spec:
                      containers:
                        - name: web
                          image: nginx:1.27
                """);
        mojo().execute();
        assertThat(project.resolve("target/podlint/merged")).doesNotExist();

        MergeMojo templates = mojo();
        templates.templates = true;
        templates.execute();
        assertThat(project.resolve("target/podlint/merged/src/main/kubernetes/deploy.yaml"))
                .content()
                .contains("kind: Deployment", "DB_PORT");
    }

    @Test
    void previousOutputInAScannedFolderIsNotReadAgain() throws Exception {
        write("target/kubernetes/pod.yaml", FRONTEND.formatted("web"));
        MergeMojo mojo = mojo();
        mojo.outputDirectory = project.resolve("target/kubernetes/merged").toFile();
        mojo.execute();
        mojo.execute();
        assertThat(project.resolve("target/kubernetes/merged/target/kubernetes/pod.yaml"))
                .exists();
        assertThat(project.resolve("target/kubernetes/merged/target/kubernetes/merged"))
                .doesNotExist();
    }

    @Test
    void skipAndAnEmptyNamespace() throws Exception {
        write("src/main/kubernetes/pod.yaml", FRONTEND.formatted("web"));
        MergeMojo skipped = mojo();
        skipped.skip = true;
        skipped.execute();
        assertThat(log.lines).containsExactly("[INFO] podlint: skipped (podlint.skip)");

        MergeMojo blank = mojo();
        blank.namespace = " ";
        assertThatThrownBy(blank::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("podlint: <namespace> must not be empty");
        assertThat(project.resolve("target/podlint")).doesNotExist();
    }

    private MergeMojo mojo() {
        MergeMojo mojo = GoalDefaults.of(new MergeMojo(), project, log);
        mojo.outputDirectory = project.resolve("target/podlint/merged").toFile();
        mojo.namespace = "default";
        return mojo;
    }

    /** Each path, relative to the default output folder, was not written. */
    private void assertNotWritten(String... relatives) {
        for (String relative : relatives) {
            assertThat(project.resolve("target/podlint/merged").resolve(relative))
                    .doesNotExist();
        }
    }

    private void write(String relative, String content) throws IOException {
        GoalDefaults.write(project, relative, content);
    }
}
