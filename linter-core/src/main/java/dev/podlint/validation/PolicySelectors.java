package dev.podlint.validation;

import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The label selectors of PodDisruptionBudgets ({@code spec.selector}), NetworkPolicies
 * ({@code spec.podSelector} and each peer's {@code podSelector} and {@code namespaceSelector}),
 * PersistentVolumeClaims ({@code spec.selector}) and ClusterRoles
 * ({@code aggregationRule.clusterRoleSelectors}), as
 * meta/v1 validation {@code ValidateLabelSelector} checks them: label keys and values for
 * {@code label-invalid}, operators and their values for {@code selector-invalid}.
 */
final class PolicySelectors {

    private PolicySelectors() {}

    /** label-invalid: matchLabels keys and values, matchExpressions keys and values. */
    static void labels(Target target, String rule) {
        each(target, (pointer, selector) -> {
            MappingNode matchLabels = selector.mapping("matchLabels");
            String field = Pointers.toFieldPath(pointer);
            if (matchLabels != null) {
                for (MappingNode.Entry e : matchLabels.entries()) {
                    String at = Pointers.append(pointer + "/matchLabels", e.key());
                    String keyProblem = Formats.qualifiedNameProblem(e.key());
                    if (keyProblem != null) {
                        target.findings(rule)
                                .atKey(
                                        at,
                                        "label key " + Quoted.quote(e.key()) + " in " + field
                                                + ".matchLabels is not valid: " + keyProblem);
                    }
                    String value = Nodes.string(e.value());
                    String valueProblem = value == null ? null : Formats.labelValueProblem(value);
                    if (value != null && valueProblem != null) {
                        target.findings(rule)
                                .at(
                                        at,
                                        "label " + Quoted.quote(e.key()) + " in " + field
                                                + ".matchLabels has an invalid value " + Quoted.quote(value) + ": "
                                                + valueProblem);
                    }
                }
            }
            SequenceNode expressions = selector.sequence("matchExpressions");
            for (int i = 0; expressions != null && i < expressions.size(); i++) {
                MappingNode expression = Nodes.item(expressions, i);
                String at = pointer + "/matchExpressions/" + i;
                String key = Nodes.string(expression, "key");
                if (key != null && !Formats.isQualifiedName(key)) {
                    target.findings(rule)
                            .at(
                                    at + "/key",
                                    field + ".matchExpressions[" + i + "].key " + Quoted.quote(key)
                                            + " is not a valid label key: " + Formats.qualifiedNameProblem(key));
                }
                SequenceNode values = Nodes.list(expression, "values");
                for (int j = 0; values != null && j < values.size(); j++) {
                    String value = Nodes.string(values.node(j));
                    String problem = value == null ? null : Formats.labelValueProblem(value);
                    if (value != null && problem != null) {
                        target.findings(rule)
                                .at(
                                        at + "/values/" + j,
                                        field + ".matchExpressions[" + i + "].values[" + j + "] " + Quoted.quote(value)
                                                + " is not a valid label value: " + problem);
                    }
                }
            }
        });
    }

    /** selector-invalid: each matchExpressions operator with its values ({@code ValidateLabelSelectorRequirement}). */
    static void operators(Target target, String rule) {
        each(target, (pointer, selector) -> {
            SequenceNode expressions = selector.sequence("matchExpressions");
            for (int i = 0; expressions != null && i < expressions.size(); i++) {
                MappingNode expression = Nodes.item(expressions, i);
                String operator = Nodes.string(expression, "operator");
                if (expression == null || operator == null) {
                    continue;
                }
                String problem = Selector.operatorProblem(operator, expression);
                if (problem != null) {
                    boolean aboutValues = problem.startsWith("values");
                    String at = pointer + "/matchExpressions/" + i;
                    target.findings(rule)
                            .at(
                                    aboutValues && expression.containsKey("values")
                                            ? at + "/values"
                                            : aboutValues ? at : at + "/operator",
                                    Pointers.toFieldPath(at) + ": " + problem);
                }
            }
        });
    }

    private static void each(Target target, BiConsumer<String, MappingNode> action) {
        storageAndRbac(target, action);
        WebhookSelectors.each(target, action);
        String kind = PolicyKinds.of(target);
        MappingNode spec = kind == null ? null : target.object().mapping("spec");
        if (kind == null || spec == null) {
            return;
        }
        if (kind.equals(PolicyKinds.PDB)) {
            MappingNode selector = spec.mapping("selector");
            if (selector != null) {
                action.accept("/spec/selector", selector);
            }
        } else if (kind.equals(PolicyKinds.NETWORK_POLICY)) {
            List<String> pointers = new ArrayList<>();
            List<MappingNode> selectors = new ArrayList<>();
            add(pointers, selectors, "/spec/podSelector", spec.mapping("podSelector"));
            peers(pointers, selectors, spec, "ingress", "from");
            peers(pointers, selectors, spec, "egress", "to");
            for (int i = 0; i < pointers.size(); i++) {
                action.accept(pointers.get(i), selectors.get(i));
            }
        }
    }

    /**
     * A PersistentVolumeClaim's {@code spec.selector} ({@code ValidatePersistentVolumeClaimSpec}) and
     * a ClusterRole's {@code aggregationRule.clusterRoleSelectors[i]} ({@code ValidateClusterRole}),
     * both with {@code AllowInvalidLabelValueInSelector: false} on create.
     */
    private static void storageAndRbac(Target target, BiConsumer<String, MappingNode> action) {
        String apiVersion = target.apiVersion();
        if (target.kind().equals("PersistentVolumeClaim") && "v1".equals(apiVersion)) {
            MappingNode selector = Nodes.map(target.object().mapping("spec"), "selector");
            if (selector != null) {
                action.accept("/spec/selector", selector);
            }
        } else if (target.kind().equals("ClusterRole") && "rbac.authorization.k8s.io/v1".equals(apiVersion)) {
            SequenceNode selectors = Nodes.list(target.object().mapping("aggregationRule"), "clusterRoleSelectors");
            for (int i = 0; selectors != null && i < selectors.size(); i++) {
                MappingNode selector = Nodes.item(selectors, i);
                if (selector != null) {
                    action.accept("/aggregationRule/clusterRoleSelectors/" + i, selector);
                }
            }
        }
    }

    private static void peers(
            List<String> pointers, List<MappingNode> selectors, MappingNode spec, String direction, String peersKey) {
        SequenceNode rules = spec.sequence(direction);
        for (int i = 0; rules != null && i < rules.size(); i++) {
            SequenceNode peers = Nodes.list(Nodes.item(rules, i), peersKey);
            for (int j = 0; peers != null && j < peers.size(); j++) {
                MappingNode peer = Nodes.item(peers, j);
                String at = "/spec/" + direction + "/" + i + "/" + peersKey + "/" + j;
                add(pointers, selectors, at + "/podSelector", Nodes.map(peer, "podSelector"));
                add(pointers, selectors, at + "/namespaceSelector", Nodes.map(peer, "namespaceSelector"));
            }
        }
    }

    private static void add(
            List<String> pointers, List<MappingNode> selectors, String pointer, @Nullable MappingNode selector) {
        if (selector != null) {
            pointers.add(pointer);
            selectors.add(selector);
        }
    }
}
