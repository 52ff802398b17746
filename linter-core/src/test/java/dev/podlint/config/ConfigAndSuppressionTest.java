package dev.podlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.Linter;
import dev.podlint.finding.FailThreshold;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.report.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigAndSuppressionTest {

    @TempDir
    Path dir;

    private Report lint(LintOptions options, String... paths) {
        return Linter.create(options).lint(List.of(paths), new ByteArrayInputStream(new byte[0]));
    }

    @Test
    void theConfigFileIsFoundInTheWorkingDirectoryOrAParent() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        assertThat(ConfigFileReader.find(nested)).isNull();
        Path config = Files.writeString(dir.resolve(".podlint.yaml"), "failOn: none\n");
        assertThat(ConfigFileReader.find(nested)).isEqualTo(config);
    }

    @Test
    void readsEverySetting() throws IOException {
        Path config = Files.writeString(dir.resolve(".podlint.yaml"), """
                kubernetesVersion: "1.33"
                failOn: warning
                rules:
                  enable: [secret-env-var]
                  disable: [liveness-probe-missing]
                  severity: {readiness-probe-missing: error}
                  folders: [my-rules]
                include: ["k8s/**"]
                exclude: ["k8s/generated/**"]
                schemaLocations: [schemas]
                crds: [crds/]
                presets: [presets/]
                """);
        PodlintConfig read = new ConfigFileReader().read(config);
        assertThat(read.kubernetesVersion()).isEqualTo("1.33");
        assertThat(read.failOn()).isEqualTo(FailThreshold.WARNING);
        assertThat(read.enable()).containsExactly("secret-env-var");
        assertThat(read.disable()).containsExactly("liveness-probe-missing");
        assertThat(read.severity()).containsEntry("readiness-probe-missing", Severity.ERROR);
        assertThat(read.ruleFolders()).containsExactly(dir.resolve("my-rules"));
        assertThat(read.schemaLocations()).containsExactly(dir.resolve("schemas"));
        assertThat(read.crds()).containsExactly(dir.resolve("crds"));
        assertThat(read.presets()).containsExactly(dir.resolve("presets"));
        LintOptions options =
                LintOptions.builder().workingDirectory(dir).config(read).build();
        assertThat(options.failOn()).isEqualTo(FailThreshold.WARNING);
        assertThat(options.schema().crdPaths())
                .containsExactly(dir.resolve("crds").toString());
        assertThat(options.rules().disabled()).contains("liveness-probe-missing");
        assertThat(options.fileFilter().test("k8s/app.yaml")).isTrue();
        assertThat(options.fileFilter().test("k8s/generated/app.yaml")).isFalse();
        assertThat(options.fileFilter().test("other/app.yaml")).isFalse();
    }

    @Test
    void theBaselineIsRelativeToTheConfigFileAndTheCommandLineWins() throws IOException {
        Files.createDirectories(dir.resolve("ci"));
        Path config = Files.writeString(dir.resolve("ci/podlint.yaml"), "baseline: ../reports/old.sarif\n");
        LintOptions.Builder options =
                LintOptions.builder().workingDirectory(dir).config(new ConfigFileReader().read(config));
        assertThat(options.build().baseline()).isEqualTo(dir.toAbsolutePath().resolve("reports/old.sarif"));
        assertThat(options.baseline(Path.of("mine.json")).build().baseline()).isEqualTo(Path.of("mine.json"));
    }

    @Test
    void mistakesNameFileLineAndField() throws IOException {
        Path config = dir.resolve(".podlint.yaml");
        Files.writeString(config, "kubernetesVersion: 1.30\n");
        assertThatThrownBy(() -> new ConfigFileReader().read(config))
                .isInstanceOf(UsageException.class)
                .hasMessage(config + ":1:20: field 'kubernetesVersion': must be a string (quote it)");
        Files.writeString(config, "rules:\n  severity:\n    x: fatal\n");
        assertThatThrownBy(() -> new ConfigFileReader().read(config))
                .hasMessage(config + ":3:8: field 'rules.severity.x': must be error, warning or info");
        Files.writeString(config, "failOn: warning\nincldue: [a]\n");
        assertThatThrownBy(() -> new ConfigFileReader().read(config))
                .hasMessage(config
                        + ":2:1: field 'incldue': unknown field; known: baseline, crds, exclude, failOn, include, kubernetesVersion, presets, "
                        + "rejectKinds, rules, schemaLocations, skipKinds");
    }

    /** The config file is checked against its published schema: every mistake it defines, named at its node. */
    @Test
    void anUnknownRuleIdInTheConfigFileNamesFileLineAndTheClosestRule() throws IOException {
        Path config = Files.writeString(dir.resolve(".podlint.yaml"), """
                rules:
                  enable: [secret-env-var]
                  disable:
                    - liveness-probe-missing
                    - duplicate-kye
                """);
        LintOptions options = LintOptions.builder()
                .workingDirectory(dir)
                .config(new ConfigFileReader().read(config))
                .build();
        assertThatThrownBy(() -> Linter.create(options))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown rule 'duplicate-kye' in " + config
                        + ":5:7 (rules.disable); did you mean 'duplicate-key'? (podlint rules lists them)");
    }

    @Test
    void anUnknownRuleIdInTheConfigFilesSeveritiesPointsAtItsKey() throws IOException {
        Path config = Files.writeString(dir.resolve(".podlint.yaml"), """
                rules:
                  severity:
                    readiness-probe-missing: error
                    secret-env-vars: warning
                """);
        LintOptions options = LintOptions.builder()
                .workingDirectory(dir)
                .config(new ConfigFileReader().read(config))
                .build();
        assertThatThrownBy(() -> Linter.create(options))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown rule 'secret-env-vars' in " + config
                        + ":4:5 (rules.severity); did you mean 'secret-env-var'? (podlint rules lists them)");
    }

    @Test
    void anUnknownRuleIdOnTheCommandLineStillNamesTheFlag() throws IOException {
        Path config = Files.writeString(dir.resolve(".podlint.yaml"), "rules:\n  enable: [secret-env-var]\n");
        LintOptions options = LintOptions.builder()
                .workingDirectory(dir)
                .config(new ConfigFileReader().read(config))
                .enable("secret-env-vr")
                .build();
        assertThatThrownBy(() -> Linter.create(options))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("unknown rule 'secret-env-vr' in --enable; did you mean 'secret-env-var'?");
    }

    @Test
    void theConfigSchemaDefinesTheMistakes() {
        Path config = dir.resolve(".podlint.yaml");
        Map<String, String> mistakes = new java.util.LinkedHashMap<>();
        mistakes.put(
                "kubernetesVersion: \"1.3.4\"\n",
                ":1:20: field 'kubernetesVersion': must be a minor version such as \"1.33\"");
        mistakes.put("rules:\n  enable: [secret-env-var, Bad]\n", ":2:28: field 'rules.enable[1]': must be a rule id");
        mistakes.put("rules:\n  severity: {Bad: error}\n", ":2:14: field 'rules.severity.Bad': must be a rule id");
        mistakes.put("include:\n", ":1:9: field 'include': must be a list");
        mistakes.put("exclude: [\"\"]\n", ":1:11: field 'exclude[0]': must not be empty");
        mistakes.put("failOn: sometimes\n", ":1:9: field 'failOn': must be error, warning, info or none");
        mistakes.put("- failOn: error\n", ":1:1: must be a mapping");
        mistakes.put("failOn: error\n---\nfailOn: none\n", ":3:1: a config file holds one mapping");
        mistakes.put(
                "skipKinds: [\"Secret,ConfigMap\"]\n",
                ":1:13: field 'skipKinds[0]': must be one Kind or apiVersion/Kind (Secret, apps/v1/Deployment),"
                        + " without spaces or commas");
        mistakes.put("rejectKinds: Secret\n", ":1:14: field 'rejectKinds': must be a list");
        mistakes.forEach((text, message) -> assertThatThrownBy(() -> new ConfigFileReader().read(config, text))
                .as(text)
                .isInstanceOf(UsageException.class)
                .hasMessage(config + message));
    }

    @Test
    void includeAndExcludeGlobsPickTheFilesOfAFolder() throws IOException {
        Files.createDirectories(dir.resolve("k8s/generated"));
        String broken = "a: [\n";
        Files.writeString(dir.resolve("k8s/generated/bad.yaml"), broken);
        Files.writeString(dir.resolve("k8s/bad.yaml"), broken);
        Files.writeString(dir.resolve(".podlint.yaml"), "exclude: [\"k8s/generated/**\"]\n");
        LintOptions options = LintOptions.builder()
                .workingDirectory(dir)
                .config(new ConfigFileReader().read(dir.resolve(".podlint.yaml")))
                .build();
        Report report = lint(options, dir.resolve("k8s").toString());
        assertThat(report.findings()).extracting(Finding::file).containsExactly("k8s/bad.yaml");
    }

    @Test
    void namedFilesAreLintedWhateverTheGlobsUnlessForceExcludeIsSet() throws IOException {
        Files.createDirectories(dir.resolve("k8s/generated"));
        String broken = "a: [\n";
        Files.writeString(dir.resolve("k8s/generated/bad.yaml"), broken);
        Files.writeString(dir.resolve("k8s/bad.yaml"), broken);
        Files.writeString(dir.resolve("other.yaml"), broken);
        Files.writeString(dir.resolve(".podlint.yaml"), "include: [\"k8s/**\"]\nexclude: [\"k8s/generated/**\"]\n");
        LintOptions options = LintOptions.builder()
                .workingDirectory(dir)
                .config(new ConfigFileReader().read(dir.resolve(".podlint.yaml")))
                .build();
        String[] named = {"k8s/generated/bad.yaml", "k8s/bad.yaml", "other.yaml"};

        assertThat(lint(options, named).findings())
                .extracting(Finding::file)
                .containsExactly("k8s/bad.yaml", "k8s/generated/bad.yaml", "other.yaml");

        LintOptions forced = options.toBuilder().forceExclude(true).build();
        Report report = lint(forced, named);
        assertThat(report.findings()).extracting(Finding::file).containsExactly("k8s/bad.yaml");
        assertThat(report.summary().files()).isEqualTo(1);
    }

    @Test
    void onlyExcludedNamedFilesWithForceExcludeIsAnEmptyRunNotAnError() throws IOException {
        Files.createDirectories(dir.resolve("k8s/generated"));
        Files.writeString(dir.resolve("k8s/generated/bad.yaml"), "a: [\n");
        Files.writeString(dir.resolve(".podlint.yaml"), "exclude: [\"k8s/generated/**\"]\n");
        LintOptions forced = LintOptions.builder()
                .workingDirectory(dir)
                .config(new ConfigFileReader().read(dir.resolve(".podlint.yaml")))
                .forceExclude(true)
                .build();

        Report report = lint(forced, "k8s/generated/bad.yaml");

        assertThat(report.findings()).isEmpty();
        assertThat(report.notifications()).isEmpty();
        assertThat(report.exitCode(forced.failOn())).isZero();
        assertThat(report.summary().files()).isZero();
    }

    @Test
    void theIgnoreAnnotationSilencesRulesForTheObjectAndItsPodTemplate() throws IOException {
        Path file = Files.writeString(dir.resolve("app.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  annotations:
                    podlint.dev/ignore: "liveness-probe-missing, readiness-probe-missing # probes come from the mesh"
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                        - name: web
                          image: nginx:1.27
                ---
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: task
                spec:
                  template:
                    metadata:
                      annotations:
                        podlint.dev/ignore: workload-restart-policy
                    spec:
                      containers:
                        - name: task
                          image: busybox:1.36
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: not-silenced
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                """);
        Report report = lint(LintOptions.builder().workingDirectory(dir).build(), file.toString());
        List<Finding> suppressed =
                report.findings().stream().filter(Finding::suppressed).toList();
        assertThat(suppressed)
                .extracting(Finding::ruleId)
                .containsExactlyInAnyOrder(
                        "liveness-probe-missing", "readiness-probe-missing", "workload-restart-policy");
        assertThat(suppressed)
                .filteredOn(f -> f.document() == 0)
                .allSatisfy(f -> assertThat(f.suppression().kind()).isEqualTo("inSource"))
                .allSatisfy(f -> assertThat(f.suppression().justification()).isEqualTo("probes come from the mesh"));
        assertThat(report.findings())
                .filteredOn(f -> !f.suppressed())
                .extracting(Finding::name)
                .containsOnly("not-silenced");
        assertThat(report.summary().errors()).isZero();
        assertThat(report.exitCode(FailThreshold.WARNING)).isEqualTo(1);
    }

    @Test
    void optInRulesRunOnlyWhenEnabled() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("no-latest.yaml"), """
                id: no-latest
                severity: warning
                category: images
                summary: an image with the latest tag
                enabled: false
                select: containers
                assert: "!(container.image =$ ':latest')"
                pointAt: image
                message: container '${container.name}' uses a latest image
                """);
        Path pod = Files.writeString(dir.resolve("pod.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  restartPolicy: Never
                  containers:
                    - {name: c, image: "nginx:latest"}
                """);
        LintOptions.Builder base = LintOptions.builder().workingDirectory(dir).ruleDirectory(rules);
        assertThat(lint(base.build(), pod.toString()).findings()).isEmpty();
        assertThat(lint(base.enable("no-latest").build(), pod.toString()).findings())
                .extracting(Finding::ruleId)
                .containsExactly("no-latest");
    }

    @Test
    void aRuleThatFailsOnADocumentIsAnInternalErrorNamingRuleAndDocumentNotACrash() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("catastrophic.yaml"), """
                id: catastrophic
                severity: warning
                category: test
                summary: a rule that matches a ConfigMap's metadata (a map) against a regular expression
                select: objects
                assert: "(kind == 'ConfigMap' ? metadata : metadata.name) =~ '(.*a){12}'"
                """);
        Path file = Files.writeString(dir.resolve("cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x
                data:
                  k: v
                ---
                apiVersion: v1
                kind: Secret
                metadata:
                  name: s
                data:
                  k: not base64!
                """);
        Report report = lint(
                LintOptions.builder().workingDirectory(dir).ruleDirectory(rules).build(), file.toString());
        assertThat(report.notifications()).singleElement().satisfies(n -> {
            assertThat(n.error()).isTrue();
            assertThat(n.message())
                    .contains("rule 'catastrophic' failed on document 0 (ConfigMap/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x)")
                    .contains("matched against a string, not a map");
        });
        // the other rules still ran, on the other document too
        assertThat(report.findings()).extracting(Finding::ruleId).contains("secret-data-base64");
        assertThat(report.exitCode(FailThreshold.ERROR)).isEqualTo(2);
    }
}
