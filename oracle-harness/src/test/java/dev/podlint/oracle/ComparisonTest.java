package dev.podlint.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Outcome;
import dev.podlint.finding.Severity;
import dev.podlint.oracle.Comparison.Compared;
import dev.podlint.oracle.Comparison.Verdict;
import dev.podlint.oracle.FieldPaths.Relation;
import dev.podlint.source.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final Path ROOT = Path.of("/corpus").toAbsolutePath();

    private static OracleObject object(
            String file, int item, int line, int endLine, Boolean accepted, String... fieldErrors) {
        String errors = String.join(
                ",",
                java.util.Arrays.stream(fieldErrors)
                        .map(f -> "{\"stage\":\"validate\",\"type\":\"FieldValueInvalid\",\"field\":\"" + f
                                + "\",\"detail\":\"bad\"}")
                        .toList());
        return OracleObject.parse(
                "{\"file\":\"" + ROOT.resolve(file) + "\",\"document\":0,\"item\":" + item + ",\"line\":" + line
                        + ",\"endLine\":" + endLine
                        + ",\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"name\":\"p\",\"supported\":true,"
                        + "\"accepted\":" + accepted + ",\"errors\":[" + errors + "]}");
    }

    private static Finding finding(String file, String rule, Severity severity, String pointer, int line) {
        return new Finding(
                rule, severity, "message", file, 0, "Pod", "p", null, pointer, Span.point(line, 1), List.of(), null);
    }

    @Test
    void verdictsByLineRange() {
        List<OracleObject> objects = List.of(
                object("a.yaml", -1, 1, 10, false, "spec.containers[0].ports[0].name"),
                object("a.yaml", -1, 11, 20, true),
                object("a.yaml", -1, 21, 30, false, "metadata.name"),
                object("a.yaml", -1, 31, 40, true));
        List<Finding> findings = List.of(
                finding("a.yaml", "schema", Severity.ERROR, "/spec/containers/0/ports/0/name", 8),
                finding("a.yaml", "probe-invalid", Severity.ERROR, "/spec/containers/0/livenessProbe", 15),
                finding("a.yaml", "liveness-probe-missing", Severity.WARNING, "/spec/containers/0", 25),
                finding(
                        "a.yaml",
                        "probe-port-undeclared",
                        Severity.ERROR,
                        "/spec/containers/0/livenessProbe/httpGet/port",
                        35));
        List<Compared> compared = Comparison.compare("t", ROOT, objects, findings, Map.of());
        assertThat(compared)
                .extracting(Compared::verdict)
                .containsExactly(Verdict.BOTH_REJECT, Verdict.PODLINT_ONLY, Verdict.ORACLE_ONLY, Verdict.BOTH_ACCEPT);
        assertThat(compared.get(0).matches())
                .extracting(Comparison.ErrorMatch::relation)
                .containsExactly(Relation.EQUAL);
        assertThat(compared.get(3).justified()).extracting(Finding::ruleId).containsExactly("probe-port-undeclared");
        assertThat(compared.get(3).rejecting()).isEmpty();
    }

    @Test
    void anOutcomeOrARuleThatClaimsNoRejectionIsJustifiedWhateverTheMessageSays() {
        List<OracleObject> objects = List.of(
                object("a.yaml", -1, 1, 10, true),
                object("a.yaml", -1, 11, 20, true),
                object("a.yaml", -1, 21, 30, true));
        Finding podsRejected = finding("a.yaml", "port-invalid", Severity.ERROR, "/spec/template/spec/containers/0", 5)
                .withOutcome(Outcome.PODS_REJECTED);
        Finding saysAccepted = new Finding(
                "port-invalid",
                Severity.ERROR,
                "kubectl apply accepts the StatefulSet",
                "a.yaml",
                0,
                "Pod",
                "p",
                null,
                "/spec",
                Span.point(15, 1),
                List.of(),
                null);
        List<Finding> findings = List.of(
                podsRejected,
                saysAccepted,
                finding("a.yaml", "annotation-not-string", Severity.ERROR, "/metadata/annotations/a", 25));
        List<Compared> compared = Comparison.compare("t", ROOT, objects, findings, Map.of());
        assertThat(compared)
                .extracting(Compared::verdict)
                .containsExactly(Verdict.BOTH_ACCEPT, Verdict.PODLINT_ONLY, Verdict.BOTH_ACCEPT);
        assertThat(Rejections.notARejection(podsRejected))
                .hasValueSatisfying(r -> assertThat(r).contains("pods-rejected"));
    }

    @Test
    void listItemsTakeTheFindingsUnderTheirItemsPointer() {
        List<OracleObject> objects = List.of(
                object("list.yaml", 0, 1, 30, true), object("list.yaml", 1, 1, 30, false, "spec.containers[0].image"));
        List<Finding> findings =
                List.of(finding("list.yaml", "schema", Severity.ERROR, "/items/1/spec/containers/0", 20));
        List<Compared> compared = Comparison.compare("t", ROOT, objects, findings, Map.of());
        assertThat(compared).extracting(Compared::verdict).containsExactly(Verdict.BOTH_ACCEPT, Verdict.BOTH_REJECT);
        assertThat(compared.get(1).matches())
                .extracting(Comparison.ErrorMatch::relation)
                .containsExactly(Relation.OVER);
    }

    @Test
    void theNearestFindingDecidesTheFieldMatch() {
        List<OracleObject> objects = List.of(object(
                "b.yaml", -1, 1, 50, false, "spec.volumes[1].configMap.defaultMode", "spec.containers[0].image"));
        List<Finding> findings = List.of(
                finding("b.yaml", "schema", Severity.ERROR, "/spec/volumes/1", 30),
                finding("b.yaml", "schema", Severity.ERROR, "/spec/volumes/1/configMap/defaultMode", 31));
        Compared c = Comparison.compare("t", ROOT, objects, findings, Map.of()).get(0);
        assertThat(c.matches())
                .extracting(Comparison.ErrorMatch::relation)
                .containsExactly(Relation.EQUAL, Relation.NONE);
        Tally tally = new Tally();
        tally.add(c);
        assertThat(tally.fieldMatchText()).isEqualTo("50.0% (50.0% exact)");
    }

    @Test
    void unsupportedObjectsAndOtherInputsAreLeftOut() {
        OracleObject crd = OracleObject.parse("{\"file\":\"" + ROOT.resolve("c.yaml") + "\",\"document\":0,\"item\":-1,"
                + "\"line\":1,\"endLine\":5,\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"name\":\"w\","
                + "\"supported\":false,\"accepted\":null,\"errors\":[]}");
        OracleObject elsewhere =
                OracleObject.parse("{\"file\":\"/elsewhere/d.yaml\",\"document\":0,\"item\":-1,\"line\":1,"
                        + "\"endLine\":5,\"kind\":\"Pod\",\"supported\":true,\"accepted\":true,\"errors\":[]}");
        assertThat(Comparison.compare("t", ROOT, List.of(crd, elsewhere), List.of(), Map.of()))
                .isEmpty();
    }

    @Test
    void errorPatternsGeneraliseIndexesKeysAndThePodSpecsPlace() {
        var e = new OracleObject.OracleError(
                "validate",
                "FieldValueInvalid",
                "spec.jobTemplate.spec.template.spec.containers[1].env[0].valueFrom",
                "x",
                null);
        assertThat(ReportWriter.errorPattern(e))
                .isEqualTo("validate FieldValueInvalid (pod spec).containers[*].env[*].valueFrom");
        var label = new OracleObject.OracleError(
                "validate", "FieldValueInvalid", "metadata.labels[app.kubernetes.io/x]", "x", null);
        assertThat(ReportWriter.errorPattern(label)).isEqualTo("validate FieldValueInvalid metadata.labels[*]");
    }

    @Test
    void aMountsNotFoundBesideAVolumesErrorIsNoKindOfItsOwn() {
        OracleObject pod = OracleObject.parse(
                "{\"file\":\"" + ROOT.resolve("e.yaml") + "\",\"document\":0,\"item\":-1,"
                        + "\"line\":1,\"endLine\":9,\"kind\":\"Pod\",\"supported\":true,\"accepted\":false,\"errors\":["
                        + "{\"stage\":\"validate\",\"type\":\"FieldValueInvalid\",\"field\":\"spec.volumes[0].configMap.defaultMode\",\"detail\":\"x\"},"
                        + "{\"stage\":\"validate\",\"type\":\"FieldValueNotFound\",\"field\":\"spec.containers[0].volumeMounts[0].name\",\"detail\":\"y\"}]}");
        List<Compared> compared = Comparison.compare("t", ROOT, List.of(pod), List.of(), Map.of());
        assertThat(ReportWriter.oracleOnlyKinds(compared).keySet())
                .containsExactly("validate FieldValueInvalid (pod spec).volumes[*].configMap.defaultMode");
    }

    @Test
    void theRatchetRoundsDown() {
        assertThat(Ratchet.roundedDown(0.45987)).isEqualTo("45.9");
        assertThat(Ratchet.roundedDown(0.5)).isEqualTo("50.0");
    }
}
