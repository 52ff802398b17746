package dev.podlint.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.fixtures.RequiredTools;
import dev.podlint.fixtures.TestPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema checks on the real-world corpus in ../shared/corpus (skipped when absent): no false
 * alarm on release manifests, and per-resource agreement with kubeconform's verdicts but for a pinned list.
 */
class CorpusSchemaTest {

    private static final Set<String> LOADING_AND_SCHEMA = Set.of("schema", "yaml-syntax", "duplicate-key");
    private static final List<String> RELEASE_MANIFESTS = List.of(
            "argoproj__argo-cd",
            "istio__istio/samples",
            "GoogleCloudPlatform__microservices-demo",
            "kubernetes__website");
    /** The old batch/v1beta1 copy of the CronJob example: invalid on 1.32 on purpose. */
    private static final String OLD_CRONJOB = "kubernetes__website/content/en/examples/application/job/cronjob.yaml";

    private static Path corpus() {
        return TestPaths.shared().resolve("corpus");
    }

    /** The projects' own CRDs: their custom resources in the release manifests are validated too. */
    private static final List<String> RELEASE_CRDS = List.of(
            "istio__istio/manifests/charts/base/files/crd-all.gen.yaml", "argoproj__argo-cd/manifests/install.yaml");

    /** The groups those CRDs define (IstioOperator, say, has no CRD there and stays unknown). */
    private static final List<String> CRD_GROUPS =
            List.of("networking.istio.io", "security.istio.io", "telemetry.istio.io", "argoproj.io");

    private static List<Finding> lint(List<String> paths) {
        return lint(paths, List.of());
    }

    private static List<Finding> lint(List<String> paths, List<String> crds) {
        LintOptions.Builder options =
                LintOptions.builder().workingDirectory(corpus()).kubernetesVersion("1.32");
        crds.forEach(options::crd);
        Linter linter = Linter.create(options.build());
        var report = linter.lint(paths, new ByteArrayInputStream(new byte[0]));
        assertThat(report.notifications()).as("notifications").isEmpty();
        return report.findings();
    }

    @Test
    void releaseManifestsAndTheirCustomResourcesHaveNoSchemaOrLoadingFindings() {
        assumeTrue(TestPaths.sharedAvailable(), "../shared/corpus is absent");
        List<Finding> all = lint(RELEASE_MANIFESTS, RELEASE_CRDS);
        // the CRDs were used: none of the custom resources of istio and argo-cd is left without a schema
        assertThat(all)
                .filteredOn(f -> f.ruleId().equals(SchemaCheck.UNKNOWN_KIND))
                .noneMatch(
                        f -> CRD_GROUPS.stream().anyMatch(group -> f.message().contains(" " + group + "/")));
        List<Finding> findings = all.stream()
                .filter(f -> LOADING_AND_SCHEMA.contains(f.ruleId()))
                .filter(f -> !f.file().equals(OLD_CRONJOB))
                .toList();
        assertThat(findings).as("findings:%n%s", describe(findings)).isEmpty();
    }

    /**
     * The CRDs kubeconform's schema set had for custom resources in the corpus (prometheus-operator's),
     * written by {@code .ci/peer-crds} (which .ci/run calls); absent elsewhere.
     */
    private static Path peerCrds() {
        return TestPaths.repoRoot().resolve(".ci/.tools/peer-crds");
    }

    /**
     * The resources on which podlint and kubeconform disagree, pinned: a new disagreement fails, and so does a
     * listed one that is gone. The agreement percentages are printed, not asserted: the list is the contract.
     */
    @Test
    void disagreesWithKubeconformOnExactlyThePinnedResources() throws IOException {
        assumeTrue(TestPaths.sharedAvailable(), "../shared/corpus is absent");
        List<String> sources;
        try (Stream<Path> children = Files.list(corpus())) {
            sources = children.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("expectations"))
                    .sorted()
                    .toList();
        }
        boolean peerCrds = Files.isDirectory(peerCrds());
        RequiredTools.presentIfRequired(
                peerCrds, "no prometheus-operator CRDs at " + peerCrds() + " (.ci/peer-crds writes them)");
        KubeconformComparison comparison = KubeconformComparison.compare(
                corpus(),
                corpus().resolve("expectations/peer-kubeconform-v1.32.2-strict.json"),
                lint(sources, peerCrds ? List.of(peerCrds().toString()) : List.of()));
        String summary = (peerCrds
                        ? "with the prometheus-operator CRDs of .ci/peer-crds (--crd)\n"
                        : "without .ci/peer-crds: only the bundled schemas\n")
                + comparison.summary();
        System.out.println(summary);
        Path out = Path.of("target", "corpus-kubeconform-disagreements.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                summary + "\nas " + PINNED + " states them:\n" + String.join("\n", comparison.pinnedLines()) + "\n");
        assertThat(comparison.pinnedLines())
                .as(
                        "disagreements with kubeconform (%s lists them; new ones are not"
                                + " found there, gone ones are not expected)%n%s",
                        PINNED, summary)
                .containsExactlyInAnyOrderElementsOf(pinned(peerCrds));
    }

    private static final String PINNED = "kubeconform-disagreements.txt";
    private static final String WITHOUT_PEER_CRDS = "without-peer-crds: ";

    /**
     * The pinned list: one line per disagreement, "# ..." comments; a line marked {@code without-peer-crds:}
     * holds only when podlint is not given .ci/peer-crds.
     */
    private static List<String> pinned(boolean peerCrds) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = CorpusSchemaTest.class.getResourceAsStream(PINNED)) {
            assertThat(in).as(PINNED).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith(WITHOUT_PEER_CRDS)) {
                    if (peerCrds) {
                        continue;
                    }
                    entry = entry.substring(WITHOUT_PEER_CRDS.length());
                }
                lines.add(entry);
            }
        }
        return lines;
    }

    private static String describe(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        findings.forEach(f -> sb.append("  ")
                .append(f.file())
                .append(':')
                .append(f.span().line())
                .append(' ')
                .append(f.ruleId())
                .append(' ')
                .append(f.message())
                .append('\n'));
        return sb.toString();
    }
}
