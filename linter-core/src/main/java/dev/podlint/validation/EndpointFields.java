package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.kube.IpAddress;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import java.util.function.Function;
import java.util.function.Predicate;
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
        format(
                findings,
                endpoint,
                "hostname",
                at,
                field,
                Formats::isDns1123Label,
                "a DNS-1123 label",
                Formats::dns1123LabelProblem);
    }

    /** {@code nodeName}, when written as a string, is a node name (a DNS-1123 subdomain). */
    static void nodeName(Findings findings, MappingNode endpoint, String at, String field) {
        format(
                findings,
                endpoint,
                "nodeName",
                at,
                field,
                Formats::isDns1123Subdomain,
                "a valid node name",
                Formats::dns1123SubdomainProblem);
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
        format(
                findings,
                port,
                "appProtocol",
                at,
                field,
                Formats::isQualifiedName,
                "a qualified name",
                Formats::qualifiedNameProblem);
    }

    /** The string under {@code key}, when written, is valid; else a finding there saying what it is not. */
    private static void format(
            Findings findings,
            MappingNode map,
            String key,
            String at,
            String field,
            Predicate<String> valid,
            String what,
            Function<String, @Nullable String> problem) {
        String value = Nodes.string(map, key);
        if (value != null && !valid.test(value)) {
            findings.at(
                    at + "/" + key,
                    field + "." + key + " " + Quoted.quote(value) + " is not " + what + ": " + problem.apply(value));
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
