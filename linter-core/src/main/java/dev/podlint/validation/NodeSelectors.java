package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import org.jspecify.annotations.Nullable;

/**
 * A {@code core.NodeSelector} as core/validation {@code ValidateNodeSelector} checks it (label
 * values checked from Kubernetes 1.32, where {@code AllowInvalidLabelValueInRequiredNodeAffinity}
 * appeared, false on create; before, they were not validated): at
 * least one term; per matchExpressions entry the values its operator needs, a qualified-name key,
 * label values; per matchFields entry one value for In/NotIn, the key {@code metadata.name} and a
 * node name as value. Operators outside the sets are {@code enum-value}'s.
 */
final class NodeSelectors {

    private NodeSelectors() {}

    static void check(Findings findings, MappingNode selector, String pointer, boolean labelValues) {
        SequenceNode terms = selector.sequence("nodeSelectorTerms");
        String field = Pointers.toFieldPath(pointer);
        boolean nullTerms = Nodes.isNull(selector, "nodeSelectorTerms");
        if (terms == null || terms.isEmpty()) {
            if (terms != null || nullTerms) {
                findings.at(
                        pointer + "/nodeSelectorTerms",
                        field + ".nodeSelectorTerms must have at least one node selector term"
                                + " (e.g. a matchExpressions entry on kubernetes.io/hostname)");
            }
            return;
        }
        for (int i = 0; i < terms.size(); i++) {
            MappingNode term = Nodes.item(terms, i);
            if (term == null) {
                continue;
            }
            String at = pointer + "/nodeSelectorTerms/" + i;
            SequenceNode expressions = term.sequence("matchExpressions");
            for (int j = 0; expressions != null && j < expressions.size(); j++) {
                expression(findings, Nodes.item(expressions, j), at + "/matchExpressions/" + j, labelValues);
            }
            SequenceNode fields = term.sequence("matchFields");
            for (int j = 0; fields != null && j < fields.size(); j++) {
                fieldRequirement(findings, Nodes.item(fields, j), at + "/matchFields/" + j);
            }
        }
    }

    /** ValidateNodeSelectorRequirement. */
    private static void expression(
            Findings findings, @Nullable MappingNode expression, String at, boolean labelValues) {
        if (expression == null) {
            return;
        }
        String field = Pointers.toFieldPath(at);
        String operator = Nodes.string(expression, "operator");
        SequenceNode values = Nodes.list(expression, "values");
        int count = values == null ? 0 : values.size();
        String problem = switch (operator == null ? "" : operator) {
            case "In", "NotIn" -> count == 0 ? "must be specified when operator is In or NotIn" : null;
            case "Exists", "DoesNotExist" ->
                count > 0 ? "may not be specified when operator is Exists or DoesNotExist" : null;
            case "Gt", "Lt" -> count != 1 ? "must be a single value when operator is Gt or Lt" : null;
            default -> null;
        };
        if (problem != null) {
            findings.at(expression.containsKey("values") ? at + "/values" : at, field + ".values " + problem);
        }
        String key = Nodes.string(expression, "key");
        if (key != null && !Formats.isQualifiedName(key)) {
            findings.at(
                    at + "/key",
                    field + ".key " + Quoted.quote(key) + " is not a valid label key: "
                            + Formats.qualifiedNameProblem(key));
        }
        for (int k = 0; labelValues && values != null && k < values.size(); k++) {
            String value = Nodes.string(values.node(k));
            String valueProblem = value == null ? null : Formats.labelValueProblem(value);
            if (value != null && valueProblem != null) {
                findings.at(
                        at + "/values/" + k,
                        field + ".values[" + k + "] " + Quoted.quote(value) + " is not a valid label value: "
                                + valueProblem);
            }
        }
    }

    /** ValidateNodeFieldSelectorRequirement: metadata.name is the only field key. */
    private static void fieldRequirement(Findings findings, @Nullable MappingNode requirement, String at) {
        if (requirement == null) {
            return;
        }
        String field = Pointers.toFieldPath(at);
        String operator = Nodes.string(requirement, "operator");
        SequenceNode values = Nodes.list(requirement, "values");
        int count = values == null ? 0 : values.size();
        if (("In".equals(operator) || "NotIn".equals(operator)) && count != 1) {
            findings.at(
                    requirement.containsKey("values") ? at + "/values" : at,
                    field + ".values must be only one value when operator is In or NotIn for a node field selector");
        }
        String key = Nodes.string(requirement, "key");
        if (key != null && !key.equals("metadata.name")) {
            findings.at(
                    at + "/key",
                    field + ".key " + Quoted.quote(key) + " is not a valid field selector key: only metadata.name");
        } else if (key != null) {
            for (int k = 0; values != null && k < values.size(); k++) {
                String value = Nodes.string(values.node(k));
                if (value != null && !Formats.isDns1123Subdomain(value)) {
                    findings.at(
                            at + "/values/" + k,
                            field + ".values[" + k + "] " + Quoted.quote(value) + " is not a valid node name: "
                                    + Formats.dns1123SubdomainProblem(value));
                }
            }
        }
    }
}
