package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import java.util.Objects;

/**
 * {@code object-name}: metadata.name, generateName and namespace in the format the kind's create
 * validation requires ({@code ObjectMeta} validation with the kind's {@code ValidateNameFunc}), and
 * the name limits some kinds add (CronJob, Job).
 */
final class ObjectNameCheck implements ObjectCheck {

    /** apiserver's {@code SimpleNameGenerator}: at most 58 characters of the prefix, then 5 random ones. */
    private static final int GENERATED_PREFIX_MAX = 58;

    private static final String GENERATED_SUFFIX = "bcdfg";

    private final String rule;

    ObjectNameCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        MappingNode object = target.object();
        String kindName = target.kind();
        ObjectKinds.Kind kind = target.facts();
        Findings findings = target.findings(rule);
        MappingNode metadata = target.metadata();
        String name = Nodes.string(metadata, "name");
        String generateName = Nodes.string(metadata, "generateName");
        boolean hasName = name != null && !name.isEmpty();
        boolean hasPrefix = generateName != null && !generateName.isEmpty();
        boolean nameOfOtherType = metadata != null && metadata.get("name") != null && name == null;
        @SuppressWarnings("ReferenceEquality") // GENERIC is the fallback instance for unknown kinds
        boolean known = kind != ObjectKinds.GENERIC;
        if (!hasName && !nameOfOtherType && known) {
            if (hasPrefix) {
                findings.at(
                        "/metadata/name",
                        "metadata.name is required by 'kubectl apply', which looks"
                                + " the object up by name before it creates it: metadata.generateName alone works with"
                                + " 'kubectl create' only; give the " + kindName + " a name");
            } else {
                findings.at("/metadata/name", "metadata.name is required: give the " + kindName + " a name");
            }
        }
        String effectiveName = name;
        if (hasName) {
            String problem = kind.nameFormat().problem(Objects.requireNonNull(name), false);
            if (problem != null) {
                findings.at("/metadata/name", nameMessage("metadata.name", name, kindName, kind, problem, false));
            }
        }
        if (hasPrefix) {
            String prefix = Objects.requireNonNull(generateName);
            String problem = kind.nameFormat().problem(prefix, true);
            String generated = prefix.substring(0, Math.min(prefix.length(), GENERATED_PREFIX_MAX)) + GENERATED_SUFFIX;
            if (problem == null && !hasName) {
                problem = kind.nameFormat().problem(generated, false);
            }
            if (problem != null) {
                findings.at(
                        "/metadata/generateName",
                        nameMessage("metadata.generateName", generateName, kindName, kind, problem, true));
            }
            effectiveName = hasName ? name : generated;
        }
        String namespace = Nodes.string(metadata, "namespace");
        if (kind.namespaced() && namespace != null && !namespace.isEmpty()) {
            String problem = Formats.dns1123LabelProblem(namespace);
            if (problem != null) {
                String better = NameFormat.LABEL.suggestion(namespace);
                findings.at(
                        "/metadata/namespace",
                        "metadata.namespace " + Quoted.quote(namespace) + " is not a valid namespace" + " name: "
                                + problem + (better == null ? "" : "; write e.g. " + Quoted.quote(better)));
            }
        }
        if (effectiveName != null && !effectiveName.isEmpty() && target.builtIn() != null) {
            String at = hasName ? "/metadata/name" : "/metadata/generateName";
            switch (target.builtIn()) {
                case "CronJob" -> cronJobName(effectiveName, at, findings);
                case "Job" -> jobName(object, effectiveName, at, findings);
                default -> {}
            }
        }
    }

    private static String nameMessage(
            String field, String value, String kindName, ObjectKinds.Kind kind, String problem, boolean prefix) {
        String better = kind.nameFormat().suggestion(value);
        if (better != null && prefix && value.endsWith("-")) {
            better += "-";
        }
        return field + " " + Quoted.quote(value) + " is not a valid " + kindName + " name (it must be "
                + kind.nameFormat().description() + "): " + problem
                + (better == null || better.equals(value) ? "" : "; write e.g. " + Quoted.quote(better));
    }

    /** batch/validation ValidateCronJobCreate: the controller appends an 11-character suffix to Job names. */
    private static void cronJobName(String name, String at, Findings findings) {
        if (Formats.byteLength(name) > 52) {
            findings.at(
                    at,
                    "a CronJob name must be no more than 52 characters (this one has "
                            + Formats.byteLength(name)
                            + "): the CronJob controller appends an 11-character suffix to name"
                            + " its Jobs, and Job names must stay within 63; shorten it");
        }
    }

    /**
     * batch/validation ValidateJob, after the strategy generated the selector: the name becomes the
     * value of the job-name labels of the pod template (so at most 63 characters), and an Indexed Job's
     * pod hostnames are {@code <name>-<index>} (a DNS-1123 label).
     */
    private static void jobName(MappingNode object, String name, String at, Findings findings) {
        MappingNode spec = object.mapping("spec");
        if (!Boolean.TRUE.equals(Nodes.bool(spec, "manualSelector")) && Formats.byteLength(name) > 63) {
            findings.at(
                    at,
                    "a Job name must be no more than 63 characters (this one has " + Formats.byteLength(name)
                            + "): the API server puts it in the job-name labels of the pod template, and label values are"
                            + " limited to 63; shorten it");
            return;
        }
        Long completions = Nodes.int32(spec, "completions");
        if ("Indexed".equals(Nodes.string(spec, "completionMode")) && completions != null && completions > 0) {
            String hostname = name + "-" + (completions - 1);
            String problem = Formats.dns1123LabelProblem(hostname);
            if (problem != null) {
                findings.at(
                        at,
                        "an Indexed Job names its pods' hosts '<name>-<index>', and " + Quoted.quote(hostname)
                                + " is not"
                                + " a valid DNS-1123 label (" + problem
                                + "): use a name without dots, short enough for the"
                                + " largest index");
            }
        }
    }
}
