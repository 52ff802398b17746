package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code job-invalid}: a Job's spec, or a CronJob's {@code spec.jobTemplate.spec}, as
 * batch/validation {@code validateJobSpec} checks it after the v1 defaults (a Job's completions and
 * parallelism 1 when both are unset: {@code SetDefaults_Job} does not run on a CronJob's job template;
 * an onPodConditions pattern's status True). Fields whose feature is off in the target version are
 * dropped by the API server, and not checked.
 */
final class JobCheck implements ObjectCheck {

    /**
     * Before 1.29 JobBackoffLimitPerIndex and JobPodReplacementPolicy are off (alpha in 1.28, absent in 1.27):
     * the Job strategy's PrepareForCreate drops backoffLimitPerIndex, maxFailedIndexes, FailIndex rules and
     * podReplacementPolicy before validating.
     */
    private static final KubernetesVersion V1_29 = new KubernetesVersion(1, 29);

    private static final KubernetesVersion V1_31 = new KubernetesVersion(1, 31);
    private static final KubernetesVersion V1_32 = new KubernetesVersion(1, 32);

    private static final long MAX_PARALLELISM_INDEXED = 100_000;
    private static final long MAX_FAILED_INDEXES = 100_000;
    private static final long COMPLETIONS_SOFT_LIMIT = 100_000;
    private static final long PARALLELISM_LIMIT_HIGH_COMPLETIONS = 10_000;
    private static final long MAX_FAILED_INDEXES_HIGH_COMPLETIONS = 10_000;
    private static final int MAX_POD_FAILURE_POLICY_RULES = 20;
    private static final int MAX_EXIT_CODES = 255;
    private static final int MAX_POD_CONDITIONS = 20;
    private static final int MAX_SUCCESS_POLICY_RULES = 20;
    private static final int MAX_SUCCEEDED_INDEXES_LENGTH = 64 * 1024;

    private final String rule;
    private final KubernetesVersion version;

    JobCheck(String rule, KubernetesVersion version) {
        this.rule = rule;
        this.version = version;
    }

    @Override
    public void check(Target target) {
        String kind = target.builtIn();
        if ("Job".equals(kind)) {
            jobSpec(target.findings(rule), target.map("spec"), "/spec", "spec", true);
        } else if ("CronJob".equals(kind)) {
            jobSpec(
                    target.findings(rule),
                    target.map("spec", "jobTemplate", "spec"),
                    "/spec/jobTemplate/spec",
                    "spec.jobTemplate.spec",
                    false);
        }
    }

    /** @param jobDefaults whether SetDefaults_Job ran (a Job; not a CronJob's job template) */
    private void jobSpec(Findings findings, @Nullable MappingNode spec, String at, String field, boolean jobDefaults) {
        if (spec == null) {
            return;
        }
        boolean dropped = version.isBefore(V1_29);
        for (String count : new String[] {
            "parallelism",
            "completions",
            "activeDeadlineSeconds",
            "backoffLimit",
            "ttlSecondsAfterFinished",
            "backoffLimitPerIndex",
            "maxFailedIndexes"
        }) {
            if (!dropped || !count.endsWith("Indexes") && !count.endsWith("PerIndex")) {
                WorkloadCheck.nonNegative(findings, spec, at, count);
            }
        }
        boolean perIndex = !dropped && Nodes.present(spec, "backoffLimitPerIndex");
        boolean maxFailedSet = !dropped && Nodes.present(spec, "maxFailedIndexes");
        if (maxFailedSet && !perIndex) {
            findings.at(
                    at + "/backoffLimitPerIndex",
                    field + ".backoffLimitPerIndex is required when maxFailedIndexes" + " is specified");
        }
        if (!version.isBefore(V1_32)) {
            managedBy(findings, spec, at, field);
        }
        boolean bothUnset = jobDefaults && !Nodes.present(spec, "completions") && !Nodes.present(spec, "parallelism");
        Long completions = bothUnset ? Long.valueOf(1) : Nodes.int32(spec, "completions");
        Long parallelism = bothUnset ? Long.valueOf(1) : Nodes.int32(spec, "parallelism");
        Long maxFailed = dropped ? null : Nodes.int32(spec, "maxFailedIndexes");
        String mode = Nodes.string(spec, "completionMode");
        boolean indexed = "Indexed".equals(mode);
        if (indexed) {
            if (!bothUnset && !Nodes.present(spec, "completions")) {
                findings.at(at + "/completions", field + ".completions is required when completionMode is Indexed");
            }
            if (parallelism != null && parallelism > MAX_PARALLELISM_INDEXED) {
                findings.at(
                        at + "/parallelism",
                        field + ".parallelism must be less than or equal to " + MAX_PARALLELISM_INDEXED
                                + " when completion mode is Indexed");
            }
            if (completions != null && maxFailed != null && maxFailed > completions) {
                findings.at(
                        at + "/maxFailedIndexes",
                        field + ".maxFailedIndexes (" + maxFailed + ") must be less" + " than or equal to completions ("
                                + completions + ")");
            }
            if (maxFailed != null && maxFailed > MAX_FAILED_INDEXES) {
                findings.at(
                        at + "/maxFailedIndexes",
                        field + ".maxFailedIndexes must be less than or equal to " + MAX_FAILED_INDEXES);
            }
            if (completions != null && completions > COMPLETIONS_SOFT_LIMIT && perIndex) {
                highCompletions(findings, at, field, parallelism, maxFailed, maxFailedSet);
            }
        } else if (mode == null || mode.isEmpty() || mode.equals("NonIndexed")) {
            if (perIndex) {
                findings.at(
                        at + "/backoffLimitPerIndex",
                        field + ".backoffLimitPerIndex requires completionMode:" + " Indexed");
            }
            if (maxFailedSet) {
                findings.at(at + "/maxFailedIndexes", field + ".maxFailedIndexes requires completionMode: Indexed");
            }
        }
        MappingNode failurePolicy = spec.mapping("podFailurePolicy");
        if (failurePolicy != null) {
            podFailurePolicy(
                    findings,
                    spec,
                    failurePolicy,
                    at + "/podFailurePolicy",
                    field + ".podFailurePolicy",
                    perIndex,
                    dropped);
            String replacement = dropped ? null : Nodes.string(spec, "podReplacementPolicy");
            if (replacement != null && !replacement.equals("Failed")) {
                findings.at(
                        at + "/podReplacementPolicy",
                        field + ".podReplacementPolicy must be Failed when" + " podFailurePolicy is specified, not "
                                + Quoted.quote(replacement));
            }
        }
        MappingNode successPolicy = spec.mapping("successPolicy");
        if (successPolicy != null && !version.isBefore(V1_31)) {
            if (!indexed) {
                findings.atKey(at + "/successPolicy", field + ".successPolicy requires completionMode: Indexed");
            } else if (completions != null) {
                successPolicy(findings, successPolicy, completions, at + "/successPolicy", field + ".successPolicy");
            }
        }
    }

    private static void highCompletions(
            Findings findings,
            String at,
            String field,
            @Nullable Long parallelism,
            @Nullable Long maxFailed,
            boolean maxFailedSet) {
        String why = " when completions are above " + COMPLETIONS_SOFT_LIMIT + " and used with backoffLimitPerIndex";
        if (!maxFailedSet) {
            findings.at(at + "/completions", field + ".maxFailedIndexes must be specified" + why);
        }
        if (parallelism != null && parallelism > PARALLELISM_LIMIT_HIGH_COMPLETIONS) {
            findings.at(
                    at + "/parallelism",
                    field + ".parallelism must be less than or equal to " + PARALLELISM_LIMIT_HIGH_COMPLETIONS + why);
        }
        if (maxFailed != null && maxFailed > MAX_FAILED_INDEXES_HIGH_COMPLETIONS) {
            findings.at(
                    at + "/maxFailedIndexes",
                    field + ".maxFailedIndexes must be less than or equal to " + MAX_FAILED_INDEXES_HIGH_COMPLETIONS
                            + why);
        }
    }

    /** managedBy: IsDomainPrefixedPath, at most 63 characters (JobManagedBy, on from 1.32). */
    private static void managedBy(Findings findings, MappingNode spec, String at, String field) {
        String managedBy = Nodes.string(spec, "managedBy");
        if (managedBy == null) {
            return;
        }
        String problem = Formats.domainPrefixedPathProblem(managedBy);
        if (problem == null && Formats.byteLength(managedBy) > 63) {
            problem = "must be no more than 63 characters";
        }
        if (problem != null) {
            findings.at(
                    at + "/managedBy",
                    field + ".managedBy " + Quoted.quote(managedBy) + " " + problem
                            + "; name the controller that manages the Job (e.g. kueue.x-k8s.io/multikueue), or leave it out");
        }
    }

    private static void podFailurePolicy(
            Findings findings,
            MappingNode spec,
            MappingNode policy,
            String at,
            String field,
            boolean perIndex,
            boolean failIndexDropped) {
        SequenceNode rules = policy.sequence("rules");
        if (rules == null) {
            return;
        }
        if (rules.size() > MAX_POD_FAILURE_POLICY_RULES) {
            findings.atKey(
                    at + "/rules",
                    field + ".rules: must have at most " + MAX_POD_FAILURE_POLICY_RULES + " items (has " + rules.size()
                            + ")");
        }
        Set<String> containers = containerNames(spec);
        for (int i = 0; i < rules.size(); i++) {
            MappingNode r = Nodes.item(rules, i);
            if (r == null) {
                continue;
            }
            String rp = at + "/rules/" + i;
            String rf = field + ".rules[" + i + "]";
            String action = Nodes.string(r, "action");
            if ("".equals(action)) {
                findings.at(rp + "/action", rf + ".action is required: one of Count, FailIndex, FailJob, Ignore");
            } else if ("FailIndex".equals(action) && !perIndex && !failIndexDropped) {
                findings.at(rp + "/action", rf + ".action FailIndex requires backoffLimitPerIndex to be set");
            }
            boolean exitCodes = Nodes.present(r, "onExitCodes");
            SequenceNode conditions = r.sequence("onPodConditions");
            boolean hasConditions = conditions != null && !conditions.isEmpty();
            if (exitCodes && r.mapping("onExitCodes") != null) {
                onExitCodes(findings, r.mapping("onExitCodes"), containers, rp + "/onExitCodes", rf + ".onExitCodes");
            }
            if (conditions != null && hasConditions) {
                onPodConditions(findings, conditions, rp + "/onPodConditions", rf + ".onPodConditions");
            }
            if (exitCodes && hasConditions) {
                findings.at(
                        rp,
                        rf + ": specifying both onExitCodes and onPodConditions is not supported; split it"
                                + " into two rules");
            } else if (!exitCodes && !hasConditions) {
                findings.at(rp, rf + ": one of onExitCodes and onPodConditions is required");
            }
        }
    }

    private static Set<String> containerNames(MappingNode jobSpec) {
        Set<String> names = new HashSet<>();
        MappingNode podSpec = Nodes.map(jobSpec, "template", "spec");
        for (String list : new String[] {"containers", "initContainers"}) {
            SequenceNode containers = Nodes.list(podSpec, list);
            for (int i = 0; containers != null && i < containers.size(); i++) {
                String name = Nodes.string(Nodes.item(containers, i), "name");
                names.add(name == null ? "" : name);
            }
        }
        return names;
    }

    private static void onExitCodes(
            Findings findings, MappingNode onExitCodes, Set<String> containers, String at, String field) {
        String container = Nodes.string(onExitCodes, "containerName");
        if (container != null && !containers.contains(container)) {
            findings.at(
                    at + "/containerName",
                    field + ".containerName " + Quoted.quote(container) + " must be one of the"
                            + " container or initContainer names in the pod template");
        }
        SequenceNode values = onExitCodes.sequence("values");
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            findings.at(at + "/values", field + ".values: at least one value is required");
        } else if (values.size() > MAX_EXIT_CODES) {
            findings.atKey(at + "/values", field + ".values: must have at most " + MAX_EXIT_CODES + " items");
        }
        boolean in = "In".equals(Nodes.string(onExitCodes, "operator"));
        Set<Long> seen = new HashSet<>();
        Long previous = null;
        boolean ordered = true;
        for (int j = 0; j < values.size(); j++) {
            if (!(values.get(j) instanceof Long value)) {
                return;
            }
            if (in && value == 0) {
                findings.at(
                        at + "/values/" + j,
                        field + ".values[" + j + "] must not be 0 for the In operator (exit"
                                + " code 0 means success)");
            }
            if (!seen.add(value)) {
                findings.at(at + "/values/" + j, field + ".values[" + j + "]: duplicate value " + value);
            }
            if (previous != null && previous > value) {
                ordered = false;
            }
            previous = value;
        }
        if (!ordered) {
            findings.at(at + "/values", field + ".values must be ordered (ascending)");
        }
    }

    private static void onPodConditions(Findings findings, SequenceNode conditions, String at, String field) {
        if (conditions.size() > MAX_POD_CONDITIONS) {
            findings.atKey(at, field + ": must have at most " + MAX_POD_CONDITIONS + " items");
        }
        for (int j = 0; j < conditions.size(); j++) {
            MappingNode pattern = Nodes.item(conditions, j);
            String type = Nodes.string(pattern, "type");
            if (type != null) {
                String problem = Formats.qualifiedNameProblem(type);
                if (problem != null) {
                    findings.at(
                            at + "/" + j + "/type",
                            field + "[" + j + "].type " + Quoted.quote(type) + " is not a valid" + " condition type: "
                                    + problem);
                }
            }
        }
    }

    private static void successPolicy(
            Findings findings, MappingNode policy, long completions, String at, String field) {
        SequenceNode rules = policy.sequence("rules");
        if (rules == null || rules.isEmpty()) {
            findings.at(
                    rules == null ? at : at + "/rules",
                    field + ".rules: at least one rule must be specified when" + " the successPolicy is specified");
            return;
        }
        if (rules.size() > MAX_SUCCESS_POLICY_RULES) {
            findings.atKey(at + "/rules", field + ".rules: must have at most " + MAX_SUCCESS_POLICY_RULES + " items");
        }
        for (int i = 0; i < rules.size(); i++) {
            MappingNode r = Nodes.item(rules, i);
            if (r == null) {
                continue;
            }
            String rp = at + "/rules/" + i;
            String rf = field + ".rules[" + i + "]";
            Long count = Nodes.int32(r, "succeededCount");
            String indexes = Nodes.string(r, "succeededIndexes");
            if (!Nodes.present(r, "succeededCount") && !Nodes.present(r, "succeededIndexes")) {
                findings.at(rp, rf + ": at least one of succeededCount or succeededIndexes must be specified");
            }
            long total = 0;
            if (indexes != null) {
                if (indexes.length() > MAX_SUCCEEDED_INDEXES_LENGTH) {
                    findings.at(
                            rp + "/succeededIndexes",
                            rf + ".succeededIndexes must have at most " + MAX_SUCCEEDED_INDEXES_LENGTH + " characters");
                }
                IndexList parsed = IndexList.parse(indexes, completions);
                if (parsed.error() != null) {
                    findings.at(
                            rp + "/succeededIndexes",
                            rf + ".succeededIndexes: error parsing succeededIndexes: " + parsed.error());
                }
                total = parsed.total();
            }
            if (count != null) {
                if (count < 0) {
                    findings.at(rp + "/succeededCount", rf + ".succeededCount must be greater than or equal to 0");
                }
                if (count > completions) {
                    findings.at(
                            rp + "/succeededCount",
                            rf + ".succeededCount must be less than or equal to " + completions
                                    + " (the number of specified completions)");
                }
                if (indexes != null && count > total) {
                    findings.at(
                            rp + "/succeededCount",
                            rf + ".succeededCount must be less than or equal to " + total
                                    + " (the number of indexes in the specified succeededIndexes field)");
                }
            }
        }
    }
}
