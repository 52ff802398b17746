package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import org.jspecify.annotations.Nullable;

/**
 * {@code endpoints-invalid}: a core/v1 Endpoints object as core/validation
 * {@code ValidateEndpointsCreate} ({@code validateEndpointSubsets}) checks it: each subset lists
 * {@code addresses} or {@code notReadyAddresses}; each address has an IP as
 * {@code IsValidIPForLegacyField} (strict from 1.36) and {@code ValidateEndpointIP} check it, a
 * DNS-1123 label {@code hostname} when not empty and a node name in {@code nodeName}; each port
 * ({@code validateEndpointPort}) has a name when the subset has more than one port, a DNS-1123 label
 * name, a number in 1..65535 and a qualified-name {@code appProtocol}. A missing protocol is
 * defaulted to TCP; protocols outside the set are {@code enum-value}'s.
 */
final class EndpointsCheck implements ObjectCheck {

    /** StrictIPCIDRValidation is beta, on, from 1.36. */
    private static final KubernetesVersion V1_36 = new KubernetesVersion(1, 36);

    private final String rule;
    private final boolean strictIps;

    EndpointsCheck(String rule, KubernetesVersion version) {
        this.rule = rule;
        this.strictIps = !version.isBefore(V1_36);
    }

    @Override
    public void check(Target target) {
        if (!target.kind().equals("Endpoints") || !"v1".equals(target.apiVersion())) {
            return;
        }
        SequenceNode subsets = target.object().sequence("subsets");
        if (subsets == null) {
            return;
        }
        Findings findings = target.findings(rule);
        for (int i = 0; i < subsets.size(); i++) {
            MappingNode subset = Nodes.item(subsets, i);
            if (subset != null) {
                subset(findings, subset, "/subsets/" + i, "subsets[" + i + "]");
            }
        }
    }

    private void subset(Findings findings, MappingNode subset, String at, String field) {
        if (noItems(subset, "addresses") && noItems(subset, "notReadyAddresses")) {
            findings.at(
                    at,
                    field + " must list `addresses` or `notReadyAddresses` (Required value): a subset"
                            + " without an address routes nowhere; add the backends' IPs or remove the subset");
        }
        addresses(findings, subset.sequence("addresses"), at + "/addresses", field + ".addresses");
        addresses(
                findings,
                subset.sequence("notReadyAddresses"),
                at + "/notReadyAddresses",
                field + ".notReadyAddresses");
        SequenceNode ports = subset.sequence("ports");
        for (int i = 0; ports != null && i < ports.size(); i++) {
            MappingNode port = Nodes.item(ports, i);
            if (port != null) {
                port(findings, port, ports.size() > 1, at + "/ports/" + i, field + ".ports[" + i + "]");
            }
        }
    }

    /** True when {@code key} is absent, null or an empty list (a value of another type is the schema's). */
    private static boolean noItems(MappingNode subset, String key) {
        YamlNode node = subset.node(key);
        return !Nodes.present(subset, key) || (node instanceof SequenceNode list && list.isEmpty());
    }

    private void addresses(Findings findings, @Nullable SequenceNode addresses, String at, String field) {
        for (int i = 0; addresses != null && i < addresses.size(); i++) {
            MappingNode address = Nodes.item(addresses, i);
            if (address == null) {
                continue;
            }
            String itemAt = at + "/" + i;
            String itemField = field + "[" + i + "]";
            String ip = Nodes.string(address, "ip");
            String problem = ip == null ? null : EndpointFields.legacyIpProblem(ip, strictIps);
            if (ip != null && problem != null) {
                findings.at(itemAt + "/ip", itemField + ".ip " + Quoted.quote(ip) + ": " + problem);
            }
            if (!"".equals(Nodes.string(address, "hostname"))) {
                EndpointFields.hostname(findings, address, itemAt, itemField);
            }
            EndpointFields.nodeName(findings, address, itemAt, itemField);
        }
    }

    private static void port(Findings findings, MappingNode port, boolean requireName, String at, String field) {
        String name = Nodes.present(port, "name") ? Nodes.string(port.node("name")) : "";
        if (name != null && name.isEmpty() && requireName) {
            findings.at(
                    port.containsKey("name") ? at + "/name" : at,
                    field + ".name is required (Required value): a subset with more than one port names"
                            + " each, as the Service's ports are named");
        } else if (name != null) {
            EndpointFields.portName(findings, name, at, field);
        }
        Long number = Nodes.int32(port, "port");
        if (number != null && (number < 1 || number > 65535)) {
            findings.at(at + "/port", field + ".port must be between 1 and 65535, inclusive, not " + number);
        }
        EndpointFields.appProtocol(findings, port, at, field);
    }
}
