package dev.podlint.corpus;

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
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over the real-world corpus (../shared/corpus, absent on a fresh clone: then skipped),
 * {@code yaml-syntax} is reported exactly for the files the corpus index says do not parse.
 */
class CorpusLoadingTest {

    @Test
    void yamlSyntaxOnlyForTheFilesThatReallyAreBroken() throws Exception {
        assumeTrue(TestPaths.sharedAvailable(), "../shared/corpus is not here");
        Path corpus = TestPaths.shared().resolve("corpus");
        JsonNode index = JsonMapper.builder().build().readTree(corpus.resolve("index.json").toFile());
        Set<String> broken = new TreeSet<>();
        int indexed = 0;
        for (JsonNode file : index.get("files")) {
            indexed++;
            if (!file.get("parse_ok").asBoolean()) {
                broken.add(file.get("corpus_path").asString());
            }
        }
        Report report = Linter.create(LintOptions.builder().workingDirectory(corpus).build())
                .lint(List.of(corpus.toString()), new ByteArrayInputStream(new byte[0]));

        Set<String> reported = report.findings().stream().filter(f -> f.ruleId().equals(Linter.YAML_SYNTAX))
                .map(f -> f.file()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(reported).isEqualTo(broken).hasSize(2);
        assertThat(report.summary().files()).isGreaterThanOrEqualTo(indexed);
        assertThat(report.notifications()).isEmpty();
    }
}
