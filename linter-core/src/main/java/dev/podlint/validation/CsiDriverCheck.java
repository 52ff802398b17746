package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code csi-driver-invalid}: a storage.k8s.io/v1 CSIDriver as storage/validation
 * {@code ValidateCSIDriver} ({@code validateCSIDriverSpec}) checks it on create, after storage/v1
 * {@code SetDefaults_CSIDriver} (which fills in attachRequired, podInfoOnMount, storageCapacity,
 * fsGroupPolicy, volumeLifecycleModes, requiresRepublish and seLinuxMount, so their Required errors
 * cannot happen): token request audiences unique and {@code expirationSeconds} between 10 minutes
 * and 2^32 seconds; from 1.35 {@code nodeAllocatableUpdatePeriodSeconds} at least 10 and
 * {@code serviceAccountTokenInSecrets} only with token requests (both fields are dropped on create
 * while their gates are off). {@code fsGroupPolicy} and {@code volumeLifecycleModes} outside their
 * sets are {@code enum-value}'s.
 */
final class CsiDriverCheck implements ObjectCheck {

    /** MutableCSINodeAllocatableCount and CSIServiceAccountTokenSecrets are on by default from 1.35. */
    private static final KubernetesVersion V1_35 = new KubernetesVersion(1, 35);

    private static final long MIN_EXPIRATION = 10 * 60;
    private static final long MAX_EXPIRATION = 1L << 32;
    private static final long MIN_UPDATE_PERIOD = 10;

    private final String rule;
    private final boolean gatedFields;

    CsiDriverCheck(String rule, KubernetesVersion version) {
        this.rule = rule;
        this.gatedFields = !version.isBefore(V1_35);
    }

    @Override
    public void check(Target target) {
        if (!target.kind().equals("CSIDriver") || !"storage.k8s.io/v1".equals(target.apiVersion())) {
            return;
        }
        MappingNode spec = target.object().mapping("spec");
        if (spec == null) {
            return;
        }
        Findings findings = target.findings(rule);
        SequenceNode tokenRequests = spec.sequence("tokenRequests");
        if (tokenRequests != null) {
            tokenRequests(findings, tokenRequests);
        }
        if (!gatedFields) {
            return;
        }
        Long period = Nodes.integer(spec, "nodeAllocatableUpdatePeriodSeconds");
        if (period != null && period < MIN_UPDATE_PERIOD) {
            findings.at(
                    "/spec/nodeAllocatableUpdatePeriodSeconds",
                    "spec.nodeAllocatableUpdatePeriodSeconds must be greater than or equal to 10 seconds, not "
                            + period);
        }
        if (Nodes.bool(spec, "serviceAccountTokenInSecrets") != null
                && (tokenRequests == null || tokenRequests.isEmpty())) {
            findings.at(
                    "/spec/serviceAccountTokenInSecrets",
                    "spec.serviceAccountTokenInSecrets is set but no tokenRequests are specified: add"
                            + " spec.tokenRequests with the audiences the driver needs, or remove the field");
        }
    }

    /** validateTokenRequests: a repeated audience (a missing one is "") skips that entry's expiration. */
    private static void tokenRequests(Findings findings, SequenceNode tokenRequests) {
        Set<String> audiences = new HashSet<>();
        for (int i = 0; i < tokenRequests.size(); i++) {
            MappingNode request = Nodes.item(tokenRequests, i);
            if (request == null) {
                continue;
            }
            String at = "/spec/tokenRequests/" + i;
            String field = "spec.tokenRequests[" + i + "]";
            String audience = Nodes.present(request, "audience") ? Nodes.string(request.node("audience")) : "";
            if (audience == null) {
                continue;
            }
            if (!audiences.add(audience)) {
                findings.at(
                        request.containsKey("audience") ? at + "/audience" : at,
                        field + ".audience " + Quoted.quote(audience) + " repeats an earlier token request's"
                                + " audience (Duplicate value); give each token request its own audience");
                continue;
            }
            Long seconds = Nodes.integer(request, "expirationSeconds");
            if (seconds != null && seconds < MIN_EXPIRATION) {
                findings.at(
                        at + "/expirationSeconds",
                        field + ".expirationSeconds may not specify a duration less than 10 minutes: " + seconds
                                + " is below 600");
            } else if (seconds != null && seconds > MAX_EXPIRATION) {
                findings.at(
                        at + "/expirationSeconds",
                        field + ".expirationSeconds may not specify a duration larger than 2^32 seconds: " + seconds);
            }
        }
    }
}
