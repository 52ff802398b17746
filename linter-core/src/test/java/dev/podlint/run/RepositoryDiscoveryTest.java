package dev.podlint.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.config.ConfigFileReader;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.report.JsonReporter;
import dev.podlint.report.Report;
import dev.podlint.report.TextReporter;
import dev.podlint.source.SkipReason;
import dev.podlint.source.SkippedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code podlint lint .} in a repository that holds podlint's own files, a Helm chart, a
 * kustomization, a GitHub workflow and other YAML that is not Kubernetes: only the real manifests
 * are linted, the rest is counted and listed.
 */
class RepositoryDiscoveryTest {

    private static final String DEPLOYMENT_TEMPLATE = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ include "web.fullname" . }}
              labels:
                {{- include "web.labels" . | nindent 4 }}
            spec:
              replicas: {{ .Values.replicaCount }}
              template:
                spec:
                  containers:
                    - name: {{ .Chart.Name }}
                      image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
            """;

    /** A ConfigMap with a duplicate key: one finding that no rule configuration turns off. */
    private static final String CONFIG_MAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              mode: fast
              mode: slow
            """;

    private static final String WORKFLOW = """
            name: ci
            on: [push, pull_request]
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - run: mvn verify
            """;

    /** An overlay naming its patches in each of the three ways, and one inline patch (no file). */
    private static final String KUSTOMIZATION = """
            resources:
              - ../../k8s
            namePrefix: prod-
            patches:
              - path: replicas.yaml
              - target: {kind: Deployment, name: web}
                patch: |-
                  - op: add
                    path: /metadata/labels/tier
                    value: web
            patchesStrategicMerge:
              - patches/memory.yaml
            patchesJson6902:
              - target: {group: apps, version: v1, kind: Deployment, name: web}
                path: json6902.yaml
            """;

    private static final String COMPOSE = """
            services:
              web:
                image: nginx:1.27
                ports: ["8080:80"]
            volumes:
              data: {}
            """;

    @TempDir
    Path repo;

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void buildRepository() throws IOException {
        write(".podlint.yaml", "failOn: warning\n");
        write(".podlint-baseline.json", "{\"version\": 1, \"findings\": []}\n");
        write(".pre-commit-config.yaml", "repos:\n  - repo: local\n    hooks: []\n");
        write(".pre-commit-hooks.yaml", "- id: x\n  name: x\n  entry: x\n  language: system\n");
        write(".github/workflows/ci.yaml", WORKFLOW);
        write("chart/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n");
        write("chart/values.yaml", "replicaCount: 1\nimage:\n  repository: nginx\n  tag: latest\n");
        write("chart/values-prod.yaml", "replicaCount: 3\n");
        write("chart/values.schema.json", "{\"type\": \"object\"}\n");
        write("chart/templates/deployment.yaml", DEPLOYMENT_TEMPLATE);
        write("chart/templates/_helpers.tpl", "{{- define \"web.fullname\" -}}web{{- end }}\n");
        write("chart/charts/db/Chart.yaml", "apiVersion: v2\nname: db\nversion: 0.1.0\n");
        write(
                "chart/charts/db/templates/svc.yaml",
                "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n");
        write("overlays/prod/kustomization.yaml", KUSTOMIZATION);
        // patches: partial objects, each missing what it does not change
        write(
                "overlays/prod/replicas.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n");
        write(
                "overlays/prod/patches/memory.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n"
                        + "      containers:\n        - name: web\n          resources: {limits: {memory: 1Gi}}\n");
        write("overlays/prod/json6902.yaml", "- op: replace\n  path: /spec/replicas\n  value: 5\n");
        write("overlays/dev/Kustomization", "resources:\n  - ../../k8s\n");
        write("docker-compose.yml", COMPOSE);
        write("api/openapi.yaml", "openapi: 3.0.3\ninfo:\n  title: api\n  version: '1'\npaths: {}\n");
        write("package.json", "{\"name\": \"web\", \"version\": \"1.0.0\"}\n");
        write("k8s/settings.yaml", CONFIG_MAP);
        // A second document that is no Kubernetes object: the file has one, so it is linted whole.
        write("k8s/mixed.yaml", CONFIG_MAP.replace("settings", "mixed") + "---\nservices:\n  web:\n    image: nginx\n");
        // The identifying keys misspelt: still a manifest, linted and reported.
        write("k8s/typo.yaml", "apiVerison: v1\nkin: ConfigMap\ndata:\n  mode: fast\n");
    }

    private Report lint(List<String> paths, boolean forceExclude) throws IOException {
        LintOptions.Builder options =
                LintOptions.builder().workingDirectory(repo).forceExclude(forceExclude);
        Path config = ConfigFileReader.find(repo);
        if (config != null) {
            options.config(new ConfigFileReader().read(config));
        }
        return Linter.create(options.build()).lint(paths, InputStream.nullInputStream());
    }

    @Test
    void aFolderWalkLintsOnlyTheRealManifests() throws IOException {
        buildRepository();
        Report report = lint(List.of("."), false);

        assertThat(report.findings())
                .extracting(Finding::file)
                .containsOnly("k8s/settings.yaml", "k8s/mixed.yaml", "k8s/typo.yaml");
        assertThat(report.findings())
                .filteredOn(f -> f.file().equals("k8s/settings.yaml"))
                .extracting(Finding::ruleId)
                .containsExactly("duplicate-key");
        // today's strictness for the other document of a file that holds a Kubernetes object
        assertThat(report.findings())
                .filteredOn(f -> f.file().equals("k8s/mixed.yaml"))
                .extracting(Finding::document)
                .contains(1);
        assertThat(report.notifications()).isEmpty();
        assertThat(report.summary().files()).isEqualTo(3);

        Map<String, SkipReason> skipped = new TreeMap<>();
        report.summary().skippedFiles().forEach(s -> skipped.put(s.path(), s.reason()));
        assertThat(skipped)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry(".podlint.yaml", SkipReason.PODLINT_FILE),
                        Map.entry(".podlint-baseline.json", SkipReason.PODLINT_FILE),
                        Map.entry(".pre-commit-config.yaml", SkipReason.PODLINT_FILE),
                        Map.entry(".pre-commit-hooks.yaml", SkipReason.PODLINT_FILE),
                        Map.entry("chart/Chart.yaml", SkipReason.HELM_CHART),
                        Map.entry("chart/values.yaml", SkipReason.HELM_CHART),
                        Map.entry("chart/values-prod.yaml", SkipReason.HELM_CHART),
                        Map.entry("chart/values.schema.json", SkipReason.HELM_CHART),
                        Map.entry("chart/templates/deployment.yaml", SkipReason.HELM_CHART),
                        Map.entry("chart/charts/db/Chart.yaml", SkipReason.HELM_CHART),
                        Map.entry("chart/charts/db/templates/svc.yaml", SkipReason.HELM_CHART),
                        Map.entry("overlays/prod/kustomization.yaml", SkipReason.KUSTOMIZATION),
                        Map.entry("overlays/prod/replicas.yaml", SkipReason.KUSTOMIZE_PATCH),
                        Map.entry("overlays/prod/patches/memory.yaml", SkipReason.KUSTOMIZE_PATCH),
                        Map.entry("overlays/prod/json6902.yaml", SkipReason.KUSTOMIZE_PATCH),
                        Map.entry("docker-compose.yml", SkipReason.NOT_KUBERNETES),
                        Map.entry("api/openapi.yaml", SkipReason.NOT_KUBERNETES),
                        Map.entry("package.json", SkipReason.NOT_KUBERNETES)));

        assertThat(TextReporter.summaryLine(report))
                .endsWith(
                        "; 18 files skipped: 4 podlint files, 7 Helm chart files, 1 kustomization, 3 kustomize patches,"
                                + " 3 not Kubernetes");
        StringWriter text = new StringWriter();
        new TextReporter(false, true).write(report, text);
        assertThat(text.toString()).contains("skipped: chart/templates/deployment.yaml (Helm chart file)\n");
        StringWriter json = new StringWriter();
        new JsonReporter("test").write(report, json);
        JsonNode tree = JsonMapper.builder().build().readTree(json.toString());
        assertThat(tree.path("summary").path("skippedFiles").asInt()).isEqualTo(18);
        assertThat(tree.path("skippedFiles").values())
                .extracting(
                        n -> n.path("file").asString() + " " + n.path("reason").asString())
                .contains("docker-compose.yml not Kubernetes", "overlays/prod/kustomization.yaml kustomization");
    }

    @Test
    void aFileNamedOnTheCommandLineIsAlwaysLinted() throws IOException {
        buildRepository();
        Report report = lint(
                List.of("docker-compose.yml", "chart/templates/deployment.yaml", "overlays/prod/kustomization.yaml"),
                false);
        assertThat(report.summary().skippedFiles()).isEmpty();
        assertThat(report.summary().files()).isEqualTo(3);
        assertThat(report.findings())
                .extracting(Finding::file)
                .contains("docker-compose.yml", "chart/templates/deployment.yaml", "overlays/prod/kustomization.yaml");
    }

    @Test
    void withForceExcludeNamedFilesAreSortedAsInAFolderWalk() throws IOException {
        // pre-commit and the Maven plugin name every file they found
        buildRepository();
        Report report = lint(List.of("docker-compose.yml", "chart/values.yaml", "k8s/settings.yaml"), true);
        assertThat(report.summary().skippedFiles())
                .extracting(SkippedFile::path)
                .containsExactly("chart/values.yaml", "docker-compose.yml");
        assertThat(report.findings()).extracting(Finding::file).containsOnly("k8s/settings.yaml");
    }

    @Test
    void aFolderOfOnlySkippedFilesIsNoError() throws IOException {
        buildRepository();
        Report report = lint(List.of("chart"), false);
        assertThat(report.notifications()).isEmpty();
        assertThat(report.findings()).isEmpty();
        assertThat(report.summary().skippedFiles()).hasSize(7);
    }
}
