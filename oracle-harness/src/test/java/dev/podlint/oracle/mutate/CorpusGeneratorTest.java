package dev.podlint.oracle.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.oracle.mutate.CorpusGenerator.Document;
import dev.podlint.oracle.mutate.CorpusGenerator.Generated;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final CorpusGenerator GENERATOR = CorpusGenerator.bundled();

    @Test
    void theSameSeedMakesTheSameCorpus() {
        List<Document> a = GENERATOR.generate(300, 7);
        List<Document> b = GENERATOR.generate(300, 7);
        assertThat(a).isEqualTo(b);
        assertThat(GENERATOR.generate(300, 8)).isNotEqualTo(a);
    }

    @Test
    void documentsAreDistinctAndNamedForTheirMutation() {
        List<Document> docs = GENERATOR.generate(2000, CorpusGenerator.DEFAULT_SEED);
        assertThat(docs.stream().map(Document::text).distinct().count()).isEqualTo(2000);
        assertThat(docs.get(0).meta().file()).matches("00001-[a-z]+-[a-z0-9+-]+\\.(yaml|json)");
        for (Document d : docs) {
            Generated g = d.meta();
            assertThat(g.file()).contains("-" + g.kind().toLowerCase() + "-" + g.mutationId() + ".");
            assertThat(g.description()).isNotBlank();
        }
    }

    @Test
    void aboutFifteenPercentAreHarmlessAndSomeHaveTwoMistakes() {
        List<Document> docs = GENERATOR.generate(4000, CorpusGenerator.DEFAULT_SEED);
        long harmless =
                docs.stream().filter(d -> d.meta().intent() == Intent.ACCEPT).count();
        long twice =
                docs.stream().filter(d -> d.meta().mutationId().contains("+")).count();
        assertThat(harmless).isBetween(480L, 720L);
        assertThat(twice).isBetween(100L, 400L);
    }

    @Test
    void everyMutationIsUsedAndEveryKindIsCovered() {
        List<Document> docs = GENERATOR.generate(CorpusGenerator.DEFAULT_COUNT, CorpusGenerator.DEFAULT_SEED);
        Set<String> used = docs.stream()
                .flatMap(d -> Set.of(d.meta().mutationId().split("\\+")).stream())
                .collect(Collectors.toSet());
        assertThat(used).containsAll(Mutations.all().stream().map(Mutation::id).toList());
        assertThat(docs.stream().map(d -> d.meta().kind()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "Pod",
                        "PodTemplate",
                        "Deployment",
                        "ReplicaSet",
                        "ReplicationController",
                        "StatefulSet",
                        "DaemonSet",
                        "Job",
                        "CronJob",
                        "Secret",
                        "ConfigMap",
                        "Service",
                        "ServiceAccount",
                        "Namespace",
                        "PersistentVolumeClaim",
                        "PersistentVolume",
                        "StorageClass",
                        "Role",
                        "ClusterRole",
                        "RoleBinding",
                        "ClusterRoleBinding",
                        "PriorityClass",
                        "ResourceQuota",
                        "LimitRange",
                        "PodDisruptionBudget",
                        "HorizontalPodAutoscaler",
                        "Ingress",
                        "IngressClass",
                        "NetworkPolicy",
                        "RuntimeClass",
                        "Lease",
                        "EndpointSlice",
                        "ValidatingWebhookConfiguration",
                        "MutatingWebhookConfiguration",
                        "Endpoints",
                        "CSIDriver",
                        "PriorityLevelConfiguration",
                        "FlowSchema");
    }

    @Test
    void theSeedsHaveNoErrorAndHarmlessChangesAddNone(@TempDir Path dir) throws Exception {
        for (Seed seed : SeedReader.bundled()) {
            Files.writeString(dir.resolve(seed.name() + ".yaml"), YamlText.yaml(seed.root()));
        }
        assertThat(errors(dir)).isEmpty();

        Path harmless = Files.createDirectory(dir.resolve("harmless"));
        GENERATOR.generate(1500, 3).stream()
                .filter(d -> d.meta().intent() == Intent.ACCEPT)
                .forEach(d -> write(harmless.resolve(d.meta().file()), d.text()));
        // probe-port-undeclared is a kubelet rule: a harmless change must not trip it either
        assertThat(errors(harmless)).isEmpty();
    }

    @Test
    void theManifestListsEveryFile(@TempDir Path dir) throws Exception {
        int drops = GENERATOR.fieldDrops(1, 5).size();
        List<Generated> written = GENERATOR.write(dir, 120, 5);
        assertThat(CorpusGenerator.readManifest(dir.resolve(CorpusGenerator.MANIFEST)))
                .isEqualTo(written);
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(120 + drops + 1);
        }
        GENERATOR.write(dir, 60, 5);
        try (var files = Files.list(dir)) {
            assertThat(files.count())
                    .as("a second run replaces the files of the first")
                    .isEqualTo(60 + drops + 1);
        }
    }

    private static List<String> errors(Path dir) {
        Linter linter =
                Linter.create(LintOptions.builder().workingDirectory(dir).build());
        List<Finding> findings = linter.lint(List.of(dir.toString()), new ByteArrayInputStream(new byte[0]))
                .findings();
        return findings.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.file() + ":" + f.span().line() + " " + f.ruleId() + " " + f.message())
                .toList();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
