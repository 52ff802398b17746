package dev.podlint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.podlint.fixtures.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The YAML-bomb bound counts each node of the expanded tree once: a large, deep document without
 * aliases (a big CRD) is not a bomb, however its nodes are nested.
 */
class ExpandedNodeCountTest {

    @Test
    void aDeepDocumentWithoutAliasesCountsEachNodeOnce() {
        // 20,000 entries 20 levels down: about 40,000 nodes (keys and values), over 800,000 if each counted its depth
        StringBuilder yaml = new StringBuilder();
        String indent = "";
        for (int level = 0; level < 20; level++) {
            yaml.append(indent).append("l").append(level).append(":\n");
            indent += "  ";
        }
        for (int i = 0; i < 20_000; i++) {
            yaml.append(indent).append("k").append(i).append(": v\n");
        }
        ManifestLoader loader = new ManifestLoader(new YamlLimits(64L << 20, 1000, 10_000, 50_000));
        assertThat(loader.loadText("crd.yaml", yaml.toString()).problems()).isEmpty();
        ManifestLoader tighter = new ManifestLoader(new YamlLimits(64L << 20, 1000, 10_000, 30_000));
        assertThat(tighter.loadText("crd.yaml", yaml.toString()).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("expands to more than 30000 nodes"));
    }

    @Test
    void argoCdsApplicationSetCrdIsNoYamlBomb() throws Exception {
        Path install = TestPaths.shared().resolve("corpus/argoproj__argo-cd/manifests/install.yaml");
        assumeTrue(Files.isRegularFile(install), "../shared/corpus is absent");
        LoadedFile loaded = new ManifestLoader().load("install.yaml", Files.readAllBytes(install));
        assertThat(loaded.documents()).anySatisfy(d -> assertThat(d.name()).isEqualTo("applicationsets.argoproj.io"));
        assertThat(loaded.problems()).isEmpty();
    }
}
