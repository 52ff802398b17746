package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import java.util.Objects;

/**
 * {@code label-invalid}: label keys (qualified names) and values wherever the API server validates
 * them: the object's labels ({@code ValidateObjectMeta}), its pod template's
 * ({@code ValidatePodTemplateSpec}), the label selector of Deployments, ReplicaSets, StatefulSets,
 * DaemonSets and Jobs ({@code ValidateLabelSelector}), a Service's selector and a pod spec's
 * {@code nodeSelector} ({@code ValidatePodSpec}: {@code ValidateLabels}). Valid labels cost no
 * string: pointers and messages are built for findings only.
 */
final class LabelCheck implements ObjectCheck {

    private final String rule;

    LabelCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        Findings findings = null;
        MappingNode labels =
                target.metadata() == null ? null : target.metadata().mapping("labels");
        if (labels != null && !allValid(labels)) {
            findings = target.findings(rule);
            report(findings, "/metadata/labels", labels);
        }
        PolicySelectors.labels(target, rule);
        String kind = target.builtIn();
        if (kind == null) {
            return;
        }
        String[] templateKeys = Workloads.templateKeys(kind);
        MappingNode templateLabels =
                templateKeys == null ? null : Nodes.map(target.map(templateKeys), "metadata", "labels");
        if (templateLabels != null && !allValid(templateLabels)) {
            findings = findings == null ? target.findings(rule) : findings;
            report(findings, Workloads.pointer(templateKeys) + "/metadata/labels", templateLabels);
        }
        String podSpec =
                kind.equals("Pod") ? "/spec" : templateKeys == null ? null : Workloads.pointer(templateKeys) + "/spec";
        MappingNode nodeSelector = podSpec == null
                ? null
                : Nodes.map(
                        kind.equals("Pod")
                                ? target.object()
                                : target.map(Objects.requireNonNull(templateKeys, "podSpec is set from them")),
                        "spec",
                        "nodeSelector");
        if (nodeSelector != null && !allValid(nodeSelector)) {
            findings = findings == null ? target.findings(rule) : findings;
            report(
                    findings,
                    podSpec + "/nodeSelector",
                    nodeSelector,
                    kind.equals("StatefulSet")
                            ? " (in a StatefulSet before Kubernetes 1.34, kubectl apply succeeds and every Pod create fails)"
                            : "");
        }
        MappingNode spec = target.object().mapping("spec");
        if (Workloads.hasLabelSelector(kind) && spec != null && spec.mapping("selector") != null) {
            MappingNode selector = spec.mapping("selector");
            MappingNode matchLabels = selector.mapping("matchLabels");
            if (matchLabels != null && !allValid(matchLabels)) {
                findings = findings == null ? target.findings(rule) : findings;
                report(findings, "/spec/selector/matchLabels", matchLabels);
            }
            SequenceNode expressions = selector.sequence("matchExpressions");
            if (expressions != null) {
                expressions(findings == null ? target.findings(rule) : findings, expressions);
            }
        }
        if (kind.equals("Service")
                && spec != null
                && spec.mapping("selector") != null
                && !allValid(spec.mapping("selector"))) {
            report(findings == null ? target.findings(rule) : findings, "/spec/selector", spec.mapping("selector"));
        }
    }

    static String fieldPath(String pointer) {
        return Pointers.toFieldPath(pointer);
    }

    /** Whether every key and string value is valid: the common case, answered without allocating. */
    private static boolean allValid(MappingNode labels) {
        for (MappingNode.Entry e : labels.entries()) {
            String value = Nodes.string(e.value());
            if (!Formats.isQualifiedName(e.key()) || (value != null && Formats.labelValueProblem(value) != null)) {
                return false;
            }
        }
        return true;
    }

    private static void report(Findings findings, String pointer, MappingNode labels) {
        report(findings, pointer, labels, "");
    }

    private static void report(Findings findings, String pointer, MappingNode labels, String note) {
        String field = fieldPath(pointer);
        for (MappingNode.Entry e : labels.entries()) {
            String at = Pointers.append(pointer, e.key());
            String problem = Formats.qualifiedNameProblem(e.key());
            if (problem != null) {
                findings.atKey(
                        at,
                        "label key " + Quoted.quote(e.key()) + " in " + field + " is not valid: " + problem
                                + keyAdvice(e.key()) + note);
            }
            String value = Nodes.string(e.value());
            if (value != null) {
                value(findings, at, "label " + Quoted.quote(e.key()) + " in " + field, value, note);
            }
        }
    }

    private static void value(Findings findings, String at, String what, String value) {
        value(findings, at, what, value, "");
    }

    private static void value(Findings findings, String at, String what, String value, String note) {
        String problem = Formats.labelValueProblem(value);
        if (problem != null) {
            String better = Formats.labelValueSuggestion(value);
            findings.at(
                    at,
                    what + " has an invalid value " + Quoted.quote(value) + ": " + problem
                            + (better.isEmpty() ? "" : "; write e.g. " + Quoted.quote(better)) + note);
        }
    }

    private static void expressions(Findings findings, SequenceNode expressions) {
        for (int i = 0; i < expressions.size(); i++) {
            MappingNode expression = Nodes.item(expressions, i);
            String key = Nodes.string(expression, "key");
            if (key != null && !Formats.isQualifiedName(key)) {
                findings.at(
                        "/spec/selector/matchExpressions/" + i + "/key",
                        "spec.selector.matchExpressions[" + i
                                + "].key " + Quoted.quote(key) + " is not a valid label key: "
                                + Formats.qualifiedNameProblem(key) + keyAdvice(key));
            }
            SequenceNode values = Nodes.list(expression, "values");
            for (int j = 0; values != null && j < values.size(); j++) {
                String value = Nodes.string(values.node(j));
                if (value != null && Formats.labelValueProblem(value) != null) {
                    value(
                            findings,
                            "/spec/selector/matchExpressions/" + i + "/values/" + j,
                            "spec.selector.matchExpressions[" + i + "].values[" + j + "]",
                            value);
                }
            }
        }
    }

    /** What to write instead of a bad key: its prefix kept when valid, its name part cleaned up. */
    private static String keyAdvice(String key) {
        int slash = key.lastIndexOf('/');
        String prefix = slash < 0 ? "" : key.substring(0, slash + 1);
        String better = prefix + Formats.labelValueSuggestion(key.substring(slash + 1));
        return Formats.qualifiedNameProblem(better) == null ? "; write e.g. " + Quoted.quote(better) : "";
    }
}
