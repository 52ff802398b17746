package dev.podlint.preset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.check.CollectingSink;
import dev.podlint.check.DocumentCheck;
import dev.podlint.check.FindingSink;
import dev.podlint.finding.Finding;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks run on a merged pod report into the file that holds the offending node. */
class MergedPodTest {

    /** A stand-in for the rules engine: a volumeMount must name a volume of the pod. */
    static final class MountNeedsVolume implements DocumentCheck {
        @Override
        public void check(Document document, FindingSink sink) {
            MappingNode spec = document.object().mapping("spec");
            Set<Object> volumes = new HashSet<>();
            if (spec.sequence("volumes") != null) {
                spec.sequence("volumes").forEach(v -> volumes.add(((java.util.Map<?, ?>) v).get("name")));
            }
            SequenceNode containers = spec.sequence("containers");
            for (int c = 0; c < containers.size(); c++) {
                SequenceNode mounts = ((MappingNode) containers.node(c)).sequence("volumeMounts");
                for (int m = 0; mounts != null && m < mounts.size(); m++) {
                    MappingNode mount = (MappingNode) mounts.node(m);
                    if (!volumes.contains(mount.get("name"))) {
                        String pointer =
                                Pointers.append(Pointers.append("/spec/containers", c) + "/volumeMounts", m) + "/name";
                        sink.report(
                                "test-mount-volume",
                                document,
                                pointer,
                                mount.node("name").span(),
                                "volumeMount \"" + mount.get("name") + "\" names no volume of the pod");
                    }
                }
            }
        }
    }

    /** A preset for every pod that mounts "cache-volume" but declares no such volume (line 8: the mount's name). */
    static final String CACHE_MOUNT_PRESET = """
            apiVersion: settings.k8s.io/v1alpha1
            kind: PodPreset
            metadata:
              name: cache
            spec:
              selector: {}
              volumeMounts:
                - name: cache-volume
                  mountPath: /cache
            """;

    /** The spec of a pod whose container mounts "data", a volume the pod does not declare. */
    private static final String SPEC_MOUNTING_UNDECLARED_DATA = """
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  volumeMounts:
                    - name: data
                      mountPath: /data
            """;

    @TempDir
    Path rules;

    @Test
    void findingsOnInjectedNodesPointIntoThePresetFile() throws IOException {
        RuleCatalog catalog = testCatalog();
        List<Document> presets = Manifests.load("presets/cache.yaml", CACHE_MOUNT_PRESET);
        List<Document> pods = Manifests.load("app/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                """ + SPEC_MOUNTING_UNDECLARED_DATA);
        MergeOutcome outcome = PresetMerger.merge(PodTarget.of(pods.get(0), "default"), Manifests.presets(presets));
        MergedPod merged = outcome.merged();
        assertThat(merged.changed()).isTrue();

        CollectingSink sink = new CollectingSink(catalog);
        new MountNeedsVolume().check(merged.asDocument(), merged.relocating(sink, catalog));
        List<Finding> findings = new ArrayList<>(sink.findings());
        findings.sort(java.util.Comparator.comparing(Finding::file));

        assertThat(findings).hasSize(2);
        Finding own = findings.get(0);
        assertThat(own.file()).isEqualTo("app/pod.yaml");
        assertThat(own.path()).isEqualTo("/spec/containers/0/volumeMounts/0/name");
        assertThat(own.span().line()).isEqualTo(10);
        assertThat(own.related()).isEmpty();

        Finding injected = findings.get(1);
        YamlNode presetName = presets.get(0).nodeAt("/spec/volumeMounts/0/name");
        assertThat(injected.file()).isEqualTo("presets/cache.yaml");
        assertThat(injected.kind()).isEqualTo("PodPreset");
        assertThat(injected.path()).isEqualTo("/spec/volumeMounts/0/name");
        assertThat(injected.span()).isEqualTo(presetName.span());
        assertThat(injected.span().line()).isEqualTo(8);
        assertThat(injected.related()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("app/pod.yaml");
            assertThat(r.span().line()).isEqualTo(4);
            assertThat(r.message()).contains("Pod \"web\"", "PodPreset \"cache\"");
        });
        YamlNode injectedNode = merged.asDocument().nodeAt("/spec/containers/0/volumeMounts/1/name");
        assertThat(merged.originOf(injectedNode)).isSameAs(presets.get(0));
        assertThat(merged.pointerOf(injectedNode)).isEqualTo("/spec/volumeMounts/0/name");
        assertThat(merged.originOf(merged.asDocument().nodeAt("/spec/containers/0/image")))
                .isSameAs(pods.get(0));
    }

    @Test
    void mergedPodCheckReportsOnlyWhatThePresetsAdded() throws IOException {
        RuleCatalog catalog = testCatalog();
        List<Document> documents = new ArrayList<>(Manifests.load("presets.yaml", """
                apiVersion: settings.k8s.io/v1alpha1
                kind: PodPreset
                metadata:
                  name: cache
                spec:
                  selector:
                    matchLabels:
                      cache: "on"
                  volumeMounts:
                    - name: cache-volume
                      mountPath: /cache
                """));
        documents.addAll(
                Manifests.load("pods.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: selected
                  labels:
                    cache: "on"
                """ + SPEC_MOUNTING_UNDECLARED_DATA + """
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: not-selected
                """ + SPEC_MOUNTING_UNDECLARED_DATA));
        PresetCheck check = new PresetCheck(catalog, "default", false, List.of(new MountNeedsVolume()));
        assertThat(documents).allMatch(check::wants);
        CollectingSink sink = new CollectingSink(catalog);
        check.check(documents, sink);
        assertThat(sink.findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("presets.yaml");
            assertThat(f.span().line()).isEqualTo(10);
            assertThat(f.message()).contains("cache-volume");
            assertThat(f.related())
                    .singleElement()
                    .satisfies(r -> assertThat(r.message()).contains("\"selected\""));
        });
    }

    private RuleCatalog testCatalog() throws IOException {
        Files.writeString(rules.resolve("test-mount-volume.yaml"), """
                id: test-mount-volume
                severity: error
                category: test
                summary: a test rule
                check: java:test
                """);
        return RuleCatalog.load(List.of(rules));
    }

    @Test
    void theAnnotationComesFromThePreset() {
        List<Document> documents =
                Manifests.load("all.yaml", PresetMergerTest.ALLOW_DATABASE + PresetMergerTest.pod(""));
        MergeOutcome outcome =
                PresetMerger.merge(PodTarget.of(documents.get(1), "default"), Manifests.presets(documents));
        YamlNode value = outcome.merged()
                .asDocument()
                .nodeAt("/metadata/annotations/podpreset.admission.kubernetes.io~1podpreset-allow-database");
        assertThat(value).isNotNull();
        assertThat(outcome.merged().originOf(value)).isSameAs(documents.get(0));
    }
}
