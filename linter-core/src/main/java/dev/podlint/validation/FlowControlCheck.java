package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;

/**
 * {@code flow-control-invalid}: flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfigurations (here)
 * and FlowSchemas ({@link FlowSchemaSpec}) as flowcontrol/validation
 * {@code ValidatePriorityLevelConfiguration} and {@code ValidateFlowSchema} check them on create,
 * after flowcontrol/v1 defaults (a zero handSize, queues or queueLengthLimit is defaulted, an absent
 * nominalConcurrencyShares or lendablePercent too). Enum fields (type, limitResponse.type,
 * distinguisherMethod.type, subject kind, verbs) outside their sets are {@code enum-value}'s.
 */
final class FlowControlCheck implements ObjectCheck {

    private static final String GROUP_VERSION = "flowcontrol.apiserver.k8s.io/v1";
    private static final String PRESERVE_ZERO_SHARES = "flowcontrol.k8s.io/v1beta3-preserve-zero-concurrency-shares";
    private static final long MAX_QUEUES = 10_000_000;
    private static final int MAX_HASH_BITS = 60;

    private final String rule;

    FlowControlCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        if (!GROUP_VERSION.equals(target.apiVersion())) {
            return;
        }
        String name = Nodes.string(target.metadata(), "name");
        if (target.kind().equals("PriorityLevelConfiguration")) {
            priorityLevel(target, name == null ? "" : name);
        } else if (target.kind().equals("FlowSchema")) {
            MappingNode spec = target.object().mapping("spec");
            if (spec != null) {
                FlowSchemaSpec.check(target.findings(rule), spec, name == null ? "" : name);
            } else if (!Nodes.present(target.object(), "spec")) {
                target.findings(rule)
                        .at(
                                "/spec/priorityLevelConfiguration/name",
                                "spec.priorityLevelConfiguration.name must reference a priority level (Required"
                                        + " value): the FlowSchema has no spec");
            }
        }
    }

    // ---- PriorityLevelConfiguration ----

    private void priorityLevel(Target target, String name) {
        Findings findings = target.findings(rule);
        MappingNode annotations = Nodes.map(target.metadata(), "annotations");
        if (annotations != null && annotations.containsKey(PRESERVE_ZERO_SHARES)) {
            findings.atKey(
                    "/metadata/annotations/" + PRESERVE_ZERO_SHARES.replace("/", "~1"),
                    "metadata.annotations: annotation '" + PRESERVE_ZERO_SHARES + "' is forbidden (it is"
                            + " only for v1beta3 round trips); remove it");
        }
        MappingNode spec = target.object().mapping("spec");
        String type = Nodes.string(spec, "type");
        if (spec == null && !Nodes.present(target.object(), "spec")) {
            findings.at(
                    "/spec/type",
                    "spec.type is required (Required value): the PriorityLevelConfiguration has no spec; give it"
                            + " type: Limited with a limited section");
        }
        if (spec == null || type == null) {
            return;
        }
        if (name.equals("exempt") != type.equals("Exempt")) {
            findings.at(
                    "/spec/type",
                    "spec.type must be 'Exempt' if and only if the name is 'exempt' (" + Quoted.quote(type) + " for "
                            + Quoted.quote(name) + "); a priority level of your own is Limited");
        }
        if (type.equals("Exempt")) {
            if (Nodes.present(spec, "limited")) {
                findings.atKey("/spec/limited", "spec.limited must be unset if the type is not Limited");
            }
            MappingNode exempt = spec.mapping("exempt");
            if (exempt != null) {
                nonNegative(findings, exempt, "/spec/exempt", "nominalConcurrencyShares");
                percent(findings, exempt, "/spec/exempt", "lendablePercent");
            }
        } else if (type.equals("Limited")) {
            if (Nodes.present(spec, "exempt")) {
                findings.atKey("/spec/exempt", "spec.exempt must be unset if the type is Limited");
            }
            MappingNode limited = spec.mapping("limited");
            if (!Nodes.present(spec, "limited")) {
                findings.at(
                        "/spec/limited",
                        "spec.limited must not be empty when type is Limited (Required value): add"
                                + " limited.limitResponse (Queue or Reject)");
            } else if (limited != null) {
                limited(findings, limited);
            }
        }
    }

    private static void limited(Findings findings, MappingNode limited) {
        nonNegative(findings, limited, "/spec/limited", "nominalConcurrencyShares");
        percent(findings, limited, "/spec/limited", "lendablePercent");
        Long borrowing = Nodes.int32(limited, "borrowingLimitPercent");
        if (borrowing != null && borrowing < 0) {
            findings.at(
                    "/spec/limited/borrowingLimitPercent",
                    "spec.limited.borrowingLimitPercent, if specified, must be a non-negative integer, not "
                            + borrowing);
        }
        MappingNode response = limited.mapping("limitResponse");
        String type = response == null ? null : Nodes.string(response, "type");
        if (!Nodes.present(limited, "limitResponse")) {
            findings.at(
                    "/spec/limited/limitResponse",
                    "spec.limited.limitResponse.type is required (Required value): add limitResponse with"
                            + " type Queue (and queuing) or Reject");
        } else if (response == null || type == null) {
            return;
        } else if (type.equals("Reject") && Nodes.present(response, "queuing")) {
            findings.atKey(
                    "/spec/limited/limitResponse/queuing",
                    "spec.limited.limitResponse.queuing must be unset if the type is Reject");
        } else if (type.equals("Queue")) {
            MappingNode queuing = response.mapping("queuing");
            if (!Nodes.present(response, "queuing")) {
                findings.at(
                        "/spec/limited/limitResponse/queuing",
                        "spec.limited.limitResponse.queuing must not be empty if the type is Queue (Required"
                                + " value): add queuing (queues, handSize, queueLengthLimit; {} takes the defaults)");
            } else if (queuing != null) {
                queuing(findings, queuing);
            }
        }
    }

    /** ValidatePriorityLevelQueuingConfiguration after SetDefaults_QueuingConfiguration (0 is defaulted). */
    private static void queuing(Findings findings, MappingNode queuing) {
        String at = "/spec/limited/limitResponse/queuing/";
        String field = "spec.limited.limitResponse.queuing.";
        long lengthLimit = defaulted(queuing, "queueLengthLimit", 50);
        long queues = defaulted(queuing, "queues", 64);
        long handSize = defaulted(queuing, "handSize", 8);
        if (lengthLimit <= 0) {
            findings.at(at + "queueLengthLimit", field + "queueLengthLimit must be positive, not " + lengthLimit);
        }
        if (queues <= 0) {
            findings.at(at + "queues", field + "queues must be positive, not " + queues);
        } else if (queues > MAX_QUEUES) {
            findings.at(at + "queues", field + "queues must not be greater than " + MAX_QUEUES + ", not " + queues);
        }
        if (handSize <= 0) {
            findings.at(at + "handSize", field + "handSize must be positive, not " + handSize);
        } else if (handSize > queues) {
            findings.at(
                    at + "handSize",
                    field + "handSize " + handSize + " should not be greater than queues (" + queues + ")");
        } else if (Math.ceil(Math.log(queues) / Math.log(2) * handSize) > MAX_HASH_BITS) {
            findings.at(
                    at + "handSize",
                    field + "handSize: required entropy bits of deckSize " + queues + " and handSize " + handSize
                            + " should not be greater than " + MAX_HASH_BITS + "; use fewer queues or a smaller hand");
        }
    }

    private static long defaulted(MappingNode map, String key, long value) {
        Long written = Nodes.int32(map, key);
        return written == null || written == 0 ? value : written;
    }

    private static void nonNegative(Findings findings, MappingNode map, String at, String key) {
        Long value = Nodes.int32(map, key);
        if (value != null && value < 0) {
            findings.at(
                    at + "/" + key,
                    Pointers.toFieldPath(at) + "." + key + " must be a non-negative integer, not " + value);
        }
    }

    private static void percent(Findings findings, MappingNode map, String at, String key) {
        Long value = Nodes.int32(map, key);
        if (value != null && (value < 0 || value > 100)) {
            findings.at(
                    at + "/" + key,
                    Pointers.toFieldPath(at) + "." + key + " must be between 0 and 100, inclusive, not " + value);
        }
    }
}
