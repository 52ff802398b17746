package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.kube.IpAddress;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.GoStrings;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code service-invalid}: a Service as core/validation {@code ValidateServiceCreate} checks it,
 * after the v1 defaults (type ClusterIP, protocol TCP, targetPort = port, ...) and the registry's
 * clusterIP/clusterIPs normalization. What the IP and port allocators decide (address ranges, the
 * node port range) depends on the cluster and is not checked. Enum values are {@code enum-value}'s.
 */
final class ServiceCheck implements ObjectCheck {

    private static final KubernetesVersion V1_36 = new KubernetesVersion(1, 36);
    static final String SOURCE_RANGES_ANNOTATION = "service.beta.kubernetes.io/load-balancer-source-ranges";
    static final String TOPOLOGY_MODE = "service.kubernetes.io/topology-mode";
    static final String TOPOLOGY_HINTS = "service.kubernetes.io/topology-aware-hints";
    private static final int MAX_AFFINITY_SECONDS = 86400;
    /** kube-apiserver's default --service-node-port-range. */
    static final int NODE_PORT_MIN = 30000;

    static final int NODE_PORT_MAX = 32767;

    private final String rule;
    private final boolean strictIps;

    ServiceCheck(String rule, KubernetesVersion version) {
        this.rule = rule;
        this.strictIps = !version.isBefore(V1_36);
    }

    @Override
    public void check(Target target) {
        if (!"Service".equals(target.builtIn())) {
            return;
        }
        MappingNode object = target.object();
        MappingNode spec = object.mapping("spec");
        Findings findings = target.findings(rule);
        annotations(findings, Nodes.map(target.metadata(), "annotations"), spec);
        if (spec == null) {
            if (object.containsKey("spec")) {
                return;
            }
            findings.at("/spec/ports", "a Service needs spec.ports (and usually spec.selector); add a spec");
            return;
        }
        String type = Nodes.string(spec, "type");
        type = type == null || type.isEmpty() ? "ClusterIP" : type;
        List<String> clusterIPs = clusterIPs(findings, spec);
        boolean headless = clusterIPs != null
                && clusterIPs.size() == 1
                && clusterIPs.get(0).equals("None");
        SequenceNode ports = spec.sequence("ports");
        if ((ports == null || ports.isEmpty())
                && !headless
                && !type.equals("ExternalName")
                && !(spec.containsKey("ports") && ports == null && Nodes.present(spec, "ports"))) {
            findings.at(
                    "/spec/ports",
                    "spec.ports is required for a " + type + " Service"
                            + " (only headless Services, clusterIP: None, and ExternalName Services may have none); add a"
                            + " port");
        }
        typeRules(findings, spec, type, headless, clusterIPs);
        if (ports != null) {
            ports(findings, ports, type);
        }
        sessionAffinity(findings, spec);
        if (!type.equals("ExternalName") && clusterIPs != null) {
            ipFamilies(findings, spec, clusterIPs, headless);
        }
        externalIPs(findings, spec.sequence("externalIPs"));
        loadBalancer(findings, spec, type);
        trafficPolicy(findings, spec, type);
    }

    /**
     * The effective clusterIPs (storage's normalizeClusterIPs copies clusterIP into an empty
     * clusterIPs), after reporting a clusterIPs that contradicts clusterIP; null when unreadable.
     */
    private static @Nullable List<String> clusterIPs(Findings findings, MappingNode spec) {
        String clusterIP = Nodes.string(spec, "clusterIP");
        if (spec.containsKey("clusterIP") && clusterIP == null && Nodes.present(spec, "clusterIP")) {
            return null;
        }
        List<String> list = new ArrayList<>();
        SequenceNode ips = spec.sequence("clusterIPs");
        for (int i = 0; ips != null && i < ips.size(); i++) {
            String ip = Nodes.string(ips.node(i));
            if (ip == null) {
                return null;
            }
            list.add(ip);
        }
        if (clusterIP != null && !clusterIP.isEmpty()) {
            if (list.isEmpty()) {
                list.add(clusterIP);
            } else if (!list.get(0).equals(clusterIP)) {
                findings.at(
                        "/spec/clusterIPs/0",
                        "spec.clusterIPs[0] " + Quoted.quote(list.get(0))
                                + " must match spec.clusterIP " + Quoted.quote(clusterIP)
                                + "; set one of them only, or the same address first in both");
            }
        } else if (!list.isEmpty()) {
            findings.atKey(
                    "/spec/clusterIPs",
                    "spec.clusterIPs must be empty when spec.clusterIP is not specified;"
                            + " set clusterIP to clusterIPs[0] as well, or remove clusterIPs");
        }
        return list;
    }

