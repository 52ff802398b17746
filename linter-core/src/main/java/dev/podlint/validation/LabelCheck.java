package dev.podlint.validation;

import dev.podlint.check.DocumentCheck;
import dev.podlint.check.FindingSink;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;

/**
 * {@code label-invalid}: label keys (qualified names) and values wherever the API server validates
 * them: the object's labels ({@code ValidateObjectMeta}), its pod template's
 * ({@code ValidatePodTemplateSpec}), the label selector of Deployments, ReplicaSets, StatefulSets,
 * DaemonSets and Jobs ({@code ValidateLabelSelector}) and a Service's selector.
 */
final class LabelCheck implements DocumentCheck {

    private final String rule;
    private final ObjectKinds kinds;

    LabelCheck(String rule, KubernetesVersion version) {
        this.rule = rule;
        this.kinds = new ObjectKinds(version);
    }

    @Override
    public void check(Document document, FindingSink sink) {
        MappingNode object = document.object();
        if (object == null || document.kind() == null
                || kinds.of(document.apiVersion(), document.kind()).nameFormat() == NameFormat.NONE) {
            return;
        }
        Findings findings = new Findings(rule, document, sink);
        labels(findings, "/metadata/labels", Nodes.map(object, "metadata", "labels"), "metadata.labels");
        String kind = Workloads.builtInKind(document);
        if (kind == null) {
            return;
        }
        String template = Workloads.template(kind);
        if (template != null && document.nodeAt(template + "/metadata/labels") instanceof MappingNode labels) {
            labels(findings, template + "/metadata/labels", labels, fieldPath(template) + ".metadata.labels");
        }
        if (Workloads.hasLabelSelector(kind) && document.nodeAt("/spec/selector") instanceof MappingNode selector) {
            labels(findings, "/spec/selector/matchLabels", selector.mapping("matchLabels"), "spec.selector.matchLabels");
            expressions(findings, selector.sequence("matchExpressions"));
        }
        if (kind.equals("Service")) {
            labels(findings, "/spec/selector", Nodes.map(object, "spec", "selector"), "spec.selector");
        }
    }

    static String fieldPath(String pointer) {
        return Pointers.toFieldPath(pointer);
    }

    private static void labels(Findings findings, String pointer, MappingNode labels, String field) {
        if (labels == null) {
            return;
        }
        for (MappingNode.Entry e : labels.entries()) {
            String at = Pointers.append(pointer, e.key());
            key(findings, at, e.key(), field);
            String value = Nodes.string(e.value());
            if (value != null) {
                value(findings, at, "label " + Findings.quote(e.key()) + " in " + field, value);
            }
        }
    }

    private static void key(Findings findings, String at, String key, String field) {
        String problem = Formats.qualifiedNameProblem(key);
        if (problem != null) {
            findings.atKey(at, "label key " + Findings.quote(key) + " in " + field + " is not valid: " + problem + keyAdvice(key));
        }
    }

    private static void value(Findings findings, String at, String what, String value) {
        String problem = Formats.labelValueProblem(value);
        if (problem != null) {
            String better = Formats.labelValueSuggestion(value);
            findings.at(at, what + " has an invalid value " + Findings.quote(value) + ": " + problem
                    + (better.isEmpty() ? "" : "; write e.g. " + Findings.quote(better)));
        }
    }

    private static void expressions(Findings findings, SequenceNode expressions) {
        if (expressions == null) {
            return;
        }
        for (int i = 0; i < expressions.size(); i++) {
            MappingNode expression = Nodes.item(expressions, i);
            String at = "/spec/selector/matchExpressions/" + i;
            String key = Nodes.string(expression, "key");
            if (key != null) {
                String problem = Formats.qualifiedNameProblem(key);
                if (problem != null) {
                    findings.at(at + "/key", "spec.selector.matchExpressions[" + i + "].key " + Findings.quote(key) + " is not a"
                            + " valid label key: " + problem + keyAdvice(key));
                }
            }
            SequenceNode values = Nodes.list(expression, "values");
            for (int j = 0; values != null && j < values.size(); j++) {
                YamlNode node = values.node(j);
                String value = Nodes.string(node);
                if (value != null) {
                    value(findings, at + "/values/" + j, "spec.selector.matchExpressions[" + i + "].values[" + j + "]",
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
        return Formats.qualifiedNameProblem(better) == null ? "; write e.g. " + Findings.quote(better) : "";
    }
}
