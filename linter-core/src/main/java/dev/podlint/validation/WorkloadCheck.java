package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.QuantityFunctions;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code workload-invalid}: the spec fields of Deployments, ReplicaSets, StatefulSets, DaemonSets
 * and ReplicationControllers (apps/validation, core/validation ValidateReplicationControllerSpec),
 * after the v1 defaults: counts, update strategies, StatefulSet specifics, and template fields a
 * controller forbids.
 */
final class WorkloadCheck implements ObjectCheck {

    private static final KubernetesVersion V1_33 = new KubernetesVersion(1, 33);
    private static final KubernetesVersion V1_34 = new KubernetesVersion(1, 34);
    private static final KubernetesVersion V1_35 = new KubernetesVersion(1, 35);

    private final String rule;
    private final KubernetesVersion version;
    private final QuantityFunctions quantities = new QuantityFunctions();

    WorkloadCheck(String rule, KubernetesVersion version) {
        this.rule = rule;
        this.version = version;
    }

    @Override
    public void check(Target target) {
        String kind = target.builtIn();
        MappingNode spec = kind == null ? null : target.object().mapping("spec");
        if (spec == null) {
            return;
        }
        Findings findings = target.findings(rule);
        switch (Objects.requireNonNull(kind)) {
            case "Deployment" -> {
                counts(findings, spec, "replicas", "minReadySeconds", "revisionHistoryLimit");
                progressDeadline(findings, spec);
                deploymentStrategy(findings, spec.mapping("strategy"));
                noActiveDeadline(findings, spec, kind);
            }
            case "ReplicaSet" -> {
                counts(findings, spec, "replicas", "minReadySeconds");
                noActiveDeadline(findings, spec, kind);
            }
            case "DaemonSet" -> {
                counts(findings, spec, "minReadySeconds", "revisionHistoryLimit", "templateGeneration");
                daemonSetStrategy(findings, spec.mapping("updateStrategy"));
                noActiveDeadline(findings, spec, kind);
            }
            case "StatefulSet" -> statefulSet(findings, spec);
            case "ReplicationController" -> {
                counts(findings, spec, "replicas", "minReadySeconds");
                if (!Nodes.present(spec, "template")) {
                    findings.at(
                            "/spec/template",
                            "spec.template is required: a ReplicationController needs a pod template");
                }
                noActiveDeadline(findings, spec, kind);
            }
            default -> {}
        }
    }

    /** ValidateNonnegativeField on each of {@code fields} of {@code spec}. */
    private static void counts(Findings findings, MappingNode spec, String... fields) {
        for (String field : fields) {
            nonNegative(findings, spec, "/spec", field);
        }
    }

    static void nonNegative(Findings findings, @Nullable MappingNode parent, String pointer, String field) {
        Long value = Nodes.integer(parent, field);
        if (value != null && value < 0) {
            findings.at(
                    pointer + "/" + field,
                    LabelCheck.fieldPath(pointer) + "." + field + " must be greater than or" + " equal to 0, not "
                            + value);
        }
    }

    /** progressDeadlineSeconds (600 when unset) must be non-negative and exceed minReadySeconds (0 when unset). */
    private static void progressDeadline(Findings findings, MappingNode spec) {
        if ((spec.containsKey("minReadySeconds") && Nodes.int32(spec, "minReadySeconds") == null)
                || (spec.containsKey("progressDeadlineSeconds")
                        && Nodes.int32(spec, "progressDeadlineSeconds") == null)) {
            return;
        }
        Long minReadyValue = Nodes.int32(spec, "minReadySeconds");
        long minReady = minReadyValue == null ? 0 : minReadyValue;
        Long deadline = Nodes.int32(spec, "progressDeadlineSeconds");
        long effective = deadline == null ? 600 : deadline;
        if (effective < 0) {
            findings.at(
                    "/spec/progressDeadlineSeconds",
                    "spec.progressDeadlineSeconds must be greater than or equal" + " to 0, not " + effective);
        } else if (effective <= minReady) {
            findings.at(
                    deadline == null ? "/spec/minReadySeconds" : "/spec/progressDeadlineSeconds",
                    "spec.progressDeadlineSeconds (" + effective + (deadline == null ? ", the default" : "")
                            + ") must be greater than spec.minReadySeconds (" + minReady + "); raise "
                            + "progressDeadlineSeconds or lower minReadySeconds");
        }
    }

