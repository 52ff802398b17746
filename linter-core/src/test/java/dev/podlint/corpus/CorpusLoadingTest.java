package dev.podlint.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.fixtures.TestPaths;
import dev.podlint.report.Report;
import dev.podlint.source.SkippedFile;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over the real-world corpus (../shared/corpus, absent on a fresh clone: then skipped),
 * {@code yaml-syntax} is reported exactly for the files the corpus index says do not parse, but for
 * those kubectl reads otherwise.
 */
class CorpusLoadingTest {

    /**
     * kubectl's go-yaml reads only the first YAML document of each '---' piece: this file's first
     * document is the plain scalar "--", so the broken line after it is never parsed, and the
     * document is refused for being a string, not an object (checked with the oracle).
     */
    private static final String READ_AS_A_STRING = "FairwindsOps__polaris/pkg/kube/test_files/test_3/bad.yaml";

    private static final String NOT_KUBERNETES = "yannh__kubeconform/fixtures/missing_kind.yaml";

    @Test
    void yamlSyntaxOnlyForTheFilesThatReallyAreBroken() throws Exception {
        assumeTrue(TestPaths.sharedAvailable(), "../shared/corpus is not here");
        Path corpus = TestPaths.shared().resolve("corpus");
        JsonNode index = JsonMapper.builder()
                .build()
                .readTree(corpus.resolve("index.json").toFile());
        Set<String> broken = new TreeSet<>();
        Set<String> indexedPaths = new TreeSet<>();
        int indexed = 0;
        for (JsonNode file : index.get("files")) {
            indexed++;
            indexedPaths.add(file.get("corpus_path").asString());
            if (!file.get("parse_ok").asBoolean()) {
                broken.add(file.get("corpus_path").asString());
            }
        }
        Report report = Linter.create(
                        LintOptions.builder().workingDirectory(corpus).build())
                .lint(List.of(corpus.toString()), new ByteArrayInputStream(new byte[0]));

        Set<String> reported = report.findings().stream()
                .filter(f -> f.ruleId().equals(Linter.YAML_SYNTAX))
                .map(f -> f.file())
                .collect(Collectors.toCollection(TreeSet::new));
        broken.remove(READ_AS_A_STRING);
        assertThat(reported).isEqualTo(broken).hasSize(1);
        assertThat(report.findings())
                .filteredOn(f -> f.file().equals(READ_AS_A_STRING))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("schema");
                    assertThat(f.message()).contains("this document is a string");
                });
        // The one indexed file a folder walk leaves out: "key: value", plainly not Kubernetes.
        assertThat(report.summary().skippedFiles())
                .extracting(SkippedFile::path)
                .filteredOn(indexedPaths::contains)
                .containsExactly(NOT_KUBERNETES);
        assertThat(report.summary().files() + 1).isGreaterThanOrEqualTo(indexed);
        assertThat(report.notifications()).isEmpty();
    }
}
