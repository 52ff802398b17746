package dev.podlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.source.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    @Test
    void oneWorkflowCommandPerUnsuppressedFindingThenNotificationsAndTheSummary() throws IOException {
        StringWriter out = new StringWriter();
        new GithubReporter().write(SarifSamples.everyFeature(), out);
        assertThat(out.toString().lines().toList())
                .containsExactly(
                        "::error file=/outside/the tree.yaml,line=3,col=1,endLine=3,endColumn=2,title=yaml-syntax"
                                + "::invalid YAML: unexpected end of stream",
                        "::error file=k8s/app config/ünïcode%2C#1.yaml,line=9,col=3,endLine=9,endColumn=7,title=duplicate-key"
                                + "::duplicate key \"mode\" (also at line 7); kubectl apply keeps this last value and silently drops the one at line 7",
                        "::error file=k8s/locked.yaml,title=podlint::cannot read: permission denied",
                        "::warning title=podlint::symbolic link loop, not followed",
                        "podlint: 2 errors, 0 warnings, 0 infos in 3 files (4 documents), 2 suppressed");
    }

    @Test
    void warningsAndInfosBecomeWarningAndNoticeCommands() throws IOException {
        List<Finding> findings = List.of(
                new Finding(
                        "duplicate-key",
                        Severity.WARNING,
                        "w",
                        "a.yaml",
                        0,
                        null,
                        null,
                        null,
                        "",
                        Span.point(1, 1),
                        List.of(),
                        null),
                new Finding(
                        "yaml-syntax",
                        Severity.INFO,
                        "i",
                        "a.yaml",
                        0,
                        null,
                        null,
                        null,
                        "",
                        Span.point(2, 1),
                        List.of(),
                        null));
        StringWriter out = new StringWriter();
        new GithubReporter()
                .write(
                        new Report(findings, List.of(), new Summary(1, 1, 0, 1, 1, 0), List.of(), new SourceExcerpts()),
                        out);
        assertThat(out.toString()
                        .lines()
                        .map(l -> l.substring(0, l.indexOf(' ')))
                        .toList())
                .containsExactly("::warning", "::notice", "podlint:");
    }

    @Test
    void messagesAndPropertiesAreEscapedAsGithubDocuments() {
        assertThat(GithubReporter.data("100% sure\r\nnext: a,b")).isEqualTo("100%25 sure%0D%0Anext: a,b");
        assertThat(GithubReporter.property("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
    }
}