    private static String clusterIPPointer(MappingNode spec) {
        return spec.sequence("clusterIPs") != null
                        && !spec.sequence("clusterIPs").isEmpty()
                ? "/spec/clusterIPs/0"
                : "/spec/clusterIP";
    }

    private static void typeRules(
            Findings findings, MappingNode spec, String type, boolean headless, @Nullable List<String> clusterIPs) {
        switch (type) {
            case "LoadBalancer", "NodePort" -> {
                if (headless) {
                    findings.at(
                            clusterIPPointer(spec),
                            "clusterIP may not be 'None' for " + type + " Services:"
                                    + " remove clusterIP, or use type ClusterIP for a headless Service");
                }
            }
            case "ExternalName" -> {
                if (clusterIPs != null && !clusterIPs.isEmpty()) {
                    findings.atKey(
                            spec.sequence("clusterIPs") != null
                                            && !spec.sequence("clusterIPs").isEmpty()
                                    ? "/spec/clusterIPs"
                                    : "/spec/clusterIP",
                            "clusterIP and clusterIPs may not be set for" + " ExternalName Services; remove them");
                }
                SequenceNode families = spec.sequence("ipFamilies");
                if (families != null && !families.isEmpty()) {
                    findings.atKey("/spec/ipFamilies", "spec.ipFamilies may not be set for ExternalName Services");
                }
                if (Nodes.present(spec, "ipFamilyPolicy")) {
                    findings.atKey(
                            "/spec/ipFamilyPolicy",
                            "spec.ipFamilyPolicy may not be set for ExternalName" + " Services");
                }
                externalName(findings, spec);
            }
            default -> {}
        }
    }

    private static void externalName(Findings findings, MappingNode spec) {
        if (spec.containsKey("externalName")
                && Nodes.string(spec, "externalName") == null
                && Nodes.present(spec, "externalName")) {
            return;
        }
        String name = Nodes.string(spec, "externalName");
        String cname = name == null ? "" : name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (cname.isEmpty()) {
            findings.at(
                    "/spec/externalName",
                    "spec.externalName is required for an"
                            + " ExternalName Service: the DNS name it points to (e.g. db.example.com)");
            return;
        }
        String problem = Formats.dns1123SubdomainProblem(cname);
        if (problem != null) {
            findings.at(
                    "/spec/externalName",
                    "spec.externalName " + Quoted.quote(Objects.requireNonNull(name)) + " is not a DNS name: "
                            + problem);
        }
    }