    /** ValidateDeploymentStrategy after SetDefaults_Deployment (type RollingUpdate, 25% and 25%). */
    private static void deploymentStrategy(Findings findings, @Nullable MappingNode strategy) {
        String type = Nodes.string(strategy, "type");
        String at = "/spec/strategy";
        if ("Recreate".equals(type)) {
            if (Nodes.present(strategy, "rollingUpdate")) {
                findings.atKey(
                        at + "/rollingUpdate",
                        "spec.strategy.rollingUpdate may not be specified when strategy"
                                + " type is 'Recreate'; remove it, or use type RollingUpdate");
            }
            return;
        }
        if (type != null && !type.isEmpty() && !type.equals("RollingUpdate")) {
            return;
        }
        MappingNode rolling = Nodes.map(strategy, "rollingUpdate");
        String rp = at + "/rollingUpdate";
        IntOrPercent maxUnavailable = present(rolling, "maxUnavailable")
                ? IntOrPercent.of(rolling, "maxUnavailable")
                : IntOrPercent.PERCENT_25;
        IntOrPercent maxSurge =
                present(rolling, "maxSurge") ? IntOrPercent.of(rolling, "maxSurge") : IntOrPercent.PERCENT_25;
        if (maxUnavailable == null || maxSurge == null) {
            return;
        }
        intOrPercent(findings, maxUnavailable, rp, "maxUnavailable");
        intOrPercent(findings, maxSurge, rp, "maxSurge");
        if (maxUnavailable.value() == 0 && maxSurge.value() == 0) {
            findings.at(
                    present(rolling, "maxUnavailable") ? rp + "/maxUnavailable" : rp + "/maxSurge",
                    "spec.strategy.rollingUpdate.maxUnavailable may not be 0 when maxSurge is 0: the rollout could"
                            + " never replace a pod; allow one of them (e.g. maxSurge: 1)");
        }
        if (maxUnavailable.over100Percent()) {
            findings.at(
                    rp + "/maxUnavailable",
                    "spec.strategy.rollingUpdate.maxUnavailable must not be greater than" + " 100%");
        }
    }

    private static boolean present(@Nullable MappingNode parent, String key) {
        return Nodes.present(parent, key);
    }

    private static void intOrPercent(Findings findings, IntOrPercent value, String pointer, String field) {
        String problem = value.problem();
        if (problem != null) {
            findings.at(pointer + "/" + field, LabelCheck.fieldPath(pointer) + "." + field + " " + problem);
        }
    }

    /** ValidateDaemonSetUpdateStrategy after SetDefaults_DaemonSet (RollingUpdate, maxUnavailable 1, maxSurge 0). */
    private static void daemonSetStrategy(Findings findings, @Nullable MappingNode strategy) {
        String type = Nodes.string(strategy, "type");
        if (type != null && !type.isEmpty() && !type.equals("RollingUpdate")) {
            return;
        }
        MappingNode rolling = Nodes.map(strategy, "rollingUpdate");
        String rp = "/spec/updateStrategy/rollingUpdate";
        IntOrPercent maxUnavailable =
                present(rolling, "maxUnavailable") ? IntOrPercent.of(rolling, "maxUnavailable") : IntOrPercent.ONE;
        IntOrPercent maxSurge = present(rolling, "maxSurge") ? IntOrPercent.of(rolling, "maxSurge") : IntOrPercent.ZERO;
        if (maxUnavailable == null || maxSurge == null) {
            return;
        }
        intOrPercent(findings, maxUnavailable, rp, "maxUnavailable");
        intOrPercent(findings, maxSurge, rp, "maxSurge");
        for (String field : new String[] {"maxUnavailable", "maxSurge"}) {
            if ((field.equals("maxSurge") ? maxSurge : maxUnavailable).over100Percent()) {
                findings.at(
                        rp + "/" + field,
                        "spec.updateStrategy.rollingUpdate." + field + " must not be greater" + " than 100%");
            }
        }
        boolean unavailable = maxUnavailable.value() != 0;
        boolean surge = maxSurge.value() != 0;
        if (unavailable && surge) {
            findings.at(
                    rp + "/maxSurge",
                    "spec.updateStrategy.rollingUpdate.maxSurge may not be set when"
                            + " maxUnavailable is non-zero"
                            + (present(rolling, "maxUnavailable") ? "" : " (it defaults to 1)")
                            + "; set maxUnavailable: 0 to surge, or remove maxSurge");
        } else if (!unavailable && !surge) {
            findings.at(
                    present(rolling, "maxUnavailable") ? rp + "/maxUnavailable" : rp + "/maxSurge",
                    "spec.updateStrategy.rollingUpdate.maxUnavailable cannot be 0 when maxSurge is 0; allow one of"
                            + " them");
        }
    }

    private void statefulSet(Findings findings, MappingNode spec) {
        counts(findings, spec, "replicas", "minReadySeconds");
        nonNegative(findings, Nodes.map(spec, "ordinals"), "/spec/ordinals", "start");
        MappingNode strategy = spec.mapping("updateStrategy");
        String type = Nodes.string(strategy, "type");
        MappingNode rolling = Nodes.map(strategy, "rollingUpdate");
        String rp = "/spec/updateStrategy/rollingUpdate";
        if ("OnDelete".equals(type) && Nodes.present(strategy, "rollingUpdate")) {
            findings.atKey(
                    rp,
                    "spec.updateStrategy.rollingUpdate is only allowed for updateStrategy 'RollingUpdate';"
                            + " remove it, or use type RollingUpdate");
        } else if ((type == null || type.isEmpty() || type.equals("RollingUpdate")) && rolling != null) {
            nonNegative(findings, rolling, rp, "partition");
            if (version.equals(V1_35) && present(rolling, "maxUnavailable")) {
                statefulSetMaxUnavailable(findings, IntOrPercent.of(rolling, "maxUnavailable"), rp);
            }
        }
        String serviceName = Nodes.string(spec, "serviceName");
        if (!version.isBefore(V1_33) && serviceName != null && !serviceName.isEmpty()) {
            String problem = Formats.dns1123LabelProblem(serviceName);
            if (problem != null) {
                findings.at(
                        "/spec/serviceName",
                        "spec.serviceName " + Quoted.quote(serviceName) + " must be the name of a"
                                + " Service, a DNS-1123 label: " + problem);
            }
        }
        if (!version.isBefore(V1_34)) {
            claimTemplates(findings, spec.sequence("volumeClaimTemplates"));
        }
        noActiveDeadline(findings, spec, "StatefulSet");
    }

