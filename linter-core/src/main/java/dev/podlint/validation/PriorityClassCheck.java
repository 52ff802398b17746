package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import java.util.Map;

/**
 * {@code priority-class-invalid}: scheduling/validation {@code ValidatePriorityClass}. A name with the
 * {@code system-} prefix must be one of the built-in classes with its exact value (and not the
 * global default); any other class may not be above {@code HighestUserDefinablePriority}.
 * The preemptionPolicy values are {@code enum-value}'s.
 */
final class PriorityClassCheck implements ObjectCheck {

    /** scheduling.HighestUserDefinablePriority. */
    static final long HIGHEST_USER_PRIORITY = 1_000_000_000L;

    /** scheduling/v1 systemPriorityClasses: name and value. */
    private static final Map<String, Long> SYSTEM = Map.of(
            "system-node-critical", 2_000_001_000L,
            "system-cluster-critical", 2_000_000_000L);

    private final String rule;

    PriorityClassCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        if (!"PriorityClass".equals(target.kind()) || !"scheduling.k8s.io/v1".equals(target.apiVersion())) {
            return;
        }
        MappingNode object = target.object();
        Findings findings = target.findings(rule);
        String name = Nodes.string(target.metadata(), "name");
        Long value = Nodes.int32(object, "value");
        if (value == null && Nodes.present(object, "value")) {
            return; // not an int32: a decode error
        }
        long v = value == null ? 0 : value;
        if (name != null && name.startsWith("system-")) {
            Long known = SYSTEM.get(name);
            Boolean globalDefault = Nodes.bool(object, "globalDefault");
            if (known == null) {
                findings.at(
                        "/metadata/name",
                        "metadata.name " + Quoted.quote(name) + ": names with the 'system-' prefix are reserved for"
                                + " the built-in system-node-critical and system-cluster-critical classes; rename it");
            } else if (v != known || Boolean.TRUE.equals(globalDefault)) {
                findings.at(
                        "/metadata/name",
                        "metadata.name " + Quoted.quote(name) + " is a built-in priority class: it must have value "
                                + known + " and not be the global default; use it from pods without creating it,"
                                + " or give your class another name");
            }
        } else if (v > HIGHEST_USER_PRIORITY) {
            findings.at(
                    "/value",
                    "value " + v + " is above " + HIGHEST_USER_PRIORITY
                            + ", the highest priority a user-defined PriorityClass may have (higher values are"
                            + " reserved for system-node-critical and system-cluster-critical)");
        }
    }
}
