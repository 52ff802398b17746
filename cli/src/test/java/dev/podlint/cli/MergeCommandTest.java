package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.preset.NodeEquality;
import dev.podlint.source.Document;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {

    static final String ALLOW_DATABASE = DocsExample.ALLOW_DATABASE;

    static final String WEBSITE = DocsExample.WEBSITE;

    /** The merged Pod of the docs' example up to the container fields the merge adds (their order differs below). */
    private static final String MERGED_HEAD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: website
              labels:
                app: website
                role: frontend
              annotations:
                podpreset.admission.kubernetes.io/podpreset-allow-database: ""
            spec:
              containers:
                - name: website
                  image: nginx
            """;

    /** The merged Pod as the Kubernetes docs (PodPreset task page) show it, resourceVersion aside. */
    static final String DOCS_RESULT = MERGED_HEAD + """
                  volumeMounts:
                    - mountPath: /cache
                      name: cache-volume
                  ports:
                    - containerPort: 80
                  env:
                    - name: DB_PORT
                      value: "6379"
              volumes:
                - name: cache-volume
                  emptyDir: {}
            """;

    @TempDir
    Path dir;

    private String write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file.toString();
    }

    private static List<Document> load(String yaml) {
        LoadedFile loaded = new ManifestLoader().loadText("out.yaml", yaml);
        assertThat(loaded.problems()).as(yaml).isEmpty();
        return loaded.documents();
    }

    @Test
    void seedExampleMergesToThePodTheDocsShow() throws IOException {
        CliRun run = CliRun.of("merge", "--preset", write("preset.yaml", ALLOW_DATABASE), write("pod.yaml", WEBSITE));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(MERGED_HEAD + """
                      ports:
                        - containerPort: 80
                      env:
                        - name: DB_PORT
                          value: "6379"
                      volumeMounts:
                        - mountPath: /cache
                          name: cache-volume
                  volumes:
                    - name: cache-volume
                      emptyDir: {}
                """);
        assertThat(NodeEquality.equal(
                        load(run.out()).get(0).root(), load(DOCS_RESULT).get(0).root()))
                .isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPodIsPrintedInInputOrderAndOnlyPods() throws IOException {
        String file = write(
                "all.yaml",
                WEBSITE.replace("name: website\n  labels", "name: first\n  labels") + "---\n" + ALLOW_DATABASE + """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  enabled: "yes"
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: second
                spec:
                  containers:
                    - name: app
                      image: busybox:1.36
                      args: ["yes", "0644", "1.10", "2020-01-02", "on"]
                """);
        CliRun run = CliRun.of("merge", file);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Document> printed = load(run.out());
        assertThat(printed).extracting(Document::name).containsExactly("first", "second");
        assertThat(printed.get(0).nodeAt("/spec/volumes/0/name")).isNotNull();
        assertThat(printed.get(1).nodeAt("/metadata/annotations")).isNull();
        assertThat(printed.get(1).object().mapping("spec").mapping("containers"))
                .isNull();
        assertThat((List<Object>) (List<?>) printed.get(1).nodeAt("/spec/containers/0/args"))
                .containsExactly("yes", "0644", "1.10", "2020-01-02", "on");
        List<Document> inputs = load(Files.readString(Path.of(file)));
        assertThat(NodeEquality.equal(printed.get(1).root(), inputs.get(3).root()))
                .isTrue();
    }

    @Test
    void aConflictPrintsThePodAsWrittenAndExitsOne() throws IOException {
        String pod = WEBSITE + """
                      env:
                        - name: DB_PORT
                          value: "5432"
                """;
        CliRun run = CliRun.of("merge", "--preset", write("p/preset.yaml", ALLOW_DATABASE), write("pod.yaml", pod));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("preset.yaml:10:7: error: PodPreset \"allow-database\" conflicts with the pod's own"
                        + " entry: two env vars with name \"DB_PORT\" differ");
        assertThat(NodeEquality.equal(
                        load(run.out()).get(0).root(), load(pod).get(0).root()))
                .isTrue();
    }

    @Test
    void ephemeralContainersConflictOnlyWithTheirFeatureGate() throws IOException {
        String pod = write("pod.yaml", WEBSITE + """
                  ephemeralContainers:
                    - name: debugger
                      image: busybox
                      env:
                        - name: DB_PORT
                          value: "5432"
                """);
        String preset = write("preset.yaml", ALLOW_DATABASE);
        CliRun byDefault = CliRun.of("merge", "--preset", preset, pod);
        assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
        assertThat(load(byDefault.out())
                        .get(0)
                        .nodeAt("/spec/containers/0/env/0/value")
                        .toString())
                .contains("6379");
        CliRun gateOn =
                CliRun.of("merge", "--preset-feature-gates", "EphemeralContainers=true", "--preset", preset, pod);
        assertThat(gateOn.exitCode()).isEqualTo(1);
        assertThat(gateOn.err()).contains("in container \"debugger\" of Pod \"website\"");
        CliRun lint = CliRun.of(
                "lint", "--no-color", "--preset-feature-gates", "EphemeralContainers=true", "--preset", preset, pod);
        assertThat(lint.out()).contains("preset.yaml:10:7: error preset-conflict");
        CliRun typo = CliRun.of("merge", "--preset-feature-gates", "EphemeralContainer=true", pod);
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("--preset-feature-gates: unrecognized feature gate: EphemeralContainer");
        assertThat(CliRun.of("merge", "--help").out()).contains("--preset-feature-gates");
        assertThat(CliRun.of("lint", "--help").out()).contains("--preset-feature-gates");
    }

    @Test
    void templatesOnlyOnRequest() throws IOException {
        String deployment = write("deploy.yaml", ALLOW_DATABASE + """
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: shop
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
        assertThat(CliRun.of("merge", deployment).out()).isEmpty();
        CliRun otherNamespace = CliRun.of("merge", "--templates", deployment);
        assertThat(load(otherNamespace.out()).get(0).nodeAt("/spec/template/spec/volumes"))
                .isNull();
        CliRun run = CliRun.of("merge", "--templates", "--namespace", "shop", deployment);
        assertThat(run.exitCode()).isZero();
        Document printed = load(run.out()).get(0);
        assertThat(printed.kind()).isEqualTo("Deployment");
        assertThat(printed.nodeAt("/spec/template/spec/volumes/0/name")).isNotNull();
        assertThat(printed.nodeAt("/spec/template/metadata/annotations")).isNotNull();
        assertThat(CliRun.of("merge", "--help").out()).contains("--templates", "Beyond upstream");
    }

    @Test
    void lintAppliesPresetsFromPresetOption() throws IOException {
        String pod = write(
                "pod.yaml",
                WEBSITE.replace("name: website\n  labels", "name: website\n  namespace: team\n  labels") + """
                      env:
                        - name: DB_PORT
                          value: "5432"
                """);
        String preset = write(
                "lib/preset.yaml",
                ALLOW_DATABASE.replace("name: allow-database", "name: allow-database\n  namespace: team"));
        CliRun clean = CliRun.of("lint", "--no-color", pod);
        assertThat(clean.exitCode()).as(clean.out()).isZero();
        CliRun run = CliRun.of("lint", "--no-color", "--preset", preset, pod);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("lib/preset.yaml:11:7: error preset-conflict", "in 1 file");
        Files.writeString(Path.of(preset), "a: [\n");
        CliRun broken = CliRun.of("lint", "--no-color", "--preset", preset, pod);
        assertThat(broken.out()).contains("lib/preset.yaml:1:5: error yaml-syntax");
        assertThat(CliRun.of("lint", "--help").out()).contains("--preset", "--namespace", "--templates");
    }

    @Test
    void outputFileAndErrors() throws IOException {
        String pod = write("pod.yaml", WEBSITE);
        Path out = dir.resolve("out/merged.yaml");
        CliRun run =
                CliRun.of("merge", "--output", out.toString(), "--preset", write("preset.yaml", ALLOW_DATABASE), pod);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(load(Files.readString(out)).get(0).nodeAt("/spec/volumes")).isNotNull();

        CliRun overwrite = CliRun.of("merge", "--output", pod, pod);
        assertThat(overwrite.exitCode()).isEqualTo(2);
        assertThat(overwrite.err()).contains("refusing to overwrite");

        CliRun broken = CliRun.of("merge", write("broken.yaml", "a: [\n"));
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).startsWith("podlint: ").contains("broken.yaml:");
        assertThat(broken.out()).isEmpty();
    }

    @Test
    void theConfigFilesGlobsPickTheFilesAsForLint() throws IOException {
        write("k8s/preset.yaml", ALLOW_DATABASE);
        write("k8s/pod.yaml", WEBSITE);
        String generated = write(
                "k8s/generated/pod.yaml", WEBSITE.replace("name: website\n  labels", "name: generated\n  labels"));
        String config = write(".podlint.yaml", "exclude: [\"k8s/generated/**\"]\n");
        String folder = dir.resolve("k8s").toString();

        CliRun walked = CliRun.of("merge", "--config", config, folder);
        assertThat(walked.exitCode()).as(walked.err()).isZero();
        assertThat(load(walked.out())).extracting(Document::name).containsExactly("website");
        CliRun lint = CliRun.of("lint", "--no-color", "--config", config, folder);
        assertThat(lint.out()).contains("in 2 files").doesNotContain("generated");

        // named explicitly: merged, as lint lints it, unless --force-exclude
        CliRun named = CliRun.of("merge", "--config", config, folder, generated);
        assertThat(load(named.out())).extracting(Document::name).containsExactly("website", "generated");
        CliRun forced = CliRun.of("merge", "--config", config, "--force-exclude", folder, generated);
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(load(forced.out())).extracting(Document::name).containsExactly("website");
        CliRun onlyExcluded = CliRun.of("merge", "--config", config, "--force-exclude", generated);
        assertThat(onlyExcluded.exitCode()).as(onlyExcluded.err()).isZero();
        assertThat(onlyExcluded.out() + onlyExcluded.err()).isEmpty();
        assertThat(CliRun.of("merge", "--help").out())
                .contains("--config", "--force-exclude")
                .doesNotContain("--rules");
    }

    @Test
    void theConfigFilesPresetsApply() throws IOException {
        write("platform/preset.yaml", ALLOW_DATABASE);
        String config = write(".podlint.yaml", "presets: [platform/]\n");
        CliRun run = CliRun.of("merge", "--config", config, write("pod.yaml", WEBSITE));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(load(run.out()).get(0).nodeAt("/spec/volumes/0/name")).isNotNull();
    }

    @Test
    void commentsOfThePodStayWithTheNodesTheyDescribe() throws IOException {
        String pod = """
                # the website's pod

                apiVersion: v1
                kind: Pod
                metadata:
                  name: website  # as in the docs
                  labels:
                    app: website
                    role: frontend
                spec:  # merged with allow-database
                  containers:
                    # the only container
                    - name: website
                      image: nginx  # pinned elsewhere
                      command:
                        - sh
                        # a '#' inside a block is text:
                        - |
                          echo hi
                          # not a comment
                      ports:
                        - containerPort: 80  # http
                """;
        CliRun run = CliRun.of("merge", "--preset", write("preset.yaml", ALLOW_DATABASE), write("pod.yaml", pod));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("""
                # the website's pod

                apiVersion: v1
                kind: Pod
                metadata:
                  name: website  # as in the docs
                  labels:
                    app: website
                    role: frontend
                  annotations:
                    podpreset.admission.kubernetes.io/podpreset-allow-database: ""
                spec:  # merged with allow-database
                  containers:
                    # the only container
                    - name: website
                      image: nginx  # pinned elsewhere
                      command:
                        - sh
                        # a '#' inside a block is text:
                        - |
                          echo hi
                          # not a comment
                      ports:
                        - containerPort: 80  # http
                      env:
                """);
        assertThat(run.out())
                .containsOnlyOnce("# the website's pod")
                .containsOnlyOnce("# not a comment")
                .containsOnlyOnce("# http");
    }
}
