package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.container.ResourceNames;
import dev.podlint.kube.GoQuantity;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code hpa-invalid}: a HorizontalPodAutoscaler (autoscaling/v2, and autoscaling/v1 whose
 * targetCPUUtilizationPercentage becomes a CPU Resource metric) as autoscaling/validation
 * {@code ValidateHorizontalPodAutoscaler} checks it on create, after the v2 defaults (minReplicas 1,
 * the default scaling rules filled into a behavior's unset fields). Fields the schema requires
 * (maxReplicas, scaleTargetRef.kind and name, a metric's type) are {@code schema}'s when missing;
 * enum values are {@code enum-value}'s.
 */
final class AutoscalerCheck implements ObjectCheck {

    private static final KubernetesVersion V1_34 = new KubernetesVersion(1, 34);
    private static final KubernetesVersion V1_35 = new KubernetesVersion(1, 35);
    /** MaxPeriodSeconds and MaxStabilizationWindowSeconds of autoscaling/validation. */
    private static final long MAX_PERIOD_SECONDS = 1800;

    private static final long MAX_STABILIZATION_SECONDS = 3600;
    private static final List<String> SOURCES = List.of("object", "external", "pods", "resource", "containerResource");

    private final String rule;
    /** HPAConfigurableTolerance is on by default from 1.35; before, the API server drops the field. */
    private final boolean tolerance;
    /** ValidateAPIVersion of scaleTargetRef and describedObject, from 1.34. */
    private final boolean apiVersions;

    AutoscalerCheck(String rule, KubernetesVersion version) {
        this.rule = rule;
        this.tolerance = !version.isBefore(V1_35);
        this.apiVersions = !version.isBefore(V1_34);
    }

    @Override
    public void check(Target target) {
        if (!PolicyKinds.HPA.equals(PolicyKinds.of(target))) {
            return;
        }
        MappingNode spec = target.object().mapping("spec");
        if (spec == null) {
            return;
        }
        Findings findings = target.findings(rule);
        replicas(findings, spec);
        MappingNode ref = spec.mapping("scaleTargetRef");
        if (ref != null) {
            reference(findings, ref, "/spec/scaleTargetRef", true);
        }
        boolean v1 = "autoscaling/v1".equals(target.apiVersion());
        Long min = Nodes.int32(spec, "minReplicas");
        if (min != null && min == 0 && (v1 || !scalesToZero(spec.sequence("metrics")))) {
            findings.at(
                    "/spec/metrics",
                    "spec.metrics must specify at least one Object or External metric to support scaling to zero"
                            + " replicas (spec.minReplicas is 0)"
                            + (v1 ? "; autoscaling/v1 has only the CPU utilization target" : ""));
        }
        if (v1) {
            Long cpu = Nodes.int32(spec, "targetCPUUtilizationPercentage");
            if (cpu != null && cpu < 1) {
                findings.at(
                        "/spec/targetCPUUtilizationPercentage",
                        "spec.targetCPUUtilizationPercentage must be greater than 0 (it becomes"
                                + " spec.metrics[0].resource.target.averageUtilization); write a percentage such as 80");
            }
            return;
        }
        SequenceNode metrics = spec.sequence("metrics");
        for (int i = 0; metrics != null && i < metrics.size(); i++) {
            MappingNode metric = Nodes.item(metrics, i);
            if (metric != null) {
                metric(findings, metric, "/spec/metrics/" + i);
            }
        }
        MappingNode behavior = spec.mapping("behavior");
        if (behavior != null) {
            scalingRules(findings, behavior.mapping("scaleUp"), "/spec/behavior/scaleUp");
            scalingRules(findings, behavior.mapping("scaleDown"), "/spec/behavior/scaleDown");
        }
    }

    /** validateMetrics: whether a metric of type Object or External is there. */
    private static boolean scalesToZero(@Nullable SequenceNode metrics) {
        for (int i = 0; metrics != null && i < metrics.size(); i++) {
            String type = Nodes.string(Nodes.item(metrics, i), "type");
            if ("Object".equals(type) || "External".equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static void replicas(Findings findings, MappingNode spec) {
        Long min = Nodes.int32(spec, "minReplicas");
        if (min != null && min < 1) {
            findings.at(
                    "/spec/minReplicas",
                    "spec.minReplicas must be greater than or equal to 1 (scaling to zero needs the alpha"
                            + " feature gate HPAScaleToZero); write 1 or more, or leave it out (default 1)");
        }
        Long max = Nodes.int32(spec, "maxReplicas");
        if (max == null) {
            return;
        }
        if (max == 0) {
            findings.at("/spec/maxReplicas", "spec.maxReplicas must be set and greater than 0");
        } else if (max < 0) {
            findings.at("/spec/maxReplicas", "spec.maxReplicas " + max + " must be greater than or equal to 1");
        }
        long effectiveMin = min == null ? 1 : min;
        if (max < effectiveMin) {
            findings.at(
                    "/spec/maxReplicas",
                    "spec.maxReplicas " + max + " must be greater than or equal to spec.minReplicas (" + effectiveMin
                            + (min == null ? ", the default" : "") + ")");
        }
    }

    /** ValidateCrossVersionObjectReference. */
    private void reference(Findings findings, MappingNode ref, String at, boolean scaleTarget) {
        String field = Pointers.toFieldPath(at);
        String kind = Nodes.string(ref, "kind");
        nameLike(findings, ref, at, "kind");
        nameLike(findings, ref, at, "name");
        if (apiVersions && (!Nodes.present(ref, "apiVersion") || ref.get("apiVersion") instanceof String)) {
            String apiVersion = Nodes.string(ref, "apiVersion");
            String text = apiVersion == null ? "" : apiVersion;
            int slashes = (int) text.chars().filter(c -> c == '/').count();
            if (slashes > 1) {
                findings.at(
                        at + "/apiVersion",
                        field + ".apiVersion " + Quoted.quote(text) + " is not a GROUP/VERSION; write e.g. apps/v1");
            } else if (scaleTarget && !"ReplicationController".equals(kind) && (slashes == 0 || text.equals("/"))) {
                findings.at(
                        at + "/apiVersion",
                        field + ".apiVersion must specify an API group"
                                + (text.isEmpty() ? "" : " (" + Quoted.quote(text) + " has none)")
                                + "; write e.g. apps/v1 for a Deployment or StatefulSet");
            }
        }
    }

    /** A kind or name: required, and IsPathSegmentName. */
    private static void nameLike(Findings findings, MappingNode ref, String at, String key) {
        String value = Nodes.string(ref, key);
        if (value == null) {
            return;
        }
        if (value.isEmpty()) {
            findings.at(at + "/" + key, Pointers.toFieldPath(at) + "." + key + " is required");
            return;
        }
        String problem = Formats.pathSegmentProblem(value, false);
        if (problem != null) {
            findings.at(
                    at + "/" + key, Pointers.toFieldPath(at) + "." + key + " " + Quoted.quote(value) + " " + problem);
        }
    }

    /** validateMetricSpec: the source the type names must be there, and no other. */
    private void metric(Findings findings, MappingNode metric, String at) {
        String type = Nodes.string(metric, "type");
        String expected = type == null
                ? null
                : switch (type) {
                    case "Object" -> "object";
                    case "Pods" -> "pods";
                    case "Resource" -> "resource";
                    case "External" -> "external";
                    case "ContainerResource" -> "containerResource";
                    default -> null;
                };
        String first = null;
        int present = 0;
        for (String source : SOURCES) {
            if (Nodes.present(metric, source)) {
                present++;
                if (first == null) {
                    first = source;
                }
            }
        }
        MappingNode firstSource = first == null ? null : metric.mapping(first);
        if (first != null && firstSource != null) {
            source(findings, first, firstSource, at + "/" + first);
        }
        if (expected != null && !Nodes.present(metric, expected)) {
            findings.at(
                    at + "/" + expected,
                    Pointers.toFieldPath(at) + "." + expected + " is required for a metric of type " + type
                            + ": it must populate information for the given metric source");
        }
        if (present > 1) {
            for (String source : SOURCES) {
                if (!source.equals(expected) && Nodes.present(metric, source)) {
                    findings.atKey(
                            at + "/" + source,
                            Pointers.toFieldPath(at) + "." + source
                                    + " is forbidden: a metric must populate the source its type "
                                    + (type == null ? "names" : "names (" + type + ")") + " only");
                }
            }
        }
    }

    private void source(Findings findings, String source, MappingNode src, String at) {
        MappingNode target = src.mapping("target");
        String targetAt = at + "/target";
        switch (source) {
            case "object" -> {
                MappingNode described = src.mapping("describedObject");
                if (described != null) {
                    reference(findings, described, at + "/describedObject", false);
                }
                metricName(findings, src, at);
                target(findings, target, targetAt);
                if (target != null && !Nodes.present(target, "value") && !Nodes.present(target, "averageValue")) {
                    findings.at(
                            targetAt + "/averageValue",
                            Pointers.toFieldPath(targetAt) + " must set either value or averageValue");
                }
            }
            case "external" -> {
                metricName(findings, src, at);
                target(findings, target, targetAt);
                if (target != null) {
                    boolean value = Nodes.present(target, "value");
                    boolean average = Nodes.present(target, "averageValue");
                    if (!value && !average) {
                        findings.at(
                                targetAt + "/averageValue",
                                Pointers.toFieldPath(targetAt)
                                        + " must set either a target value for the metric (value) or a"
                                        + " per-pod target (averageValue)");
                    } else if (value && average) {
                        findings.atKey(
                                targetAt + "/value",
                                Pointers.toFieldPath(targetAt) + " may not set both value and averageValue; keep one");
                    }
                }
            }
            case "pods" -> {
                metricName(findings, src, at);
                target(findings, target, targetAt);
                if (target != null && !Nodes.present(target, "averageValue")) {
                    findings.at(
                            targetAt + "/averageValue",
                            Pointers.toFieldPath(targetAt) + ".averageValue is required for a Pods metric"
                                    + " (type AverageValue with a positive averageValue)");
                }
            }
            default -> {
                String name = Nodes.string(src, "name");
                if (name != null && name.isEmpty()) {
                    findings.at(
                            at + "/name",
                            Pointers.toFieldPath(at) + ".name must specify a resource name (cpu, memory)");
                }
                if (source.equals("containerResource")) {
                    String problem = name == null || name.isEmpty() ? null : ResourceNames.problem(name);
                    if (name != null && problem != null) {
                        findings.at(
                                at + "/name",
                                Pointers.toFieldPath(at) + ".name " + Quoted.quote(name)
                                        + " is not a container resource name: " + problem);
                    }
                    String container = Nodes.string(src, "container");
                    if (container != null && container.isEmpty()) {
                        findings.at(
                                at + "/container", Pointers.toFieldPath(at) + ".container must specify a container");
                    } else if (container != null && !Formats.isDns1123Label(container)) {
                        findings.at(
                                at + "/container",
                                Pointers.toFieldPath(at) + ".container " + Quoted.quote(container)
                                        + " is not a valid container name: " + Formats.dns1123LabelProblem(container));
                    }
                }
                target(findings, target, targetAt);
                if (target != null) {
                    boolean utilization = Nodes.present(target, "averageUtilization");
                    boolean average = Nodes.present(target, "averageValue");
                    if (!utilization && !average) {
                        findings.at(
                                targetAt + "/averageUtilization",
                                Pointers.toFieldPath(targetAt)
                                        + " must set either averageUtilization (type Utilization) or"
                                        + " averageValue (type AverageValue)");
                    } else if (utilization && average) {
                        findings.atKey(
                                targetAt + "/averageValue",
                                Pointers.toFieldPath(targetAt)
                                        + " may not set both averageUtilization and averageValue;" + " keep one");
                    }
                }
            }
        }
    }

    private static void metricName(Findings findings, MappingNode src, String at) {
        MappingNode metric = src.mapping("metric");
        String name = Nodes.string(metric, "name");
        if (name == null) {
            return;
        }
        String problem = name.isEmpty() ? "must specify a metric name" : Formats.pathSegmentProblem(name, false);
        if (problem != null) {
            findings.at(at + "/metric/name", Pointers.toFieldPath(at) + ".metric.name " + problem);
        }
    }

    /** validateMetricTarget: the type is enum-value's; the numbers must be positive. */
    private static void target(Findings findings, @Nullable MappingNode target, String at) {
        if (target == null) {
            return;
        }
        for (String key : new String[] {"value", "averageValue"}) {
            BigDecimal value = Nodes.present(target, key) ? GoQuantity.value(target.get(key)) : null;
            if (value != null && value.signum() != 1) {
                findings.at(
                        at + "/" + key,
                        Pointers.toFieldPath(at) + "." + key + " " + target.get(key) + " must be positive");
            }
        }
        Long utilization = Nodes.int32(target, "averageUtilization");
        if (utilization != null && utilization < 1) {
            findings.at(
                    at + "/averageUtilization",
                    Pointers.toFieldPath(at)
                            + ".averageUtilization must be greater than 0 (a percentage of the requests)");
        }
    }

    /** validateScalingRules, after SetDefaults_HorizontalPodAutoscalerBehavior. */
    private void scalingRules(Findings findings, @Nullable MappingNode rules, String at) {
        if (rules == null) {
            return;
        }
        String field = Pointers.toFieldPath(at);
        Long window = Nodes.int32(rules, "stabilizationWindowSeconds");
        if (window != null && window < 0) {
            findings.at(
                    at + "/stabilizationWindowSeconds",
                    field + ".stabilizationWindowSeconds must be greater than or equal to zero");
        } else if (window != null && window > MAX_STABILIZATION_SECONDS) {
            findings.at(
                    at + "/stabilizationWindowSeconds",
                    field + ".stabilizationWindowSeconds " + window + " must be less than or equal to "
                            + MAX_STABILIZATION_SECONDS + " (an hour)");
        }
        SequenceNode policies = rules.sequence("policies");
        if (policies != null && policies.isEmpty()) {
            findings.at(
                    at + "/policies",
                    field + ".policies must specify at least one policy; add one, or remove policies to get"
                            + " the default ones");
        }
        for (int i = 0; policies != null && i < policies.size(); i++) {
            MappingNode policy = Nodes.item(policies, i);
            String policyAt = at + "/policies/" + i;
            Long value = Nodes.int32(policy, "value");
            if (value != null && value <= 0) {
                findings.at(policyAt + "/value", Pointers.toFieldPath(policyAt) + ".value must be greater than zero");
            }
            Long period = Nodes.int32(policy, "periodSeconds");
            if (period != null && period <= 0) {
                findings.at(
                        policyAt + "/periodSeconds",
                        Pointers.toFieldPath(policyAt) + ".periodSeconds must be greater than zero");
            } else if (period != null && period > MAX_PERIOD_SECONDS) {
                findings.at(
                        policyAt + "/periodSeconds",
                        Pointers.toFieldPath(policyAt) + ".periodSeconds " + period + " must be less than or equal to "
                                + MAX_PERIOD_SECONDS + " (30 minutes)");
            }
        }
        if (tolerance && Nodes.present(rules, "tolerance")) {
            BigDecimal value = GoQuantity.value(rules.get("tolerance"));
            if (value != null && value.signum() < 0) {
                findings.at(at + "/tolerance", field + ".tolerance must be greater than or equal to 0");
            }
        }
    }
}
