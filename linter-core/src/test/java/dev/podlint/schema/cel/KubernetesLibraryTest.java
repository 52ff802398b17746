package dev.podlint.schema.cel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.JsonNodeFactory;

/** Kubernetes' CEL functions as podlint has them, each expression true as cel-go's library makes it. */
class KubernetesLibraryTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "isURL('https://storage.example.com/logs?region=eu')",
                "isURL('/just/a/path')",
                "!isURL('storage.example.com')",
                "!isURL('mailto:someone@example.com')",
                "!isURL('https://bad host/')",
                "url('https://h.example:8080/p%20q?a=1&a=2&b').getScheme() == 'https'",
                "url('https://h.example:8080/p%20q?a=1&a=2&b').getHost() == 'h.example:8080'",
                "url('https://h.example:8080/p%20q?a=1&a=2&b').getHostname() == 'h.example'",
                "url('https://h.example:8080/p%20q?a=1&a=2&b').getPort() == '8080'",
                "url('https://h.example:8080/p%20q?a=1&a=2&b').getEscapedPath() == '/p%20q'",
                "url('https://h.example:8080/p%20q?a=1&a=2&b').getQuery() == {'a': ['1', '2'], 'b': ['']}",
                "url('https://[::1]:80/').getHostname() == '::1'",
                "isIP('10.0.0.1') && isIP('2001:db8::1') && isIP('::1')",
                "!isIP('010.0.0.1') && !isIP('10.0.0') && !isIP('256.0.0.1') && !isIP('example.com')",
                "!isIP('::ffff:10.0.0.1') && !isIP('fe80::1%eth0')",
                "ip('10.0.0.1').family() == 4 && ip('::1').family() == 6 && ip('127.0.0.1').isLoopback()",
                "ip('0.0.0.0').isUnspecified() && ip('10.0.0.1').isGlobalUnicast() && ip('fe80::1').isLinkLocalUnicast()",
                "isCIDR('10.0.0.0/8') && isCIDR('2001:db8::/32') && !isCIDR('10.0.0.0/33') && !isCIDR('10.0.0.0')",
                "quantity('1Gi').isGreaterThan(quantity('1G')) && quantity('1G').isLessThan(quantity('1Gi'))",
                "quantity('1500m').compareTo(quantity('1.5')) == 0 && quantity('2').asInteger() == 2",
                "!quantity('500m').isInteger() && quantity('-1').sign() == -1",
                "quantity('1').add(quantity('500m')).asApproximateFloat() == 1.5 && quantity('2').sub(1).asInteger() == 1",
                "isQuantity('1.5Mi') && !isQuantity('1.5 Mi') && !isQuantity('')",
                "[1, 2, 2, 3].isSorted() && ![2, 1].isSorted() && ['a', 'b'].isSorted()",
                "[1, 2, 3].sum() == 6 && [1.5, 2.5].sum() == 4.0 && [3, 1, 2].min() == 1 && [3, 1, 2].max() == 3",
                "'abc123def45'.find('[0-9]+') == '123' && 'abc'.find('[0-9]') == ''",
                "'a1b2c3'.findAll('[0-9]') == ['1', '2', '3'] && 'a1b2c3'.findAll('[0-9]', 2) == ['1', '2']",
                "'a,b'.split(',') == ['a', 'b'] && 'Hello'.lowerAscii() == 'hello' && 'abc'.substring(1) == 'bc'",
                "'a-b'.matches('^[a-z]+-[a-z]+$') && duration('1m30s') == duration('90s')",
                "sets.contains([1, 2, 3], [1, 2]) && [[1], [2]].flatten() == [1, 2]",
                "{'a': 1}.all(k, v, v == 1)"
            })
    void theExpressionHolds(String expression) throws Exception {
        CompiledRule rule =
                RuleCompiler.compile(JsonNodeFactory.instance.objectNode().put("rule", expression));
        assertThat(rule.skipped()).as("why it is skipped").isNull();
        assertThat(rule.program()).isNotNull();
        assertThat(rule.program().evaluate(Map.of(), new CostMeter(CostMeter.PER_CALL_LIMIT)))
                .isEqualTo(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"isSemver(self)", "format.dns1123Label().validate(self).hasValue()", "self.+"})
    void aRuleCallingAFunctionPodlintLacksIsSkippedWithTheReason(String expression) {
        CompiledRule rule =
                RuleCompiler.compile(JsonNodeFactory.instance.objectNode().put("rule", expression));
        assertThat(rule.program()).isNull();
        assertThat(rule.skipped()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[0,1,2,3,4,5,6,7,8,9].all(a, [0,1,2,3,4,5,6,7,8,9].all(b, [0,1,2,3,4,5,6,7,8,9].all(c,"
                        + " [0,1,2,3,4,5,6,7,8,9].all(d, [0,1,2,3,4,5,6,7,8,9].all(e, [0,1,2,3,4,5,6,7,8,9].all(f,"
                        + " true))))))",
                "[0,1,2,3,4,5,6,7,8,9].map(a, [0,1,2,3,4,5,6,7,8,9].map(b, [0,1,2,3,4,5,6,7,8,9].map(c,"
                        + " [0,1,2,3,4,5,6,7,8,9].map(d, [0,1,2,3,4,5,6,7,8,9].map(e, [0,1,2,3,4,5,6,7,8,9].map(f,"
                        + " 'xxxxxxxxxxxxxxxxxxxx' + 'yyyyyyyyyyyyyyyyyyyyyyyy')))))).size() > 0"
            })
    void aHostileRuleStopsAtTheCostOrTimeLimit(String expression) throws Exception {
        CompiledRule rule =
                RuleCompiler.compile(JsonNodeFactory.instance.objectNode().put("rule", expression));
        assertThat(rule.program()).isNotNull();
        long start = System.nanoTime();
        CostMeter meter = new CostMeter(CostMeter.PER_CALL_LIMIT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rule.program().evaluate(Map.of(), meter))
                .isInstanceOf(CostMeter.LimitExceeded.class);
        // stopped by the cost limit or, on a slow machine, by the time limit first
        assertThat(System.nanoTime() - start).isLessThan(CostMeter.PER_CALL_NANOS * 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"namespace", "a-b", "a.b", "a/b", "a__b", "x", "_x"})
    void propertyNamesAreEscapedAsTheApiServerEscapesThem(String name) {
        String escaped = CelNames.escape(name);
        assertThat(escaped)
                .isEqualTo(
                        switch (name) {
                            case "namespace" -> "__namespace__";
                            case "a-b" -> "a__dash__b";
                            case "a.b" -> "a__dot__b";
                            case "a/b" -> "a__slash__b";
                            case "a__b" -> "a__underscores__b";
                            default -> name;
                        });
        assertThat(CelNames.escape("1a")).isNull();
        assertThat(CelNames.escape("a b")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {".spec.replicas", ".labels['a.b']", ".items[2].name"})
    void aFieldPathReadsAsItsSegments(String path) {
        assertThat(FieldPath.parse(path))
                .extracting(FieldPath.Segment::name)
                .containsExactlyElementsOf(
                        switch (path) {
                            case ".spec.replicas" -> java.util.List.of("spec", "replicas");
                            case ".labels['a.b']" -> java.util.List.of("labels", "a.b");
                            default -> java.util.List.of("items", "2", "name");
                        });
        assertThat(FieldPath.parse("spec")).isNull();
        assertThat(FieldPath.parse(".a[")).isNull();
    }
}