    /** validateRollingUpdateStatefulSet; maxUnavailable is dropped unless MaxUnavailableStatefulSet is on (1.35). */
    private static void statefulSetMaxUnavailable(Findings findings, @Nullable IntOrPercent value, String rp) {
        if (value == null) {
            return;
        }
        intOrPercent(findings, value, rp, "maxUnavailable");
        if (value.problem() == null && value.value() == 0) {
            findings.at(rp + "/maxUnavailable", "spec.updateStrategy.rollingUpdate.maxUnavailable cannot be 0");
        } else if (value.over100Percent()) {
            findings.at(
                    rp + "/maxUnavailable",
                    "spec.updateStrategy.rollingUpdate.maxUnavailable must not be" + " greater than 100%");
        }
    }

    /** ValidatePersistentVolumeClaimSpec on each volumeClaimTemplate (from Kubernetes 1.34). */
    private void claimTemplates(Findings findings, @Nullable SequenceNode templates) {
        for (int i = 0; templates != null && i < templates.size(); i++) {
            MappingNode template = Nodes.item(templates, i);
            MappingNode spec = Nodes.map(template, "spec");
            String at = "/spec/volumeClaimTemplates/" + i + "/spec";
            String field = "spec.volumeClaimTemplates[" + i + "].spec";
            if (spec == null) {
                if (template != null && !Nodes.present(template, "spec")) {
                    findings.at(
                            at,
                            field + " is required: the claim's accessModes and resources.requests.storage"
                                    + " (e.g. accessModes: [ReadWriteOnce], storage: 1Gi)");
                }
                continue;
            }
            MappingNode dataSource = spec.mapping("dataSource");
            if (dataSource != null) {
                StorageCheck.dataSource(findings, dataSource, at, "dataSource");
            }
            MappingNode dataSourceRef = spec.mapping("dataSourceRef");
            if (dataSourceRef != null) {
                StorageCheck.dataSource(findings, dataSourceRef, at, "dataSourceRef");
            }
            SequenceNode modes = spec.sequence("accessModes");
            if (modes == null || modes.isEmpty()) {
                findings.at(
                        at + "/accessModes",
                        field + ".accessModes: at least 1 access mode" + " is required (e.g. [ReadWriteOnce])");
            } else if (modes.contains("ReadWriteOncePod")
                    && modes.stream()
                            .anyMatch(m -> !"ReadWriteOncePod".equals(m)
                                    && ("ReadWriteOnce".equals(m)
                                            || "ReadOnlyMany".equals(m)
                                            || "ReadWriteMany".equals(m)))) {
                findings.at(
                        at + "/accessModes",
                        field + ".accessModes may not use ReadWriteOncePod with other" + " access modes");
            }
            MappingNode requests = Nodes.map(spec, "resources", "requests");
            Object storage = requests == null ? null : requests.get("storage");
            if (requests == null || !requests.containsKey("storage")) {
                findings.at(
                        at + "/resources/requests/storage",
                        field + ".resources.requests.storage is"
                                + " required: give the claim a size (e.g. storage: 1Gi)");
            } else if (storage instanceof String || storage instanceof Long) {
                Integer sign = quantities.compare(storage instanceof Long l ? l.toString() : storage, "0");
                if (sign != null && sign <= 0) {
                    findings.at(
                            at + "/resources/requests/storage",
                            field + ".resources.requests.storage must be" + " greater than zero");
                }
            }
            String storageClass = Nodes.string(spec, "storageClassName");
            if (storageClass != null
                    && !storageClass.isEmpty()
                    && Formats.dns1123SubdomainProblem(storageClass) != null) {
                findings.at(
                        at + "/storageClassName",
                        field + ".storageClassName " + Quoted.quote(storageClass) + " is not a valid"
                                + " StorageClass name: " + Formats.dns1123SubdomainProblem(storageClass));
            }
        }
    }

    /** A long-running controller's template may not set activeDeadlineSeconds. */
    private static void noActiveDeadline(Findings findings, MappingNode spec, String kind) {
        MappingNode podSpec = Nodes.map(spec, "template", "spec");
        if (Nodes.present(podSpec, "activeDeadlineSeconds")) {
            findings.atKey(
                    "/spec/template/spec/activeDeadlineSeconds",
                    "activeDeadlineSeconds is not supported in" + " a " + kind
                            + "'s pod template (its pods run until replaced); remove it");
        }
    }
}
