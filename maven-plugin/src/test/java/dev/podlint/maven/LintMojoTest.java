package dev.podlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal run in-process on a project folder; the real Maven builds are in src/it. */
class LintMojoTest {

    static final String FLOW_SCHEMA_V1BETA3 = """
            apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
            kind: FlowSchema
            metadata:
              name: health
            spec:
              priorityLevelConfiguration:
                name: exempt
            """;

    /** The PodPreset of the Kubernetes docs' example. */
    static final String ALLOW_DATABASE = DocsExample.ALLOW_DATABASE;

    static final String POD_WITH_DB_PORT = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: website
              labels:
                role: frontend
            spec:
              containers:
                - name: website
                  image: nginx:1.27
                  env:
                    - name: DB_PORT
                      value: "5432"
            """;

    private static final String DUPLICATE = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @Test
    void logsFindingsRelativeToTheProjectAndFailsWithTheSummary() throws IOException {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        LintMojo mojo = mojo();
        mojo.formats = "text,json";

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("podlint: 1 error, 0 warnings, 0 infos in 1 file (1 document) (failOn: error");
        assertThat(log.lines)
                .contains(
                        "[ERROR] src/main/kubernetes/cm.yaml:5:3: duplicate-key duplicate key \"name\" (also at line 4);"
                                + " kubectl apply keeps this last value and silently drops the one at line 4");
        assertThat(project.resolve("target/podlint/podlint.txt")).exists();
        assertThat(project.resolve("target/podlint/podlint.json")).content().contains("\"duplicate-key\"");
    }

    @Test
    void writesTheCiFormatsEachToItsOwnFile() throws Exception {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        LintMojo mojo = mojo();
        mojo.failOn = "NONE";
        mojo.formats = "junit, checkstyle, codequality, json";

        mojo.execute();

        assertThat(project.resolve("target/podlint/podlint.junit.xml"))
                .content()
                .contains("<testcase classname=\"src/main/kubernetes/cm.yaml\" name=\"duplicate-key\"");
        assertThat(project.resolve("target/podlint/podlint.checkstyle.xml"))
                .content()
                .contains("<file name=\"src/main/kubernetes/cm.yaml\">", "source=\"duplicate-key\"");
        assertThat(project.resolve("target/podlint/podlint.codequality.json"))
                .content()
                .contains("\"check_name\" : \"duplicate-key\"");
        assertThat(project.resolve("target/podlint/podlint.json")).content().contains("\"duplicate-key\"");
    }

    @Test
    void ruleDocsGivesTheSarifRulesTheirHelpUri() throws Exception {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        LintMojo mojo = mojo();
        mojo.failOn = "none";
        mojo.formats = "sarif";
        mojo.execute();
        assertThat(project.resolve("target/podlint/podlint.sarif")).content().doesNotContain("helpUri");

        mojo.ruleDocs = "https://example.org/podlint/blob/v1/rules";
        mojo.execute();
        assertThat(project.resolve("target/podlint/podlint.sarif"))
                .content()
                .containsPattern("\"helpUri\"\\s*:\\s*\"https://example.org/podlint/blob/v1/rules/duplicate-key.md\"");
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

        assertThat(log.lines)
                .contains(
                        "[WARNING] podlint: missing is not a folder; not read",
                        "[INFO] podlint: no problems in 1 file (1 document)");
    }

    @Test
    void nothingToLintWhenNoFolderExists() throws Exception {
        mojo().execute();
        assertThat(log.lines)
                .containsExactly("[INFO] podlint: nothing to lint (no folder of src/main/kubernetes, target/kubernetes,"
                        + " target/classes/META-INF/dekorate, target/classes/META-INF/jkube exists)");
    }

    @Test
    void configurationMistakesAreExecutionErrorsNamingTheParameter() throws IOException {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        assertExecutionError(m -> m.failOn = "sometimes")
                .hasMessage("podlint: <failOn> must be error, warning, info or none, not 'sometimes'");

        assertExecutionError(m -> m.formats = "text,html")
                .hasMessageStartingWith("podlint: <formats>: unknown format 'html'; known: text, json");

        assertExecutionError(m -> m.ruleDocs = "rules/")
                .hasMessage("podlint: <ruleDocs> must be an absolute http or https URI, not 'rules/'");
    }

    @Test
    void theConfigFileAndRulesDirectoriesApply() throws Exception {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        write("src/main/kubernetes/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  restartPolicy: Never
                  containers:
                    - name: web
                      image: nginx:1.27
                """);
        write("ci/podlint.yaml", "rules:\n  disable: [duplicate-key]\n");
        write("policy/memory.yaml", """
                id: container-memory-limit
                severity: error
                category: resources
                summary: A container without a memory limit
                select: containers
                assert: container.resources.limits.memory != null
                pointAt: resources/limits/memory
                message: "container '${container.name}' sets no resources.limits.memory"
                """);
        LintMojo mojo = mojo();
        mojo.configFile = new File("ci/podlint.yaml");
        mojo.rulesDirectories = List.of(new File("policy"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines)
                .anyMatch(l -> l.startsWith("[ERROR] src/main/kubernetes/pod.yaml:8:7: container-memory-limit"))
                .noneMatch(l -> l.contains("duplicate-key"));
    }

    @Test
    void theConfigFilesIncludeAndExcludeGlobsFilterTheFilesFound() throws Exception {
        write("src/main/kubernetes/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");
        write("src/main/kubernetes/generated/cm.yaml", DUPLICATE);
        write("target/kubernetes/cm.yaml", DUPLICATE);
        write(".podlint.yaml", "include: [\"src/**\"]\nexclude: [\"**/generated/**\"]\n");

        mojo().execute();

        assertThat(log.lines)
                .filteredOn(l -> !l.startsWith("[DEBUG]"))
                .containsExactly("[INFO] podlint: no problems in 1 file (1 document)");
    }

    @Test
    void failOnDefaultsToTheConfigFilesThenTheParameterWins() throws Exception {
        write("src/main/kubernetes/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      readinessProbe:
                        tcpSocket: {port: 80}
                """);
        write(".podlint.yaml", "failOn: warning\n");
        LintMojo fromConfig = mojo();
        fromConfig.failOn = null;
        assertThatThrownBy(fromConfig::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith(
                        "podlint: 0 errors, 1 warning, 0 infos in 1 file (1 document) (failOn: warning;");

        log.lines.clear();
        LintMojo given = mojo();
        given.failOn = "error";
        given.execute();
        assertThat(log.lines)
                .anyMatch(l -> l.startsWith("[WARNING] src/main/kubernetes/pod.yaml:7:7: liveness-probe-missing"))
                .contains("[INFO] podlint: 0 errors, 1 warning, 0 infos in 1 file (1 document)");
    }

    @Test
    void aMissingConfigFileStopsTheBuild() throws IOException {
        write("src/main/kubernetes/cm.yaml", DUPLICATE);
        assertExecutionError(m -> m.configFile = new File("nope.yaml"))
                .hasMessage("podlint: <configFile> nope.yaml: no such file");
    }

    @Test
    void aWrongGoalParameterStopsTheBuildEvenWithNothingToLint() {
        assertExecutionError(m -> m.failOn = "sometimes").hasMessageStartingWith("podlint: <failOn> must be");
    }

    @Test
    void kubernetesVersionChoosesTheSchemasItServes() throws Exception {
        write("src/main/kubernetes/flow.yaml", FLOW_SCHEMA_V1BETA3);
        LintMojo newest = mojo();
        assertThatThrownBy(newest::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines)
                .anyMatch(l -> l.startsWith(
                        "[ERROR] src/main/kubernetes/flow.yaml:1:13: removed-api flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema"
                                + " was removed in Kubernetes 1.32"));

        log.lines.clear();
        LintMojo served = mojo();
        served.kubernetesVersion = " 1.30 ";
        served.execute();
        assertThat(log.lines).contains("[INFO] podlint: no problems in 1 file (1 document)");
    }

    @Test
    void aKubernetesVersionPodlintDoesNotBundleIsAnExecutionError() throws IOException {
        write("src/main/kubernetes/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");
        assertExecutionError(m -> m.kubernetesVersion = "1.2")
                .hasMessageContaining("1.2")
                .hasMessageContaining("bundles the schemas of");
    }

    @Test
    void presetsApplyFromOutsideTheLintedFoldersRelativeToTheProject() throws IOException {
        write("src/main/kubernetes/pod.yaml", POD_WITH_DB_PORT);
        write("presets/allow-database.yaml", ALLOW_DATABASE);
        LintMojo mojo = mojo();
        mojo.presets = List.of(new File("presets"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines)
                .anyMatch(l -> l.startsWith("[ERROR] presets/allow-database.yaml:") && l.contains(" preset-conflict "));
    }

    @Test
    void aMissingPresetPathIsNamedRelativeToTheProject() throws IOException {
        write("src/main/kubernetes/pod.yaml", POD_WITH_DB_PORT);
        assertExecutionError(m -> m.presets = List.of(new File("nowhere")))
                .hasMessage("podlint: nowhere: <presets>: no such file or directory");
    }

    @Test
    void crdsValidateTheirCustomResourcesRelativeToTheProject() throws IOException {
        write("src/main/crds/dial.yaml", """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: dials.tools.example.com}
                spec:
                  group: tools.example.com
                  scope: Namespaced
                  names: {kind: Dial, plural: dials}
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    schema:
                      openAPIV3Schema:
                        type: object
                        properties:
                          spec:
                            type: object
                            properties:
                              turns: {type: integer}
                """);
        write(
                "src/main/kubernetes/dial.yaml",
                "apiVersion: tools.example.com/v1\nkind: Dial\nmetadata: {name: d}\n" + "spec:\n  turn: 3\n");
        LintMojo mojo = mojo();
        mojo.crds = List.of(new File("src/main/crds"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines)
                .contains("[ERROR] src/main/kubernetes/dial.yaml:5:3: schema spec: unknown field 'turn';"
                        + " did you mean 'turns'?");
    }

    @Test
    void aMissingCrdPathIsAnExecutionError() throws IOException {
        write("src/main/kubernetes/pod.yaml", POD_WITH_DB_PORT);
        assertExecutionError(m -> m.crds = List.of(new File("nowhere")))
                .hasMessage("podlint: <crds> nowhere: no such file or directory");
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

    @Test
    void skipKindsAndRejectKindsAreAddedToTheConfigFilesAndSkippingWins() throws Exception {
        write(
                "src/main/kubernetes/cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  bad key: x\n");
        write("src/main/kubernetes/pod.yaml", POD_WITH_DB_PORT);
        write("src/main/kubernetes/preset.yaml", ALLOW_DATABASE);
        write(".podlint.yaml", "rejectKinds: [Pod, ConfigMap]\n");
        LintMojo mojo = mojo();
        mojo.skipKinds = List.of("v1/ConfigMap");
        mojo.rejectKinds = List.of("settings.k8s.io/v1alpha1/PodPreset, Secret");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines.stream().filter(l -> l.startsWith("[ERROR] ")))
                .containsExactlyInAnyOrder(
                        "[ERROR] src/main/kubernetes/pod.yaml:2:7: kind-rejected prohibited resource kind Pod"
                                + " (--reject-kinds, rejectKinds)",
                        "[ERROR] src/main/kubernetes/preset.yaml:2:7: kind-rejected prohibited resource kind PodPreset"
                                + " (--reject-kinds, rejectKinds)");
        assertThat(log.lines).noneMatch(l -> l.contains("cm.yaml"));
    }

    private LintMojo mojo() {
        LintMojo mojo = GoalDefaults.of(new LintMojo(), project, log);
        mojo.outputDirectory = project.resolve("target/podlint").toFile();
        mojo.failOn = "error";
        mojo.formats = LintMojo.DEFAULT_FORMATS;
        return mojo;
    }

    /** Runs a goal configured by {@code configure} and expects it to stop with an execution error. */
    private AbstractThrowableAssert<?, ? extends Throwable> assertExecutionError(Consumer<LintMojo> configure) {
        LintMojo mojo = mojo();
        configure.accept(mojo);
        return assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class);
    }

    private void write(String relative, String content) throws IOException {
        GoalDefaults.write(project, relative, content);
    }
}