    private static void ports(Findings findings, SequenceNode ports, String type) {
        int count = ports.size();
        boolean requireName = count > 1;
        String[] names = new String[count];
        long[] portKeys = new long[count];
        long[] nodePortKeys = new long[count];
        int nodePorts = 0;
        for (int i = 0; i < count; i++) {
            MappingNode port = Nodes.item(ports, i);
            if (port == null) {
                continue;
            }
            String name = Nodes.string(port, "name");
            if (name == null || name.isEmpty()) {
                if (requireName && !(port.containsKey("name") && name == null && Nodes.present(port, "name"))) {
                    findings.at(
                            name == null ? at(i) : at(i) + "/name",
                            field(i) + ".name is required when a Service"
                                    + " has more than one port; name each port (e.g. http, metrics)");
                }
            } else {
                if (!Formats.isDns1123Label(name)) {
                    String better = NameFormat.LABEL.suggestion(name);
                    findings.at(
                            at(i) + "/name",
                            field(i) + ".name " + Quoted.quote(name) + " is not a valid port"
                                    + " name: " + Formats.dns1123LabelProblem(name)
                                    + (better == null ? "" : "; write e.g. " + Quoted.quote(better)));
                }
                for (int j = 0; j < i; j++) {
                    if (name.equals(names[j])) {
                        findings.at(
                                at(i) + "/name",
                                field(i) + ".name " + Quoted.quote(name) + " is used by another"
                                        + " port of this Service; port names must be unique");
                        break;
                    }
                }
                names[i] = name;
            }
            Long number = Nodes.int32(port, "port");
            if (number != null && (number < 1 || number > 65535)) {
                findings.at(at(i) + "/port", field(i) + ".port must be between 1 and 65535, inclusive, not " + number);
            }
            targetPort(findings, port, i);
            String appProtocol = Nodes.string(port, "appProtocol");
            if (appProtocol != null && !Formats.isQualifiedName(appProtocol)) {
                findings.at(
                        at(i) + "/appProtocol",
                        field(i) + ".appProtocol " + Quoted.quote(appProtocol) + " is not" + " valid: "
                                + Formats.qualifiedNameProblem(appProtocol) + " (e.g. http, kubernetes.io/h2c)");
            }
            String protocol = Nodes.string(port, "protocol");
            protocol = protocol == null || protocol.isEmpty() ? "TCP" : protocol;
            Long nodePort = Nodes.int32(port, "nodePort");
            if (nodePort != null && nodePort != 0) {
                if (type.equals("ClusterIP")) {
                    findings.at(
                            at(i) + "/nodePort",
                            field(i) + ".nodePort may not be used when type is 'ClusterIP';"
                                    + " use type NodePort or LoadBalancer, or remove nodePort");
                } else if ((type.equals("NodePort") || type.equals("LoadBalancer"))
                        && (nodePort < NODE_PORT_MIN || nodePort > NODE_PORT_MAX)) {
                    findings.at(
                            at(i) + "/nodePort",
                            field(i) + ".nodePort " + nodePort + " is outside the node port"
                                    + " range " + NODE_PORT_MIN + "-" + NODE_PORT_MAX + " (kube-apiserver's default"
                                    + " --service-node-port-range); pick a port in it, or leave nodePort out to get one");
                } else if (contains(nodePortKeys, nodePorts, key(protocol, nodePort))) {
                    findings.at(
                            at(i) + "/nodePort",
                            field(i) + ".nodePort " + nodePort + " is used by another " + protocol
                                    + " port of this Service; node ports must be unique");
                } else {
                    nodePortKeys[nodePorts++] = key(protocol, nodePort);
                }
            }
            if (number != null) {
                if (contains(portKeys, i, key(protocol, number))) {
                    findings.at(
                            at(i),
                            field(i) + ": port " + number + "/" + protocol + " is already declared by another"
                                    + " port of this Service; each port and protocol pair must be unique");
                }
                portKeys[i] = key(protocol, number);
            } else {
                portKeys[i] = Long.MIN_VALUE;
            }
        }
    }

    private static String at(int port) {
        return "/spec/ports/" + port;
    }

    private static String field(int port) {
        return "spec.ports[" + port + "]";
    }

    /** A (protocol, port) pair as one number: ports are 32-bit, protocols few. */
    private static long key(String protocol, long port) {
        return ((long) protocol.hashCode() << 32) ^ (port & 0xffffffffL);
    }

    private static boolean contains(long[] keys, int count, long key) {
        for (int i = 0; i < count; i++) {
            if (keys[i] == key) {
                return true;
            }
        }
        return false;
    }

