package dev.podlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneFindingPerProblemTest {

    private static Finding finding(String rule, Severity severity, int document, String path) {
        return new Finding(
                rule,
                severity,
                rule + " at " + path,
                "a.yaml",
                document,
                "Pod",
                "p",
                null,
                path,
                Span.point(3, 5),
                List.of(),
                null);
    }

    private static final Finding SCHEMA = finding("schema", Severity.ERROR, 0, "/spec/x");

    @Test
    void aRuleFindingAsSevereAtTheSameNodeTakesThePlaceOfTheSchemaFinding() {
        Finding rule = finding("probe-invalid", Severity.ERROR, 0, "/spec/x");
        assertThat(OneFindingPerProblem.apply(List.of(SCHEMA, rule))).containsExactly(rule);
        Finding overridden = finding("schema", Severity.WARNING, 0, "/spec/x");
        assertThat(OneFindingPerProblem.apply(List.of(overridden, rule))).containsExactly(rule);
    }

    @Test
    void theSchemaFindingStaysBesideALesserFindingAnotherNodeOrDocumentOrTheLoadersFinding() {
        Finding warning = finding("probe-invalid", Severity.WARNING, 0, "/spec/x");
        Finding child = finding("probe-invalid", Severity.ERROR, 0, "/spec/x/y");
        Finding otherDocument = finding("probe-invalid", Severity.ERROR, 1, "/spec/x");
        Finding duplicateKey = finding("duplicate-key", Severity.ERROR, 0, "/spec/x");
        for (Finding other : List.of(warning, child, otherDocument, duplicateKey)) {
            assertThat(OneFindingPerProblem.apply(List.of(SCHEMA, other))).containsExactly(SCHEMA, other);
        }
    }
}
