package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.container.ResourceNames;
import dev.podlint.kube.GoQuantity;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code runtime-class-invalid}: a node.k8s.io/v1 RuntimeClass as node/validation
 * {@code ValidateRuntimeClass} checks it: {@code handler} a DNS-1123 label; {@code overhead.podFixed}
 * as container limits ({@code ValidateContainerResourceRequirements}: resource names, non-negative,
 * whole counts, hugepages a multiple of their page size and only with cpu or memory); {@code scheduling.nodeSelector} labels
 * ({@code ValidateLabels}); {@code scheduling.tolerations} ({@code ValidateTolerations} and no
 * toleration twice; a value's problems are reported at {@code operator}, where Kubernetes names them).
 * Toleration operators and effects outside their sets are {@code enum-value}'s.
 */
final class RuntimeClassCheck implements ObjectCheck {

    private final String rule;

    RuntimeClassCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        if (!target.kind().equals("RuntimeClass") || !"node.k8s.io/v1".equals(target.apiVersion())) {
            return;
        }
        MappingNode object = target.object();
        Findings findings = target.findings(rule);
        String handler = object.string("handler");
        if (handler != null) {
            if (handler.isEmpty()) {
                findings.at("/handler", "handler is required: the CRI handler name the nodes know (e.g. runc, kata)");
            } else if (!Formats.isDns1123Label(handler)) {
                findings.at(
                        "/handler",
                        "handler " + Quoted.quote(handler) + " is not a DNS-1123 label: "
                                + Formats.dns1123LabelProblem(handler));
            }
        }
        MappingNode podFixed = Nodes.map(object, "overhead", "podFixed");
        if (podFixed != null) {
            overhead(findings, podFixed);
        }
        MappingNode scheduling = object.mapping("scheduling");
        if (scheduling != null) {
            nodeSelector(findings, scheduling.mapping("nodeSelector"));
            tolerations(findings, scheduling.sequence("tolerations"));
        }
    }

    private static void overhead(Findings findings, MappingNode podFixed) {
        boolean cpuOrMemory = false;
        boolean hugePages = false;
        for (MappingNode.Entry e : podFixed.entries()) {
            String name = e.key();
            String at = Pointers.append("/overhead/podFixed", name);
            String field = "overhead.podFixed[" + name + "]";
            String problem = ResourceNames.problem(name);
            if (problem != null) {
                findings.atKey(at, field + ": " + Quoted.quote(name) + " is not a container resource name: " + problem);
            }
            cpuOrMemory |= name.equals("cpu") || name.equals("memory");
            hugePages |= name.startsWith("hugepages-");
            BigDecimal value = GoQuantity.value(podFixed.get(name));
            if (value == null) {
                continue;
            }
            if (value.signum() < 0) {
                findings.at(at, field + " must be greater than or equal to 0");
            } else if (ResourceNames.integerOnly(name)
                    && value.setScale(3, RoundingMode.CEILING)
                                    .stripTrailingZeros()
                                    .scale()
                            > 0) {
                findings.at(at, field + " must be an integer");
            }
            if (name.startsWith("hugepages-") && !divisible(name, value)) {
                findings.at(at, field + " must be a whole multiple of the page size " + name.substring(10));
            }
        }
        if (hugePages && !cpuOrMemory) {
            findings.atKey("/overhead/podFixed", "overhead.podFixed: hugepages require cpu or memory next to them");
        }
    }

    /** IsHugePageResourceValueDivisible: a whole page size, and the value (rounded up) a multiple of it. */
    private static boolean divisible(String name, BigDecimal value) {
        BigDecimal page = GoQuantity.value(name.substring("hugepages-".length()));
        if (page == null || page.signum() <= 0 || page.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return GoQuantity.ceil(value).mod(page.toBigIntegerExact()).signum() == 0;
    }

    /** ValidateLabels. */
    private static void nodeSelector(Findings findings, @Nullable MappingNode labels) {
        if (labels == null) {
            return;
        }
        for (MappingNode.Entry e : labels.entries()) {
            String at = Pointers.append("/scheduling/nodeSelector", e.key());
            String keyProblem = Formats.qualifiedNameProblem(e.key());
            if (keyProblem != null) {
                findings.atKey(
                        at,
                        "label key " + Quoted.quote(e.key()) + " in scheduling.nodeSelector is not valid: "
                                + keyProblem);
            }
            String value = Nodes.string(e.value());
            String valueProblem = value == null ? null : Formats.labelValueProblem(value);
            if (value != null && valueProblem != null) {
                findings.at(
                        at,
                        "label " + Quoted.quote(e.key()) + " in scheduling.nodeSelector has an invalid value "
                                + Quoted.quote(value) + ": " + valueProblem);
            }
        }
    }

    /** node/validation validateTolerations: core ValidateTolerations, then no toleration twice. */
    private static void tolerations(Findings findings, @Nullable SequenceNode tolerations) {
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; tolerations != null && i < tolerations.size(); i++) {
            MappingNode toleration = Nodes.item(tolerations, i);
            if (toleration == null) {
                continue;
            }
            String at = "/scheduling/tolerations/" + i;
            String field = "scheduling.tolerations[" + i + "]";
            String key = text(toleration, "key");
            String operator = text(toleration, "operator");
            String value = text(toleration, "value");
            String effect = text(toleration, "effect");
            if (!key.isEmpty() && !Formats.isQualifiedName(key)) {
                findings.at(
                        at + "/key",
                        field + ".key " + Quoted.quote(key) + " is not a valid label key: "
                                + Formats.qualifiedNameProblem(key));
            }
            if (key.isEmpty() && !operator.equals("Exists")) {
                findings.at(
                        toleration.containsKey("operator") ? at + "/operator" : at,
                        field + ": operator must be Exists when key is empty (which tolerates every taint)");
            }
            if (Nodes.present(toleration, "tolerationSeconds") && !effect.equals("NoExecute")) {
                findings.at(
                        toleration.containsKey("effect") ? at + "/effect" : at,
                        field + ".effect must be NoExecute when tolerationSeconds is set");
            }
            if (operator.isEmpty() || operator.equals("Equal")) {
                String problem = Formats.labelValueProblem(value);
                if (problem != null) {
                    findings.at(
                            at + "/operator",
                            field + ".value " + Quoted.quote(value) + " is not a valid label value: " + problem);
                }
            } else if (operator.equals("Exists") && !value.isEmpty()) {
                findings.at(at + "/operator", field + ".value must be empty when operator is Exists");
            }
            if (!seen.add(List.of(key, operator, value, effect))) {
                findings.at(at, field + " repeats an earlier toleration (same key, operator, value and effect)");
            }
        }
    }

    private static String text(MappingNode node, String key) {
        String s = Nodes.string(node, key);
        return s == null ? "" : s;
    }
}
