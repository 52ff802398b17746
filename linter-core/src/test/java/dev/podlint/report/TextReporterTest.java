package dev.podlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.source.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReporterTest {

    @Test
    void aFindingEndsWithItsRulesHintTheFixOfItsRuleFile() throws IOException {
        RuleDefinition liveness = RuleCatalog.builtIn().get("liveness-probe-missing");
        assertThat(liveness.fix()).isNotEmpty();
        Finding finding = new Finding(
                liveness.id(),
                Severity.WARNING,
                "container 'web' has no livenessProbe",
                "k8s/app.yaml",
                0,
                "Deployment",
                "web",
                null,
                "/spec/template/spec/containers/0",
                new Span(9, 9, 9, 13),
                List.of(),
                null);
        SourceExcerpts excerpts = new SourceExcerpts();
        excerpts.put("k8s/app.yaml", 9, "      - name: web");
        StringWriter out = new StringWriter();
        new TextReporter(false)
                .write(
                        new Report(
                                List.of(finding),
                                List.of(),
                                new Summary(1, 1, 0, 1, 0, 0),
                                List.of(liveness),
                                excerpts),
                        out);
        assertThat(out.toString().lines().toList())
                .containsExactly(
                        "k8s/app.yaml:9:9: warning liveness-probe-missing container 'web' has no livenessProbe",
                        " 9 |       - name: web",
                        "   |         ^~~~",
                        "    hint: " + liveness.fix(),
                        "podlint: 0 errors, 1 warning, 0 infos in 1 file (1 document)");
    }

    @Test
    void aRuleWithoutAFixGetsNoHintLine() throws IOException {
        StringWriter out = new StringWriter();
        new TextReporter(false).write(SarifSamples.everyFeature(), out);
        assertThat(out.toString()).contains("duplicate-key").doesNotContain("hint:");
    }
}
