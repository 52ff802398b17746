package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.fixtures.TestPaths;
import dev.podlint.rule.select.Selection;
import dev.podlint.rule.select.SelectionCache;
import dev.podlint.rule.select.Selector;
import dev.podlint.rule.select.SelectorRegistry;
import dev.podlint.source.Document;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.MappingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.jexl3.JexlEngine;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The direct evaluator gives JEXL's answer wherever it gives one. */
class DirectExpressionTest {

    private static final JexlEngine JEXL = RuleExpressions.create();

    private static Map<String, Object> variables() {
        MappingNode object =
                new ManifestLoader().loadText("t.yaml", """
                kind: Pod
                metadata:
                  name: web
                spec:
                  port: 80
                  big: 4294967297
                  flag: true
                  none: null
                  text: "80"
                  empty: ""
                  list: [a, b]
                  nested: {name: inner}
                  map: {}
                """).documents().get(0).object();
        Map<String, Object> vars = new HashMap<>();
        vars.put("object", object);
        vars.put("spec", object.get("spec"));
        vars.put("kind", "Pod");
        vars.put("count", 80L);
        vars.put("yes", Boolean.TRUE);
        vars.put("no", Boolean.FALSE);
        vars.put("absent", null);
        vars.put("items", List.of("a"));
        return vars;
    }

    private static @Nullable Object jexl(String text, SelectionContext context) {
        try {
            return JEXL.createScript(RuleExpressions.features(), null, text).execute(context);
        } catch (RuntimeException e) {
            return e;
        }
    }

    @Test
    void agreesWithJexlOnEveryValueItAnswersFor() {
        List<String> operands = List.of(
                "kind",
                "count",
                "yes",
                "no",
                "absent",
                "items",
                "spec.port",
                "spec.big",
                "spec.flag",
                "spec.none",
                "spec.text",
                "spec.list",
                "spec.nested",
                "spec.map",
                "spec.nested.name",
                "spec.missing.deeper",
                "spec['nested'].name",
                "spec.missing['x']",
                "absent['x']",
                "spec['list']",
                "['a', 'b']",
                "list:keys(spec)",
                "null",
                "true",
                "''",
                "'80'",
                "\"Pod\"",
                "80",
                "4294967297",
                "0",
                "k8s:type(spec.port)",
                "k8s:isInt(spec.text)",
                "size(spec.list)",
                "size(k8s:setFields(spec, ['port', 'flag']))",
                "empty(spec.map)");
        List<String> shapes = List.of(
                "%s",
                "!%s",
                "empty(%s)",
                "size(%s)",
                "%s == %s",
                "%s != %s",
                "%s < %s",
                "%s >= %s",
                "%s && %s",
                "%s || %s",
                "%s =~ %s",
                "!(%s =~ %s)",
                "!(%s == %s) && %s",
                "(%s || %s) && %s != null");
        SelectionContext context = new SelectionContext(variables(), Set.of());
        int answered = 0;
        for (String shape : shapes) {
            for (String a : operands) {
                for (String b : operands) {
                    String text = String.format(shape, a, b, a);
                    DirectExpression direct = DirectExpression.of(text);
                    assertThat(direct).as(text).isNotNull();
                    Object fast = Objects.requireNonNull(direct).evaluate(context);
                    if (fast == SimpleExpression.UNSURE) {
                        continue;
                    }
                    answered++;
                    Object slow = jexl(text, context);
                    assertThat(slow instanceof RuntimeException)
                            .as(text + ": " + slow)
                            .isFalse();
                    assertThat(fast).as(text).isEqualTo(slow);
                }
            }
        }
        assertThat(answered).isGreaterThan(2000);
    }

    @Test
    void agreesWithJexlOnTheBuiltInRulesOverTheFixtures() throws IOException {
        RuleCompiler compiler = new RuleCompiler(JEXL, SelectorRegistry.defaults());
        List<CompiledRule> rules = new ArrayList<>();
        for (RuleDefinition definition : RuleCatalog.builtIn().all()) {
            CompiledRule rule = compiler.compile(definition);
            if (rule != null) {
                rules.add(rule);
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestPaths.testdata())) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int answered = 0;
        int scripts = 0;
        for (Path file : files) {
            for (Document document : new ManifestLoader()
                    .loadText(file.toString(), Files.readString(file))
                    .documents()) {
                if (document.kind() == null || document.object() == null) {
                    continue;
                }
                SelectionCache cache = new SelectionCache(document);
                for (CompiledRule rule : rules) {
                    if (!rule.appliesTo(document.kind())) {
                        continue;
                    }
                    List<RuleScript> texts = new ArrayList<>();
                    texts.add(rule.when());
                    for (CompiledRule.CompiledAssertion assertion : rule.assertions()) {
                        texts.add(assertion.when());
                        texts.add(assertion.test());
                    }
                    for (Selector selector : rule.selectors()) {
                        for (Selection selection : cache.get(selector)) {
                            SelectionContext context = new SelectionContext(selection.variables(), Set.of());
                            for (RuleScript script : texts) {
                                if (script == null) {
                                    continue;
                                }
                                scripts++;
                                DirectExpression direct = DirectExpression.of(script.text());
                                if (direct == null) {
                                    continue;
                                }
                                Object fast = direct.evaluate(context);
                                if (fast == SimpleExpression.UNSURE) {
                                    continue;
                                }
                                answered++;
                                Object slow;
                                try {
                                    slow = script.jexl().execute(context);
                                } catch (RuntimeException e) {
                                    slow = e;
                                }
                                assertThat(fast)
                                        .as(script.text() + " in " + file + " at " + selection.pointer())
                                        .isEqualTo(slow);
                            }
                        }
                    }
                }
            }
        }
        // most evaluations of the built-in rules are answered directly
        assertThat(answered).as("of " + scripts).isGreaterThan(scripts / 2);
    }

    @Test
    void leavesEveryOtherShapeToJexl() {
        for (String text : List.of(
                "a =~~ 'x'",
                "a[0]",
                "a[b]",
                "a['class']",
                "a !~ 'x'",
                "a ? b : c",
                "a ?: b",
                "a + 1",
                "a - 1",
                "-1",
                "a.0",
                "a.empty",
                "a.class",
                "not a",
                "a and b",
                "a eq b",
                "empty",
                "[]",
                "[1, 2]",
                "1.5",
                "1L",
                "010",
                "'it\\'s'",
                "a == 'x' ||",
                "(a",
                "k8s:noSuchFunction(a)",
                "nope:type(a)",
                "k8s:type(a, b)",
                "a = b",
                "a &&& b")) {
            assertThat(DirectExpression.of(text)).as(text).isNull();
        }
    }
}
