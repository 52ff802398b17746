package dev.podlint.schema.cel;

import dev.cel.common.values.NullValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Evaluates a custom resource's rules as the API server's CEL validator walks it
 * (k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel validation.go): at every schema node that
 * declares rules, over every value of that node, with {@code self} bound to the value; within the
 * cost budget of the whole object.
 */
final class RuleWalker {

    /** A rule that evaluated to false: where it points and what it says. */
    record Violation(String pointer, String message) {}

    /** A rule podlint did not evaluate to the end, at the first value it applied to. */
    record Skip(CompiledRule rule, String pointer, String why) {}

    private final KindRules kind;
    private final List<Violation> violations = new ArrayList<>();
    private final List<Skip> skips = new ArrayList<>();
    private long budget = CostMeter.PER_OBJECT_BUDGET;
    private boolean budgetReported;
    private int evaluated;

    RuleWalker(KindRules kind) {
        this.kind = kind;
    }

    List<Violation> violations() {
        return violations;
    }

    List<Skip> skips() {
        return skips;
    }

    /** How many evaluations of a rule on a value ran to a result. */
    int evaluated() {
        return evaluated;
    }

    void walk(Object self, JsonNode schema, String pointer, String path) {
        if (self instanceof NullValue) {
            return;
        }
        for (CompiledRule rule : kind.at(schema)) {
            evaluate(rule, self, schema, pointer, path);
        }
        if (self instanceof Map<?, ?> map) {
            JsonNode properties = schema.path("properties");
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                String escaped = CelNames.escape(property.getKey());
                Object value = escaped == null ? null : map.get(escaped);
                if (value != null) {
                    walk(value, property.getValue(), child(pointer, property.getKey()), join(path, property.getKey()));
                }
            }
            JsonNode additional = schema.path("additionalProperties");
            if (additional.isObject()) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    String key = String.valueOf(entry.getKey());
                    if (!properties.has(key)) {
                        walk(entry.getValue(), additional, child(pointer, key), path + "[" + key + "]");
                    }
                }
            }
        } else if (self instanceof List<?> list && schema.path("items").isObject()) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), schema.get("items"), pointer + "/" + i, path + "[" + i + "]");
            }
        }
    }

    private void evaluate(CompiledRule rule, Object self, JsonNode schema, String pointer, String path) {
        CelProgram program = rule.program();
        if (program == null) {
            if (rule.skipped() != null) {
                skips.add(new Skip(rule, pointer, "podlint cannot compile it: " + rule.skipped()));
            }
            return;
        }
        if (budget <= 0) {
            if (!budgetReported) {
                budgetReported = true;
                skips.add(new Skip(
                        rule,
                        pointer,
                        "the object's rules exceed the cost budget of " + CostMeter.PER_OBJECT_BUDGET
                                + " (the API server rejects the object)"));
            }
            return;
        }
        CostMeter meter = new CostMeter(Math.min(CostMeter.PER_CALL_LIMIT, budget));
        Object result;
        try {
            result = program.evaluate(self, meter);
        } catch (CostMeter.LimitExceeded e) {
            budget -= meter.cost();
            skips.add(new Skip(rule, pointer, String.valueOf(e.getMessage())));
            return;
        } catch (CelProgram.EvaluationError e) {
            budget -= meter.cost();
            skips.add(new Skip(rule, pointer, "it fails to evaluate: " + e.getMessage()));
            return;
        }
        budget -= meter.cost();
        evaluated++;
        if (Boolean.TRUE.equals(result)) {
            return;
        }
        if (!Boolean.FALSE.equals(result)) {
            skips.add(new Skip(rule, pointer, "it does not evaluate to a boolean"));
            return;
        }
        String detail = message(rule, self);
        String at = pointer;
        String atPath = path;
        if (rule.fieldPath() != null) {
            List<FieldPath.Segment> segments = FieldPath.parse(rule.fieldPath());
            if (segments != null) {
                for (FieldPath.Segment segment : segments) {
                    at = child(at, segment.name());
                    atPath = segment.bracketed() ? atPath + "[" + segment.name() + "]" : join(atPath, segment.name());
                }
            }
        }
        String value = rule.fieldPath() != null ? "" : describe(self, schema);
        violations.add(
                new Violation(at, (atPath.isEmpty() ? "" : atPath + ": ") + reason(rule.reason(), value) + detail));
    }

    /** The rule's messageExpression (when it yields a non-empty string), else message, else the rule. */
    private String message(CompiledRule rule, Object self) {
        CelProgram expression = rule.messageExpression();
        if (expression != null && budget > 0) {
            CostMeter meter = new CostMeter(Math.min(CostMeter.PER_CALL_LIMIT, budget));
            try {
                Object text = expression.evaluate(self, meter);
                budget -= meter.cost();
                if (text instanceof String s && !s.isBlank() && s.indexOf('\n') < 0) {
                    return s;
                }
            } catch (CostMeter.LimitExceeded | CelProgram.EvaluationError e) {
                budget -= meter.cost();
            }
        }
        if (rule.message() != null) {
            return rule.message();
        }
        return "failed rule: " + rule.rule();
    }

    /** As the API server words the field error of each reason (field.Error). */
    private static String reason(@Nullable String reason, String value) {
        if ("FieldValueForbidden".equals(reason)) {
            return "Forbidden: ";
        }
        if ("FieldValueRequired".equals(reason)) {
            return "Required value: ";
        }
        if ("FieldValueDuplicate".equals(reason)) {
            return "Duplicate value: " + (value.isEmpty() ? "" : value + ": ");
        }
        return "Invalid value: " + (value.isEmpty() ? "" : value + ": ");
    }

    /** The value in an error: "object" or "array" for those, else the scalar (shortened). */
    private static String describe(Object self, JsonNode schema) {
        String type = schema.path("type").asString("");
        if (type.equals("object") || type.equals("array") || self instanceof Map || self instanceof List) {
            return "\"" + (type.isEmpty() ? (self instanceof Map ? "object" : "array") : type) + "\"";
        }
        String text = self instanceof String s ? "\"" + s + "\"" : String.valueOf(self);
        text = text.replaceAll("\\p{Cntrl}", "?");
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
