package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.source.MappingNode;

/**
 * {@code lease-invalid}: a coordination.k8s.io/v1 Lease as coordination/validation
 * {@code ValidateLeaseSpec} checks it on create: {@code leaseDurationSeconds} greater than 0,
 * {@code leaseTransitions} not negative. {@code strategy} and {@code preferredHolder} are dropped
 * on create while the CoordinatedLeaderElection gate is off (its default in 1.30..1.36).
 */
final class LeaseCheck implements ObjectCheck {

    private final String rule;

    LeaseCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        if (!target.kind().equals("Lease") || !"coordination.k8s.io/v1".equals(target.apiVersion())) {
            return;
        }
        MappingNode spec = target.object().mapping("spec");
        Long duration = Nodes.int32(spec, "leaseDurationSeconds");
        Long transitions = Nodes.int32(spec, "leaseTransitions");
        if (duration == null && transitions == null) {
            return;
        }
        Findings findings = target.findings(rule);
        if (duration != null && duration <= 0) {
            findings.at(
                    "/spec/leaseDurationSeconds",
                    "spec.leaseDurationSeconds must be greater than 0, not " + duration
                            + " (how long candidates wait before taking the lease, e.g. 15)");
        }
        if (transitions != null && transitions < 0) {
            findings.at(
                    "/spec/leaseTransitions",
                    "spec.leaseTransitions must be greater than or equal to 0, not " + transitions);
        }
    }
}
