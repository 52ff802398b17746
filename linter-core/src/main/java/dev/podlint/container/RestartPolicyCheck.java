package dev.podlint.container;

import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import java.util.Set;

/**
 * {@code container-restart-policy}: a container's own restartPolicy and restartPolicyRules, which
 * depend on the container's list and the Kubernetes version:
 * <ul>
 * <li>1.27: a container has no restartPolicy field (the schema check reports it);</li>
 * <li>1.28: SidecarContainers is alpha, off: an init container's restartPolicy is dropped before
 * validating (accepted, ignored), a regular container's is forbidden;</li>
 * <li>1.29 (not bundled) to 1.33: regular containers may not set restartPolicy ({@code validateContainers});
 * init containers only {@code Always}, the sidecar ({@code validateInitContainerRestartPolicy});</li>
 * <li>1.34: the ContainerRestartRules feature is off, and the API server drops both fields before
 * validating (an init container's {@code Always} is kept): nothing is rejected;</li>
 * <li>from 1.35 (ContainerRestartRules beta, on): {@code Always}, {@code OnFailure} or
 * {@code Never} on regular and init containers, restartPolicyRules need a restartPolicy, an
 * exitCodes each, at most 20 rules and 255 values ({@code validateContainerRestartPolicy}); a
 * sidecar may have rules only from 1.36 (RestartAllContainersOnContainerExits beta, on).</li>
 * </ul>
 * Ephemeral containers are rejected on create altogether (pod-containers).
 */
final class RestartPolicyCheck {

    static final String RULE = "container-restart-policy";
    private static final Set<String> POLICIES = Set.of("Always", "OnFailure", "Never");

    private RestartPolicyCheck() {}

    static void check(Container c, Findings findings) {
        int minor = findings.scope().minor();
        if (c.type() == ContainerType.EPHEMERAL
                || minor == 34
                || minor <= 27
                || (minor == 28 && c.type() == ContainerType.INIT)) {
            return;
        }
        MappingNode node = c.node();
        Object policy = node.get("restartPolicy");
        if (policy == null && node.get("restartPolicyRules") == null) {
            return;
        }
        String at = Pointers.append(c.pointer(), "restartPolicy");
        String path = ApiPaths.of(at);
        if (minor < 34) {
            if (c.type() == ContainerType.REGULAR && policy != null) {
                findings.at(
                        RULE,
                        at,
                        path + ": Forbidden: may not be set for non-init containers (Kubernetes 1." + minor
                                + "); remove it: the pod's restartPolicy applies, and only an init container may set"
                                + " restartPolicy: Always to run as a sidecar");
            } else if (c.type() == ContainerType.INIT && policy instanceof String p && !p.equals("Always")) {
                findings.at(
                        RULE,
                        at,
                        path + ": Unsupported value: " + Names.quote(p) + ": supported values: \"Always\""
                                + " (a sidecar); remove restartPolicy for an init container that runs to completion");
            }
            return;
        }
        SequenceNode rules = node.node("restartPolicyRules") instanceof SequenceNode s ? s : null;
        boolean hasRules = rules != null && !rules.isEmpty();
        if (policy == null) {
            if (hasRules) {
                findings.at(
                        RULE, at, path + ": Required value: must specify restartPolicy when restart rules are used");
            }
            if (c.type() == ContainerType.INIT) {
                return; // validateInitContainerRestartPolicy stops there; validateContainerRestartPolicy goes on
            }
        } else if (policy instanceof String p && !POLICIES.contains(p)) {
            findings.at(
                    RULE,
                    at,
                    path + ": Unsupported value: " + Names.quote(p) + ": supported values: \"Always\","
                            + " \"Never\", \"OnFailure\"");
        }
        if (rules == null || rules.isEmpty()) {
            return;
        }
        String rulesPointer = Pointers.append(c.pointer(), "restartPolicyRules");
        if (c.isSidecar() && minor < 36) {
            findings.atKey(
                    RULE,
                    rulesPointer,
                    ApiPaths.of(rulesPointer) + ": Forbidden: restartPolicyRules are not"
                            + " allowed for init containers with restart policy Always");
            return;
        }
        if (rules.size() > 20) {
            findings.atKey(
                    RULE,
                    rulesPointer,
                    ApiPaths.of(rulesPointer) + ": Too many: " + rules.size() + ": must have at most 20 items");
        }
        for (int i = 0; i < rules.size(); i++) {
            if (!(rules.node(i) instanceof MappingNode rule)) {
                continue;
            }
            String rulePointer = Pointers.append(rulesPointer, i);
            if (rule.get("exitCodes") instanceof MappingNode exitCodes) {
                if (exitCodes.node("values") instanceof SequenceNode values && values.size() > 255) {
                    String v = rulePointer + "/exitCodes/values";
                    findings.atKey(
                            RULE,
                            v,
                            ApiPaths.of(v) + ": Too many: " + values.size() + ": must have at most 255" + " items");
                }
            } else {
                String e = rulePointer + "/exitCodes";
                findings.at(
                        RULE,
                        e,
                        ApiPaths.of(e) + ": Required value: must be specified: the exit codes this rule"
                                + " matches ({operator: In, values: [42]})");
            }
        }
    }
}
