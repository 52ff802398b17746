package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.kube.IpAddress;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code endpoint-slice-invalid}: a discovery.k8s.io/v1 EndpointSlice as discovery/validation
 * {@code ValidateEndpointSlice} checks it on create: ports (names DNS-1123 labels and unique, a
 * missing name defaulted to "", appProtocol a qualified name), endpoints (at least one and at most
 * 100 addresses of the slice's addressType: IPv4 and IPv6 as {@code IsValidIPForLegacyField} and
 * {@code IsValidIP} with {@code ValidateEndpointIP} (before 1.33 {@code IsValidIPv4Address} and
 * {@code IsValidIPv6Address} with {@code ValidateNonSpecialIP}), FQDN as {@code IsFullyQualifiedDomainName};
 * nodeName a node name, hostname a DNS-1123 label, zone and node hints). {@code addressType} and
 * port protocols outside their sets are {@code enum-value}'s.
 */
final class EndpointSliceCheck implements ObjectCheck {

    /** StrictIPCIDRValidation is beta, on, from 1.36. */
    private static final KubernetesVersion V1_36 = new KubernetesVersion(1, 36);

    /** From 1.33 IsValidIPForLegacyField/IsValidIP with ValidateEndpointIP; before, IsValidIPv4Address/IPv6Address. */
    private static final KubernetesVersion V1_33 = new KubernetesVersion(1, 33);

    /** hints.forNodes: PreferSameTrafficDistribution on from 1.34 (alpha, dropped, in 1.33; no field before). */
    private static final KubernetesVersion V1_34 = new KubernetesVersion(1, 34);

    private static final int MAX_ADDRESSES = 100;
    private static final int MAX_PORTS = 20000;
    private static final int MAX_ENDPOINTS = 1000;
    private static final int MAX_HINTS = 8;

    private final String rule;
    private final boolean strictIps;
    private final boolean canonicalIps;
    private final boolean nodeHints;

    EndpointSliceCheck(String rule, KubernetesVersion version) {
        this.rule = rule;
        this.strictIps = !version.isBefore(V1_36);
        this.canonicalIps = !version.isBefore(V1_33);
        this.nodeHints = !version.isBefore(V1_34);
    }

    @Override
    public void check(Target target) {
        if (!target.kind().equals("EndpointSlice") || !"discovery.k8s.io/v1".equals(target.apiVersion())) {
            return;
        }
        MappingNode object = target.object();
        Findings findings = target.findings(rule);
        SequenceNode ports = object.sequence("ports");
        if (ports != null && ports.size() <= MAX_PORTS) {
            ports(findings, ports);
        }
        SequenceNode endpoints = object.sequence("endpoints");
        if (endpoints == null) {
            return;
        }
        if (endpoints.size() > MAX_ENDPOINTS) {
            findings.atKey("/endpoints", "endpoints may hold at most " + MAX_ENDPOINTS + " endpoints; split the slice");
            return;
        }
        String addressType = object.string("addressType");
        for (int i = 0; i < endpoints.size(); i++) {
            MappingNode endpoint = Nodes.item(endpoints, i);
            if (endpoint != null) {
                endpoint(findings, endpoint, "/endpoints/" + i, "endpoints[" + i + "]", addressType);
            }
        }
    }

