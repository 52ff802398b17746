package dev.podlint.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.fixtures.TestPaths;
import dev.podlint.report.Report;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The real-world release manifests of ../shared/corpus (absent on a fresh clone: then skipped) are
 * accepted by the API server, so the API-validation rules find nothing in them (apply-too-large, a
 * warning, finds argo-cd's ApplicationSet CRD, which argo-cd installs with --server-side). The archived
 * Kubernetes examples (removed APIs) and the linters' own test fixtures (broken on purpose) are
 * left out.
 */
class ApiValidationCorpusTest {

    private static final Set<String> RULES = Set.of(
            "object-name",
            "label-invalid",
            "annotation-invalid",
            "metadata-invalid",
            "selector-invalid",
            "workload-invalid",
            "job-invalid",
            "cronjob-invalid",
            "service-invalid");

    @Test
    void releaseManifestsRaiseNoApiValidationFinding() {
        assumeTrue(TestPaths.sharedAvailable(), "../shared/corpus is not here");
        Path corpus = TestPaths.shared().resolve("corpus");
        List<String> paths = List.of(
                        "GoogleCloudPlatform__microservices-demo",
                        "argoproj__argo-cd",
                        "istio__istio",
                        "kubernetes__website",
                        "kubernetes__examples")
                .stream()
                .map(p -> corpus.resolve(p).toString())
                .toList();
        Report report = Linter.create(
                        LintOptions.builder().workingDirectory(corpus).build())
                .lint(paths, new ByteArrayInputStream(new byte[0]));
        assertThat(report.summary().documents()).isGreaterThan(500);
        assertThat(report.findings())
                .filteredOn(f -> RULES.contains(f.ruleId()))
                .filteredOn(f -> !f.file().contains("/_archived/"))
                .extracting(f -> f.file() + ":" + f.span().line() + " " + f.ruleId() + " " + f.message())
                .isEmpty();
    }
}