    /** ValidatePortNumOrName, after the default (a missing, 0 or "" targetPort becomes the port). */
    private static void targetPort(Findings findings, MappingNode port, int i) {
        Object target = port.get("targetPort");
        if (target instanceof Long n && n != 0 && (n < 1 || n > 65535)) {
            findings.at(
                    at(i) + "/targetPort", field(i) + ".targetPort must be between 1 and 65535, inclusive, not " + n);
        } else if (target instanceof String s && !s.isEmpty()) {
            String problem = Formats.portNameProblem(s);
            if (problem != null) {
                findings.at(
                        at(i) + "/targetPort",
                        field(i) + ".targetPort " + Quoted.quote(s) + " is neither a port number nor a valid"
                                + " port name (" + problem + ")"
                                + (s.chars().allMatch(Character::isDigit) ? "; write the number without quotes" : ""));
            }
        }
    }

    private static void sessionAffinity(Findings findings, MappingNode spec) {
        if (!"ClientIP".equals(Nodes.string(spec, "sessionAffinity"))) {
            return;
        }
        MappingNode clientIP = Nodes.map(spec, "sessionAffinityConfig", "clientIP");
        Long timeout = Nodes.int32(clientIP, "timeoutSeconds");
        if (timeout != null && (timeout <= 0 || timeout > MAX_AFFINITY_SECONDS)) {
            findings.at(
                    "/spec/sessionAffinityConfig/clientIP/timeoutSeconds",
                    "spec.sessionAffinityConfig.clientIP"
                            + ".timeoutSeconds must be greater than 0 and at most " + MAX_AFFINITY_SECONDS + ", not "
                            + timeout);
        }
    }

