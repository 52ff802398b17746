package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.kube.IpAddress;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import org.jspecify.annotations.Nullable;

/**
 * The checks core/v1 Endpoints and discovery.k8s.io/v1 EndpointSlices share: an endpoint's
 * {@code hostname} ({@code ValidateDNS1123Label}) and {@code nodeName} ({@code ValidateNodeName}),
 * a port's {@code name} ({@code ValidateDNS1123Label}) and {@code appProtocol}
 * ({@code ValidateQualifiedName}), and an address as {@code IsValidIPForLegacyField} and
 * {@code ValidateEndpointIP} check it.
 */
final class EndpointFields {

    private EndpointFields() {}

    /** {@code hostname}, when written as a string, is a DNS-1123 label ({@code ""} included). */
    static void hostname(Findings findings, MappingNode endpoint, String at, String field) {
        String hostname = Nodes.string(endpoint, "hostname");
        if (hostname != null && !Formats.isDns1123Label(hostname)) {
            findings.at(
                    at + "/hostname",
                    field + ".hostname " + Quoted.quote(hostname) + " is not a DNS-1123 label: "
                            + Formats.dns1123LabelProblem(hostname));
        }
    }

    /** {@code nodeName}, when written as a string, is a node name (a DNS-1123 subdomain). */
    static void nodeName(Findings findings, MappingNode endpoint, String at, String field) {
        String nodeName = Nodes.string(endpoint, "nodeName");
        if (nodeName != null && !Formats.isDns1123Subdomain(nodeName)) {
            findings.at(
                    at + "/nodeName",
                    field + ".nodeName " + Quoted.quote(nodeName) + " is not a valid node name: "
                            + Formats.dns1123SubdomainProblem(nodeName));
        }
    }

    /** A non-empty port {@code name} is a DNS-1123 label; true when it is. */
    static boolean portName(Findings findings, String name, String at, String field) {
        if (name.isEmpty() || Formats.isDns1123Label(name)) {
            return true;
        }
        findings.at(
                at + "/name",
                field + ".name " + Quoted.quote(name) + " is not a DNS-1123 label: "
                        + Formats.dns1123LabelProblem(name));
        return false;
    }

    /** A port's {@code appProtocol}, when written as a string, is a qualified name. */
    static void appProtocol(Findings findings, MappingNode port, String at, String field) {
        String appProtocol = Nodes.string(port, "appProtocol");
        if (appProtocol != null && !Formats.isQualifiedName(appProtocol)) {
            findings.at(
                    at + "/appProtocol",
                    field + ".appProtocol " + Quoted.quote(appProtocol) + " is not a qualified name: "
                            + Formats.qualifiedNameProblem(appProtocol));
        }
    }

    /**
     * {@code IsValidIPForLegacyField} ({@code strict}: with StrictIPCIDRValidation) and then
     * {@code ValidateEndpointIP}: what is wrong with {@code address}, or null.
     */
    static @Nullable String legacyIpProblem(String address, boolean strict) {
        String problem = IpAddress.legacyProblem(address, strict);
        if (problem != null) {
            return problem;
        }
        IpAddress ip = IpAddress.parse(address);
        return ip == null ? null : ip.endpointProblem();
    }
}
