package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code selector-invalid}: a workload's selector against its pod template's labels, empty
 * selectors, matchExpressions operators and values, and the selector a Job or CronJob must leave to
 * the API server (apps/validation, core/validation ValidateReplicationControllerSpec,
 * batch/validation ValidateJob and the job strategy's {@code generateSelector}).
 */
final class SelectorCheck implements ObjectCheck {

    static final String JOB_NAME = "job-name";
    static final String CONTROLLER_UID = "controller-uid";
    static final String BATCH_JOB_NAME = "batch.kubernetes.io/job-name";
    static final String BATCH_CONTROLLER_UID = "batch.kubernetes.io/controller-uid";
    /** Stands for the uid the API server gives a new Job: no value written in a manifest equals it. */
    private static final String UNKNOWN_UID = "\u0000uid";

    private final String rule;

    SelectorCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        PolicySelectors.operators(target, rule);
        String kind = target.builtIn();
        MappingNode spec = kind == null ? null : target.object().mapping("spec");
        if (spec == null) {
            if (kind != null && !target.object().containsKey("spec") && selectsByLabel(kind)) {
                target.findings(rule)
                        .at(
                                "/spec/selector",
                                "a " + kind + " needs spec.selector"
                                        + (kind.equals("ReplicationController") ? " and spec.template" : "")
                                        + ": it selects its pods by label; add a spec with"
                                        + " spec.selector and the same labels in spec.template.metadata.labels");
            }
            return;
        }
        Findings findings = target.findings(rule);
        switch (Objects.requireNonNull(kind)) {
            case "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet" -> {
                if (spec.node("selector") instanceof MappingNode selector) {
                    labelSelector(findings, kind, selector, spec);
                }
            }
            case "ReplicationController" -> replicationController(findings, spec);
            case "Job" -> job(findings, spec, Nodes.string(target.metadata(), "name"));
            case "CronJob" -> cronJob(findings, Nodes.map(spec, "jobTemplate", "spec"));
            default -> {}
        }
    }

    private static boolean selectsByLabel(String kind) {
        return switch (kind) {
            case "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "ReplicationController" -> true;
            default -> false;
        };
    }

    /** The selector of an apps/v1 workload, or of a Job with manualSelector: true. */
    private static void labelSelector(Findings findings, String kind, MappingNode selector, MappingNode spec) {
        boolean structureOk = expressions(findings, selector);
        MappingNode matchLabels = selector.mapping("matchLabels");
        SequenceNode expressions = selector.sequence("matchExpressions");
        if ((matchLabels == null || matchLabels.isEmpty()) && (expressions == null || expressions.isEmpty())) {
            if (!kind.equals("Job")) {
                String word = kind.equals("ReplicaSet") ? "deployment" : kind.toLowerCase(Locale.ROOT);
                findings.at(
                        "/spec/selector",
                        "spec.selector is empty, which is invalid for a " + kind + " (the API"
                                + " server says: empty selector is invalid for " + word
                                + "); select the pods by the template's"
                                + " labels, e.g. matchLabels: {app: NAME}");
            }
            return;
        }
        Selector parsed = structureOk ? Selector.parse(selector) : null;
        if (parsed != null) {
            mustMatchTemplate(findings, parsed, spec);
        }
    }

    /** Reports operators and values of matchExpressions; false when the selector cannot be converted. */
    private static boolean expressions(Findings findings, MappingNode selector) {
        SequenceNode expressions = selector.sequence("matchExpressions");
        boolean ok = true;
        for (int i = 0; expressions != null && i < expressions.size(); i++) {
            MappingNode expression = Nodes.item(expressions, i);
            String operator = Nodes.string(expression, "operator");
            if (expression == null || operator == null) {
                continue;
            }
            String problem = Selector.operatorProblem(operator, expression);
            if (problem != null) {
                boolean aboutValues = problem.startsWith("values");
                findings.at(
                        "/spec/selector/matchExpressions/" + i
                                + (aboutValues && expression.containsKey("values")
                                        ? "/values"
                                        : aboutValues ? "" : "/operator"),
                        "spec.selector.matchExpressions[" + i + "]: " + problem);
                ok = false;
            }
        }
        return ok;
    }

    private static void mustMatchTemplate(Findings findings, Selector selector, MappingNode spec) {
        if (selector.isEmpty()) {
            return;
        }
        Map<String, String> labels = labels(templateLabels(spec));
        if (labels == null) {
            return;
        }
        Selector.Requirement missing = selector.firstUnmatched(labels);
        if (missing != null) {
            findings.at(
                    "/spec/template/metadata/labels",
                    "spec.selector does not match"
                            + " spec.template.metadata.labels: the selector requires " + missing
                            + describe(missing, labels) + "; the"
                            + " template's labels must satisfy every matchLabels and matchExpressions entry");
        }
    }

    private static String describe(Selector.Requirement missing, Map<String, String> labels) {
        String actual = labels.get(missing.key());
        if (actual == null) {
            return labels.isEmpty()
                    ? ", and the template has no labels"
                    : ", and the template has no label " + missing.key();
        }
        return ", and the template has " + missing.key() + ": " + actual;
    }

    private static @Nullable YamlNode templateLabels(MappingNode spec) {
        MappingNode metadata = Nodes.map(spec, "template", "metadata");
        return metadata == null ? null : metadata.node("labels");
    }

    /** The string labels of a labels mapping ({} when absent), or null when a value is not a string. */
    static @Nullable Map<String, String> labels(@Nullable YamlNode node) {
        Map<String, String> labels = new HashMap<>();
        if (node instanceof MappingNode map) {
            for (MappingNode.Entry e : map.entries()) {
                if (e.value() instanceof ScalarNode s && s.value() == null) {
                    labels.put(e.key(), "");
                } else if (Nodes.string(e.value()) != null) {
                    labels.put(e.key(), Nodes.string(e.value()));
                } else {
                    return null;
                }
            }
        } else if (node != null && !(node instanceof ScalarNode s && s.value() == null)) {
            return null;
        }
        return labels;
    }

    /**
     * core/validation: an empty spec.selector is defaulted from the template's labels
     * (SetDefaults_ReplicationController); then it must be non-empty and match them.
     */
    private static void replicationController(Findings findings, MappingNode spec) {
        Map<String, String> selector = labels(spec.node("selector"));
        if (selector == null) {
            return;
        }
        Map<String, String> labels = labels(templateLabels(spec));
        if (selector.isEmpty()) {
            if (labels != null && labels.isEmpty()) {
                findings.at(
                        "/spec/selector",
                        "spec.selector is required:"
                                + " give the ReplicationController a selector, or labels in spec.template.metadata.labels"
                                + " (an empty selector is taken from them)");
            }
            return;
        }
        if (labels == null || !(spec.node("template") instanceof MappingNode)) {
            return;
        }
        for (Map.Entry<String, String> e : selector.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                findings.at(
                        "/spec/template/metadata/labels",
                        "spec.selector does not match"
                                + " spec.template.metadata.labels: the selector requires " + e.getKey() + "="
                                + e.getValue()
                                + describe(new Selector.Requirement(e.getKey(), "In", List.of(e.getValue())), labels)
                                + "; the template's labels must include every selector entry");
                return;
            }
        }
    }

    private static void job(Findings findings, MappingNode spec, @Nullable String name) {
        YamlNode selectorNode = spec.node("selector");
        MappingNode selector = selectorNode instanceof MappingNode m ? m : null;
        if (Boolean.TRUE.equals(Nodes.bool(spec, "manualSelector"))) {
            if (selector == null) {
                findings.at(
                        "/spec/selector",
                        "spec.selector is required when spec.manualSelector is true; add a selector"
                                + " that matches spec.template.metadata.labels, or remove manualSelector");
            } else {
                labelSelector(findings, "Job", selector, spec);
            }
            return;
        }
        Map<String, String> labels = labels(templateLabels(spec));
        if (labels != null) {
            String nameText = name == null ? "to the Job's generated name" : "to the Job's name, " + Quoted.quote(name);
            generatedLabel(findings, labels, JOB_NAME, name, nameText);
            generatedLabel(findings, labels, BATCH_JOB_NAME, name, nameText);
            generatedLabel(findings, labels, CONTROLLER_UID, null, "to the Job's uid");
            generatedLabel(findings, labels, BATCH_CONTROLLER_UID, null, "to the Job's uid");
        }
        if (selector != null && expressions(findings, selector)) {
            Selector parsed = Selector.parse(selector);
            Map<String, String> expected = new HashMap<>();
            expected.put(CONTROLLER_UID, UNKNOWN_UID);
            expected.put(BATCH_CONTROLLER_UID, UNKNOWN_UID);
            expected.put(JOB_NAME, name == null ? UNKNOWN_UID : name);
            expected.put(BATCH_JOB_NAME, name == null ? UNKNOWN_UID : name);
            if (parsed != null && parsed.firstUnmatched(expected) != null) {
                findings.at(
                        "/spec/selector",
                        "spec.selector is generated by the API server for a Job (it selects the"
                                + " Job's uid) and this one does not select the generated labels; remove spec.selector, or set"
                                + " spec.manualSelector: true to keep your own");
            }
        }
    }

    /**
     * A label the job strategy would add to the pod template but leaves alone when it is already
     * there; validation then requires the generated value ({@code ValidateHasLabel}).
     */
    private static void generatedLabel(
            Findings findings, Map<String, String> labels, String key, @Nullable String expected, String what) {
        String value = labels.get(key);
        if (value == null || value.equals(expected)) {
            return;
        }
        String at = Pointers.append("/spec/template/metadata/labels", key);
        findings.at(
                at,
                "label " + key + " of the Job's pod template is set by the API server (" + what + "); remove"
                        + " it, or set spec.manualSelector: true and write the selector yourself");
    }

    /** batch/validation ValidateJobTemplateSpec: a CronJob's Jobs always get a generated selector. */
    private static void cronJob(Findings findings, @Nullable MappingNode jobSpec) {
        if (jobSpec == null) {
            return;
        }
        String at = "/spec/jobTemplate/spec";
        if (Nodes.present(jobSpec, "selector")) {
            findings.atKey(
                    at + "/selector", "spec.jobTemplate.spec.selector will be generated for each Job; remove it");
        }
        if (Boolean.TRUE.equals(Nodes.bool(jobSpec, "manualSelector"))) {
            findings.at(
                    at + "/manualSelector",
                    "spec.jobTemplate.spec.manualSelector must be false or unset: a"
                            + " CronJob's Jobs always get a generated selector");
        }
    }
}