    private static void ports(Findings findings, SequenceNode ports) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            MappingNode port = Nodes.item(ports, i);
            if (port == null) {
                continue;
            }
            String at = "/ports/" + i;
            String field = "ports[" + i + "]";
            YamlNode nameNode = port.node("name");
            String name = Nodes.present(port, "name") ? Nodes.string(nameNode) : "";
            if (name == null) {
                continue;
            }
            EndpointFields.portName(findings, name, at, field);
            if (!names.add(name)) {
                findings.at(
                        port.containsKey("name") ? at + "/name" : at,
                        field + ".name " + Quoted.quote(name) + " repeats an earlier port's name"
                                + (name.isEmpty() ? " (a port without a name is named \"\")" : "")
                                + "; give each port its own name");
            }
            EndpointFields.appProtocol(findings, port, at, field);
        }
    }

    private void endpoint(
            Findings findings, MappingNode endpoint, String at, String field, @Nullable String addressType) {
        SequenceNode addresses = endpoint.sequence("addresses");
        if (addresses != null && addresses.isEmpty()) {
            findings.at(at + "/addresses", field + ".addresses must contain at least 1 address");
        } else if (addresses != null && addresses.size() > MAX_ADDRESSES) {
            findings.atKey(at + "/addresses", field + ".addresses may hold at most " + MAX_ADDRESSES + " addresses");
        }
        for (int j = 0; addresses != null && j < addresses.size(); j++) {
            String address = Nodes.string(addresses.node(j));
            String problem = address == null || addressType == null ? null : addressProblem(address, addressType);
            if (address != null && problem != null) {
                findings.at(
                        at + "/addresses/" + j,
                        field + ".addresses[" + j + "] " + Quoted.quote(address) + ": " + problem);
            }
        }
        EndpointFields.nodeName(findings, endpoint, at, field);
        EndpointFields.hostname(findings, endpoint, at, field);
        MappingNode hints = endpoint.mapping("hints");
        if (hints != null) {
            if (hints(findings, hints.sequence("forZones"), at + "/hints/forZones", field + ".hints.forZones", false)
                    && nodeHints) {
                hints(findings, hints.sequence("forNodes"), at + "/hints/forNodes", field + ".hints.forNodes", true);
            }
        }
    }

    /** validateHints for one list; false when it has too many entries (the rest is not checked). */
    private static boolean hints(
            Findings findings, @Nullable SequenceNode list, String at, String field, boolean nodes) {
        if (list == null) {
            return true;
        }
        if (list.size() > MAX_HINTS) {
            findings.atKey(at, field + " may hold at most " + MAX_HINTS + " entries");
            return false;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            MappingNode hint = Nodes.item(list, i);
            String name = hint == null ? null : Nodes.present(hint, "name") ? Nodes.string(hint, "name") : "";
            if (hint == null || name == null) {
                continue;
            }
            String nameAt = hint.containsKey("name") ? at + "/" + i + "/name" : at + "/" + i;
            if (!names.add(name)) {
                findings.at(nameAt, field + "[" + i + "].name " + Quoted.quote(name) + " repeats an earlier entry");
            }
            String problem = nodes
                    ? (Formats.isDns1123Subdomain(name) ? null : Formats.dns1123SubdomainProblem(name))
                    : Formats.labelValueProblem(name);
            if (problem != null) {
                findings.at(
                        nameAt,
                        field + "[" + i + "].name " + Quoted.quote(name) + " is not a valid "
                                + (nodes ? "node name: " : "zone name: ") + problem);
            }
        }
        return true;
    }

    private @Nullable String addressProblem(String address, String addressType) {
        if (!canonicalIps && (addressType.equals("IPv4") || addressType.equals("IPv6"))) {
            IpAddress ip = IpAddress.parse(address);
            boolean v6 = addressType.equals("IPv6");
            if (ip == null || ip.isIPv6() != v6) {
                return "must be a valid " + addressType + " address";
            }
            return ip.endpointProblem();
        }
        switch (addressType) {
            case "IPv4" -> {
                String problem = IpAddress.legacyProblem(address, strictIps);
                if (problem != null) {
                    return problem;
                }
                IpAddress ip = IpAddress.parse(address);
                if (ip == null) {
                    return null;
                }
                if (ip.isIPv6()) {
                    return "must be an IPv4 address (the slice's addressType is IPv4)";
                }
                return ip.endpointProblem();
            }
            case "IPv6" -> {
                String problem = IpAddress.legacyProblem(address, true);
                if (problem != null) {
                    return problem;
                }
                IpAddress ip = IpAddress.parse(address);
                if (ip == null) {
                    return null;
                }
                String canonical = canonical(ip);
                if (!address.equals(canonical)) {
                    return "must be in canonical form (" + Quoted.quote(canonical) + ")";
                }
                if (!ip.isIPv6()) {
                    return "must be an IPv6 address (the slice's addressType is IPv6)";
                }
                return ip.endpointProblem();
            }
            case "FQDN" -> {
                return fqdnProblem(address);
            }
            default -> {
                return null;
            }
        }
    }

    /** IsFullyQualifiedDomainName. */
    private static @Nullable String fqdnProblem(String address) {
        if (address.isEmpty()) {
            return "is required: a fully qualified domain name";
        }
        String name = address.endsWith(".") ? address.substring(0, address.length() - 1) : address;
        if (!Formats.isDns1123Subdomain(name)) {
            return Formats.dns1123SubdomainProblem(name);
        }
        String[] labels = name.split("\\.", -1);
        if (labels.length < 2) {
            return "should be a domain with at least two segments separated by dots";
        }
        for (String label : labels) {
            if (!Formats.isDns1123Label(label)) {
                return Quoted.quote(label) + ": " + Formats.dns1123LabelProblem(label);
            }
        }
        return null;
    }

    /** Go's net.IP.String(): dotted IPv4, or IPv6 with the longest run of zero groups (two or more) as "::". */
    static String canonical(IpAddress ip) {
        byte[] b = ip.bytes();
        if (!ip.isIPv6()) {
            int offset = b.length - 4;
            return (b[offset] & 0xff) + "." + (b[offset + 1] & 0xff) + "." + (b[offset + 2] & 0xff) + "."
                    + (b[offset + 3] & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength && j - i >= 2) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