    /** ValidateServiceClusterIPsRelatedFields. */
    private void ipFamilies(Findings findings, MappingNode spec, List<String> clusterIPs, boolean headless) {
        SequenceNode families = spec.sequence("ipFamilies");
        List<String> familyValues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; families != null && i < families.size(); i++) {
            String family = Nodes.string(families.node(i));
            familyValues.add(family);
            if (family != null && !seen.add(family)) {
                findings.at(
                        "/spec/ipFamilies/" + i, "spec.ipFamilies[" + i + "]: duplicate value " + Quoted.quote(family));
            }
        }
        boolean fromList = spec.sequence("clusterIPs") != null
                && !spec.sequence("clusterIPs").isEmpty();
        boolean invalid = false;
        List<IpAddress> parsed = new ArrayList<>();
        for (int i = 0; i < clusterIPs.size(); i++) {
            String ip = clusterIPs.get(i);
            String at = fromList ? "/spec/clusterIPs/" + i : "/spec/clusterIP";
            if (i == 0 && ip.equals("None")) {
                if (clusterIPs.size() > 1) {
                    invalid = true;
                    findings.at(at, "'None' must be the first and only value of spec.clusterIPs");
                }
                continue;
            }
            String problem = IpAddress.legacyProblem(ip, strictIps);
            if (problem != null) {
                invalid = true;
                findings.at(
                        at,
                        (fromList ? "spec.clusterIPs[" + i + "]" : "spec.clusterIP") + " " + Quoted.quote(ip) + " "
                                + problem + (ip.isEmpty() ? "" : "; or leave it out to have one allocated"));
            } else {
                parsed.add(IpAddress.parse(ip));
            }
        }
        if (clusterIPs.size() > 2) {
            findings.atKey("/spec/clusterIPs", "spec.clusterIPs may only hold up to 2 values (one IPv4, one IPv6)");
        }
        if (invalid) {
            return;
        }
        if (parsed.size() == 2 && parsed.get(0).isIPv6() == parsed.get(1).isIPv6()) {
            findings.atKey("/spec/clusterIPs", "spec.clusterIPs may specify no more than one IP for each IP family");
        }
        singleStack(findings, spec, clusterIPs, familyValues);
        if (!headless) {
            for (int i = 0; i < parsed.size() && i < familyValues.size(); i++) {
                boolean v6 = parsed.get(i).isIPv6();
                String family = familyValues.get(i);
                if (("IPv4".equals(family) && v6) || ("IPv6".equals(family) && !v6)) {
                    findings.at(
                            fromList ? "/spec/clusterIPs/" + i : "/spec/clusterIP",
                            "cluster IP '"
                                    + clusterIPs.get(i) + "' is not an " + family + " address as spec.ipFamilies[" + i
                                    + "] says");
                }
            }
        }
    }

    /**
     * The service storage's initIPFamilyFields: without ipFamilyPolicy a Service is SingleStack
     * (RequireDualStack when headless without selector), and SingleStack takes one IP and family.
     */
    private static void singleStack(
            Findings findings, MappingNode spec, List<String> clusterIPs, List<String> families) {
        String policy = Nodes.string(spec, "ipFamilyPolicy");
        if (policy == null) {
            MappingNode selector = spec.mapping("selector");
            boolean selectorless = selector == null || selector.isEmpty();
            policy =
                    "None".equals(Nodes.string(spec, "clusterIP")) && selectorless ? "RequireDualStack" : "SingleStack";
        }
        if (!policy.equals("SingleStack")) {
            return;
        }
        String at = spec.containsKey("ipFamilyPolicy") ? "/spec/ipFamilyPolicy" : "/spec";
        String defaulted = spec.containsKey("ipFamilyPolicy") ? "" : " (the default)";
        if (clusterIPs.size() == 2) {
            findings.at(
                    at,
                    "spec.ipFamilyPolicy SingleStack" + defaulted + " takes one cluster IP: set ipFamilyPolicy"
                            + " to RequireDualStack or PreferDualStack for two");
        }
        if (families.size() == 2) {
            findings.at(
                    at,
                    "spec.ipFamilyPolicy SingleStack" + defaulted + " takes one IP family: set ipFamilyPolicy"
                            + " to RequireDualStack or PreferDualStack for two");
        }
    }

    private void externalIPs(Findings findings, @Nullable SequenceNode ips) {
        for (int i = 0; ips != null && i < ips.size(); i++) {
            String ip = Nodes.string(ips.node(i));
            if (ip == null) {
                continue;
            }
            String problem = IpAddress.legacyProblem(ip, strictIps);
            if (problem == null) {
                problem = Objects.requireNonNull(IpAddress.parse(ip), "a legacy-valid address parses")
                        .endpointProblem();
            }
            if (problem != null) {
                findings.at(
                        "/spec/externalIPs/" + i, "spec.externalIPs[" + i + "] " + Quoted.quote(ip) + " " + problem);
            }
        }
    }

    private void loadBalancer(Findings findings, MappingNode spec, String type) {
        boolean lb = type.equals("LoadBalancer");
        SequenceNode ranges = spec.sequence("loadBalancerSourceRanges");
        if (ranges != null && !ranges.isEmpty()) {
            if (!lb) {
                findings.atKey(
                        "/spec/loadBalancerSourceRanges",
                        "spec.loadBalancerSourceRanges may only be used when" + " type is 'LoadBalancer'");
            }
            for (int i = 0; i < ranges.size(); i++) {
                String range = Nodes.string(ranges.node(i));
                if (range != null) {
                    String problem = IpAddress.cidrProblem(GoStrings.trimSpace(range), strictIps);
                    if (problem != null) {
                        findings.at(
                                "/spec/loadBalancerSourceRanges/" + i,
                                "spec.loadBalancerSourceRanges[" + i + "] '" + range + "' " + problem);
                    }
                }
            }
        }
        if (Nodes.present(spec, "allocateLoadBalancerNodePorts") && !lb) {
            findings.atKey(
                    "/spec/allocateLoadBalancerNodePorts",
                    "spec.allocateLoadBalancerNodePorts may only be used" + " when type is 'LoadBalancer'");
        }
        String lbClass = Nodes.string(spec, "loadBalancerClass");
        if (lbClass != null) {
            String problem = lb ? Formats.qualifiedNameProblem(lbClass) : null;
            if (!lb) {
                findings.atKey(
                        "/spec/loadBalancerClass",
                        "spec.loadBalancerClass may only be used when type is" + " 'LoadBalancer'");
            } else if (problem != null) {
                findings.at(
                        "/spec/loadBalancerClass",
                        "spec.loadBalancerClass " + Quoted.quote(lbClass) + " is not valid: " + problem
                                + " (e.g. example.com/internal-vip)");
            }
        }
    }

    /** validateServiceExternalTrafficPolicy, after the default (Cluster for externally reachable Services). */
    private static void trafficPolicy(Findings findings, MappingNode spec, String type) {
        SequenceNode externalIPs = spec.sequence("externalIPs");
        boolean external = type.equals("LoadBalancer")
                || type.equals("NodePort")
                || (type.equals("ClusterIP") && externalIPs != null && !externalIPs.isEmpty());
        String policy = Nodes.string(spec, "externalTrafficPolicy");
        if (!external && policy != null && !policy.isEmpty()) {
            findings.at(
                    "/spec/externalTrafficPolicy",
                    "spec.externalTrafficPolicy may only be set for externally"
                            + " reachable Services (type NodePort or LoadBalancer, or with externalIPs); remove it"
                            + (policy.equals("Local")
                                    ? ", or use internalTrafficPolicy: Local for traffic from inside the" + " cluster"
                                    : ""));
        }
        Long healthCheck = Nodes.int32(spec, "healthCheckNodePort");
        if (healthCheck != null && healthCheck != 0) {
            boolean needs = type.equals("LoadBalancer") && "Local".equals(policy);
            if (!needs) {
                findings.at(
                        "/spec/healthCheckNodePort",
                        "spec.healthCheckNodePort may only be set when type is"
                                + " 'LoadBalancer' and externalTrafficPolicy is 'Local'");
            } else if (healthCheck < 1 || healthCheck > 65535) {
                findings.at(
                        "/spec/healthCheckNodePort",
                        "spec.healthCheckNodePort must be between 1 and 65535," + " inclusive");
            } else if (healthCheck < NODE_PORT_MIN || healthCheck > NODE_PORT_MAX) {
                findings.at(
                        "/spec/healthCheckNodePort",
                        "spec.healthCheckNodePort " + healthCheck + " is outside the"
                                + " node port range " + NODE_PORT_MIN + "-" + NODE_PORT_MAX
                                + " (kube-apiserver's default"
                                + " --service-node-port-range); leave it out to get one");
            }
        }
    }

    private void annotations(Findings findings, @Nullable MappingNode annotations, @Nullable MappingNode spec) {
        if (annotations == null) {
            return;
        }
        String mode = Nodes.string(annotations, TOPOLOGY_MODE);
        String hints = Nodes.string(annotations, TOPOLOGY_HINTS);
        if (mode != null && hints != null && !mode.equals(hints)) {
            findings.at(
                    Pointers.append("/metadata/annotations", TOPOLOGY_MODE),
                    "annotation " + TOPOLOGY_MODE
                            + " must match annotation " + TOPOLOGY_HINTS + " when both are specified ("
                            + Quoted.quote(mode) + " vs " + Quoted.quote(hints) + "); keep " + TOPOLOGY_MODE + " only");
        }
        SequenceNode ranges = Nodes.list(spec, "loadBalancerSourceRanges");
        String value = Nodes.string(annotations, SOURCE_RANGES_ANNOTATION);
        if ((ranges != null && !ranges.isEmpty()) || value == null) {
            return;
        }
        String at = Pointers.append("/metadata/annotations", SOURCE_RANGES_ANNOTATION);
        String type = Nodes.string(spec, "type");
        if (!"LoadBalancer".equals(type)) {
            findings.atKey(
                    at,
                    "annotation " + SOURCE_RANGES_ANNOTATION + " may only be used when type is" + " 'LoadBalancer'");
        }
        String trimmed = GoStrings.trimSpace(value);
        if (!trimmed.isEmpty()) {
            for (String cidr : trimmed.split(",", -1)) {
                String problem = IpAddress.cidrProblem(GoStrings.trimSpace(cidr), strictIps);
                if (problem != null) {
                    findings.at(
                            at,
                            "annotation " + SOURCE_RANGES_ANNOTATION + ": " + Quoted.quote(GoStrings.trimSpace(cidr))
                                    + " " + problem);
                    return;
                }
            }
        }
    }
}
