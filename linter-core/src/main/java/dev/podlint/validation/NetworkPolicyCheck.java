package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.kube.IpAddress;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import org.jspecify.annotations.Nullable;

/**
 * {@code network-policy-invalid}: a NetworkPolicy as networking/validation
 * {@code ValidateNetworkPolicySpec} checks it on create: ports and port ranges, peers (one kind
 * each, ipBlock alone), ipBlock CIDRs and their exceptions, at most two policyTypes. Selectors are
 * {@code label-invalid}'s and {@code selector-invalid}'s, protocol and policyTypes values
 * {@code enum-value}'s.
 */
final class NetworkPolicyCheck implements ObjectCheck {

    private static final KubernetesVersion V1_36 = new KubernetesVersion(1, 36);

    private final String rule;
    private final boolean strictIps;

    NetworkPolicyCheck(String rule, KubernetesVersion version) {
        this.rule = rule;
        this.strictIps = !version.isBefore(V1_36);
    }

    @Override
    public void check(Target target) {
        if (!PolicyKinds.NETWORK_POLICY.equals(PolicyKinds.of(target))) {
            return;
        }
        MappingNode spec = target.object().mapping("spec");
        if (spec == null) {
            return;
        }
        Findings findings = target.findings(rule);
        rules(findings, spec, "ingress", "from");
        rules(findings, spec, "egress", "to");
        SequenceNode types = spec.sequence("policyTypes");
        if (types != null && types.size() > 2) {
            findings.at(
                    "/spec/policyTypes",
                    "spec.policyTypes may not specify more than two policyTypes; list Ingress, Egress or both, once"
                            + " each");
        }
    }

    private void rules(Findings findings, MappingNode spec, String direction, String peersKey) {
        SequenceNode rules = spec.sequence(direction);
        for (int i = 0; rules != null && i < rules.size(); i++) {
            MappingNode rule = Nodes.item(rules, i);
            String at = "/spec/" + direction + "/" + i;
            SequenceNode ports = Nodes.list(rule, "ports");
            for (int j = 0; ports != null && j < ports.size(); j++) {
                MappingNode port = Nodes.item(ports, j);
                if (port != null) {
                    port(findings, port, at + "/ports/" + j);
                }
            }
            SequenceNode peers = Nodes.list(rule, peersKey);
            for (int j = 0; peers != null && j < peers.size(); j++) {
                MappingNode peer = Nodes.item(peers, j);
                if (peer != null) {
                    peer(findings, peer, at + "/" + peersKey + "/" + j);
                }
            }
        }
    }

    /** ValidateNetworkPolicyPort. */
    private static void port(Findings findings, MappingNode port, String at) {
        String field = Pointers.toFieldPath(at);
        Object value = Nodes.present(port, "port") ? port.get("port") : null;
        boolean hasEnd = Nodes.present(port, "endPort");
        Long end = Nodes.int32(port, "endPort");
        if (value instanceof Long number) {
            if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                return;
            }
            if (number < 1 || number > 65535) {
                findings.at(at + "/port", field + ".port " + number + " must be between 1 and 65535, inclusive");
            }
            if (end != null) {
                if (end < number) {
                    findings.at(
                            at + "/endPort",
                            field + ".endPort " + end + " must be greater than or equal to port (" + number + ")");
                }
                if (end < 1 || end > 65535) {
                    findings.at(at + "/endPort", field + ".endPort " + end + " must be between 1 and 65535, inclusive");
                }
            }
        } else if (value instanceof String name) {
            if (hasEnd) {
                findings.atKey(
                        at + "/endPort",
                        field + ".endPort may not be specified when port is a name (" + Quoted.quote(name)
                                + "); give port a number to make a range");
            }
            String problem = Formats.portNameProblem(name);
            if (problem != null) {
                findings.at(
                        at + "/port", field + ".port " + Quoted.quote(name) + " is not a valid port name: " + problem);
            }
        } else if (value == null && hasEnd) {
            findings.atKey(
                    at + "/endPort",
                    field + ".endPort may not be specified when port is not specified; add port, the start of the"
                            + " range");
        }
    }

    /** ValidateNetworkPolicyPeer. */
    private void peer(Findings findings, MappingNode peer, String at) {
        boolean pods = Nodes.present(peer, "podSelector");
        boolean namespaces = Nodes.present(peer, "namespaceSelector");
        boolean ipBlock = Nodes.present(peer, "ipBlock");
        int count = (pods ? 1 : 0) + (namespaces ? 1 : 0) + (ipBlock ? 1 : 0);
        String field = Pointers.toFieldPath(at);
        if (count == 0) {
            findings.at(at, field + " must specify a peer: podSelector, namespaceSelector (or both), or ipBlock");
        } else if (count > 1 && ipBlock) {
            findings.at(
                    at,
                    field + " may not specify both ipBlock and another peer; make the ipBlock a peer of its own"
                            + " (a separate list item)");
        }
        MappingNode block = peer.mapping("ipBlock");
        if (block != null) {
            ipBlock(findings, block, at + "/ipBlock");
        }
    }

    /** ValidateIPBlock. */
    private void ipBlock(Findings findings, MappingNode block, String at) {
        String field = Pointers.toFieldPath(at);
        String cidr = Nodes.string(block, "cidr");
        if (cidr == null || cidr.isEmpty()) {
            if (cidr != null || Nodes.isNull(block, "cidr")) {
                findings.at(at + "/cidr", field + ".cidr is required: write a CIDR such as 10.0.0.0/16");
            }
            return;
        }
        String problem = IpAddress.cidrProblem(cidr, strictIps);
        if (problem != null) {
            findings.at(at + "/cidr", field + ".cidr " + Quoted.quote(cidr) + " " + problem);
        }
        Network network = Network.parse(cidr);
        if (network == null) {
            return;
        }
        SequenceNode except = block.sequence("except");
        for (int i = 0; except != null && i < except.size(); i++) {
            String text = Nodes.string(except.node(i));
            if (text == null) {
                continue;
            }
            String exceptAt = at + "/except/" + i;
            String exceptProblem = IpAddress.cidrProblem(text, strictIps);
            if (exceptProblem != null) {
                findings.at(exceptAt, Pointers.toFieldPath(exceptAt) + " " + Quoted.quote(text) + " " + exceptProblem);
            }
            Network inner = Network.parse(text);
            if (inner != null && !(network.contains(inner) && network.bits < inner.bits)) {
                findings.at(
                        exceptAt,
                        Pointers.toFieldPath(exceptAt) + " " + Quoted.quote(text) + " must be a strict subset of cidr "
                                + Quoted.quote(cidr));
            }
        }
    }

    /** A CIDR as {@code ParseCIDRSloppy} reads it: the masked address and the prefix length. */
    @SuppressWarnings("ArrayRecordComponent") // compared bit by bit, never hashed
    private record Network(byte[] address, int bits) {

        static @Nullable Network parse(String cidr) {
            int slash = cidr.indexOf('/');
            if (slash < 0 || IpAddress.cidrProblem(cidr, false) != null) {
                return null;
            }
            IpAddress ip = IpAddress.parse(cidr.substring(0, slash));
            if (ip == null) {
                return null;
            }
            int bits = Integer.parseInt(cidr.substring(slash + 1));
            byte[] bytes = ip.bytes().clone();
            for (int bit = bits; bit < bytes.length * 8; bit++) {
                bytes[bit / 8] &= (byte) ~(0x80 >> (bit % 8));
            }
            return new Network(bytes, bits);
        }

        boolean contains(Network other) {
            if (other.address.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (other.address[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
