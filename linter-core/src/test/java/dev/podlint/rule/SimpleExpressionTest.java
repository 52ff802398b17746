package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.source.ManifestLoader;
import dev.podlint.source.MappingNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JxltEngine;
import org.junit.jupiter.api.Test;

/** The shortcut gives JEXL's answer wherever it gives one, and recognises only its own shapes. */
class SimpleExpressionTest {

    private static final JexlEngine JEXL = RuleExpressions.create();

    private static Map<String, Object> variables() {
        MappingNode object =
                new ManifestLoader().loadText("t.yaml", """
                kind: Pod
                metadata:
                  name: web
                spec:
                  port: 80
                  flag: true
                  none: null
                  text: "80"
                  list: [a, b]
                  nested: {name: inner}
                """).documents().get(0).object();
        Map<String, Object> vars = new HashMap<>();
        vars.put("object", object);
        vars.put("spec", object.get("spec"));
        vars.put("kind", "Pod");
        vars.put("count", 80L);
        vars.put("yes", Boolean.TRUE);
        vars.put("absent", null);
        vars.put("items", List.of("a"));
        vars.put("value", "secret");
        return vars;
    }

    @Test
    void agreesWithJexlOnEveryValueItAnswersFor() {
        List<String> paths = List.of(
                "object",
                "kind",
                "count",
                "yes",
                "absent",
                "items",
                "spec.port",
                "spec.flag",
                "spec.none",
                "spec.text",
                "spec.list",
                "spec.nested.name",
                "spec.missing",
                "spec.missing.deeper",
                "absent.deeper",
                "kind.length",
                "items.first",
                "spec.list.first",
                "object.metadata.name",
                "undeclared");
        List<String> rights = List.of(
                "",
                " == null",
                " != null",
                " == 'Pod'",
                " != 'Pod'",
                " == '80'",
                " != '80'",
                " == 'true'",
                " == ''",
                " == 'inner'");
        SelectionContext context = new SelectionContext(variables(), Set.of());
        int answered = 0;
        for (String path : paths) {
            for (String right : rights) {
                String text = path + right;
                SimpleExpression simple = SimpleExpression.of(text);
                assertThat(simple).as(text).isNotNull();
                Object fast = simple.evaluate(context);
                if (fast == SimpleExpression.UNSURE) {
                    continue;
                }
                answered++;
                Object jexl = JEXL.createScript(RuleExpressions.features(), null, text)
                        .execute(context);
                assertThat(fast).as(text).isEqualTo(jexl);
            }
        }
        assertThat(answered).isGreaterThan(100);
    }

    @Test
    void leavesEveryOtherShapeToJexl() {
        for (String text : List.of(
                "a && b",
                "!a",
                "a == b",
                "a == 1",
                "a =~ 'x'",
                "size(a)",
                "k8s:isInt(a)",
                "a['b']",
                "a.0",
                "empty",
                "a.empty",
                "a.class",
                "null",
                "true",
                "a == 'it''s'",
                "a == 'x' || b",
                "a == \"x\"",
                "a.b == 'c\\\\d'")) {
            assertThat(SimpleExpression.of(text)).as(text).isNull();
        }
    }

    @Test
    void rendersTemplatesAsJexlDoesOrDeclines() {
        SelectionContext context = new SelectionContext(variables(), Set.of("value"));
        for (String text : List.of(
                "plain text",
                "kind ${kind} named ${object.metadata.name}.",
                "${ spec.nested.name }!",
                "${spec.text}",
                "'${kind}' of ${spec.missing}",
                "${count}",
                "${value}",
                "${spec.port} ports")) {
            SimpleExpression.Template simple = SimpleExpression.template(
                    JEXL.createJxltEngine().createExpression(text).asString());
            String fast = simple == null ? null : simple.render(context);
            if (fast == null) {
                continue;
            }
            JxltEngine.Expression template = JEXL.createJxltEngine().createExpression(text);
            assertThat(fast).as(text).isEqualTo(String.valueOf(template.evaluate(context)));
        }
        assertThat(SimpleExpression.template("cost ${a + b}")).isNull();
        assertThat(SimpleExpression.template("#{a}")).isNull();
        assertThat(SimpleExpression.template("a \\${b}")).isNull();
        assertThat(SimpleExpression.template("kind ${kind}").render(context)).isEqualTo("kind Pod");
    }
}
