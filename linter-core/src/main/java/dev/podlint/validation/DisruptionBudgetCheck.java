package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.source.MappingNode;

/**
 * {@code pdb-invalid}: a policy/v1 PodDisruptionBudget as policy/validation
 * {@code ValidatePodDisruptionBudgetSpec} checks it: minAvailable and maxUnavailable (not both; a
 * non-negative integer or a percentage up to 100%). The selector is {@code label-invalid}'s and
 * {@code selector-invalid}'s, unhealthyPodEvictionPolicy {@code enum-value}'s.
 */
final class DisruptionBudgetCheck implements ObjectCheck {

    private final String rule;

    DisruptionBudgetCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        if (!PolicyKinds.PDB.equals(PolicyKinds.of(target))) {
            return;
        }
        MappingNode spec = target.object().mapping("spec");
        if (spec == null) {
            return;
        }
        Findings findings = target.findings(rule);
        if (Nodes.present(spec, "minAvailable") && Nodes.present(spec, "maxUnavailable")) {
            findings.atKey(
                    "/spec/maxUnavailable",
                    "spec: minAvailable and maxUnavailable cannot be both set; keep one of them"
                            + " (minAvailable: pods that must stay up, maxUnavailable: pods that may be down)");
        }
        value(findings, spec, "minAvailable");
        value(findings, spec, "maxUnavailable");
    }

    private static void value(Findings findings, MappingNode spec, String key) {
        IntOrPercent value = IntOrPercent.of(spec, key);
        if (value == null) {
            return;
        }
        String problem = value.problem();
        if (problem != null) {
            findings.at("/spec/" + key, "spec." + key + " " + problem);
        } else if (value.over100Percent()) {
            findings.at(
                    "/spec/" + key,
                    "spec." + key + " " + value + " must not be greater than 100%; write a percentage from 0% to 100%"
                            + " or a number of pods");
        }
    }
}
