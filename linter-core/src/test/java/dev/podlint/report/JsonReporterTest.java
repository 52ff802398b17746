package dev.podlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Outcome;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReporterTest {

    private static JsonNode json(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReporter("1.2.3").write(report, out);
        return JsonMapper.builder().build().readTree(out.toString());
    }

    private static List<String> keys(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }

    @Test
    void theRunsProblemsAndTheSuppressedCountAreKeysAddedToVersion1() throws IOException {
        JsonNode json = json(SarifSamples.everyFeature());
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(keys(json))
                .containsExactly("version", "tool", "findings", "notifications", "skippedFiles", "summary");
        assertThat(json.get("findings")).hasSize(2);
        JsonNode notifications = json.get("notifications");
        assertThat(notifications).hasSize(2);
        assertThat(keys(notifications.get(0))).containsExactly("error", "file", "message");
        assertThat(notifications.get(0).get("error").asBoolean()).isTrue();
        assertThat(notifications.get(0).get("file").asString()).isEqualTo("k8s/locked.yaml");
        assertThat(notifications.get(0).get("message").asString()).isEqualTo("cannot read: permission denied");
        assertThat(notifications.get(1).get("error").asBoolean()).isFalse();
        assertThat(notifications.get(1).get("file").isNull()).isTrue();
        assertThat(keys(json.get("summary")))
                .containsExactly(
                        "files",
                        "documents",
                        "errors",
                        "warnings",
                        "infos",
                        "suppressed",
                        "skipped",
                        "leftOut",
                        "config",
                        "skippedFiles");
        assertThat(json.get("summary").get("suppressed").asInt()).isEqualTo(2);
    }

    @Test
    void aFindingsOutcomeIsWrittenOnlyWhenItHasOne() throws IOException {
        Report sample = SarifSamples.everyFeature();
        List<Finding> findings =
                List.of(sample.findings().get(0), sample.findings().get(1).withOutcome(Outcome.PODS_REJECTED));
        JsonNode json =
                json(new Report(findings, sample.notifications(), sample.summary(), sample.rules(), sample.excerpts()));
        assertThat(json.get("findings").get(0).has("outcome")).isFalse();
        assertThat(json.get("findings").get(1).get("outcome").asString()).isEqualTo("pods-rejected");
    }
}
