package dev.podlint.container;

import dev.podlint.rule.functions.JsonTypes;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code port-invalid}: a container's ports ({@code validateContainerPorts}: numbers, names, names
 * unique in the container), host ports bound twice ({@code checkHostPortConflicts}: across the
 * regular containers, within each init container) and host ports under hostNetwork
 * ({@code validatePodHostNetworkDeps}). A Pod with hostNetwork has each missing hostPort set to its
 * containerPort first ({@code SetDefaults_Pod}); a template does not, its Pods do.
 */
final class PortCheck {

    static final String RULE = "port-invalid";

    private PortCheck() {}

    static void check(Container c, PodSpec pod, Findings findings) {
        // a Pod with hostNetwork has its missing host ports set to the container ports before validation
        boolean defaulted = pod.hostNetwork() && findings.scope().isPod() && c.type() != ContainerType.EPHEMERAL;
        if (!(c.node().node("ports") instanceof SequenceNode ports)) {
            return;
        }
        String listPointer = Pointers.append(c.pointer(), "ports");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            if (!(ports.node(i) instanceof MappingNode port)) {
                continue;
            }
            String pointer = listPointer + "/" + i;
            if (port.get("name") instanceof String name && !name.isEmpty()) {
                String at = pointer + "/name";
                String problem = isPortName(name) ? null : nameProblem(name);
                if (problem != null) {
                    findings.at(RULE, at, ApiPaths.of(at) + ": Invalid value: " + Names.quote(name) + ": " + problem);
                } else if (!names.add(name)) {
                    findings.at(
                            RULE,
                            at,
                            ApiPaths.of(at) + ": Duplicate value: " + Names.quote(name) + ": another port"
                                    + " of container " + c.label() + " has this name; give each port its own name");
                }
            }
            BigInteger containerPort = JsonTypes.integer(port.get("containerPort"));
            if (containerPort != null) {
                String at = pointer + "/containerPort";
                if (containerPort.signum() == 0) {
                    findings.at(
                            RULE,
                            at,
                            ApiPaths.of(at) + ": Required value: the port the container listens on," + " 1-65535");
                } else if (!JsonTypes.between(containerPort, 1, 65535)) {
                    findings.at(
                            RULE,
                            at,
                            ApiPaths.of(at) + ": Invalid value: " + containerPort + ": must be between 1"
                                    + " and 65535, inclusive");
                }
            }
            BigInteger hostPort = JsonTypes.integer(port.get("hostPort"));
            if (defaulted && (hostPort == null || hostPort.signum() == 0)) {
                hostPort = containerPort;
            }
            if (hostPort != null && hostPort.signum() != 0 && !JsonTypes.between(hostPort, 1, 65535)) {
                String at = pointer + "/hostPort";
                findings.at(
                        RULE,
                        at,
                        ApiPaths.of(at) + ": Invalid value: " + hostPort + ": must be between 1 and"
                                + " 65535, inclusive");
            }
        }
    }

    /** The common case of {@link #nameProblem}, without building anything: a valid name. */
    private static boolean isPortName(String name) {
        int n = name.length();
        if (n > 15 || name.charAt(0) == '-' || name.charAt(n - 1) == '-') {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letter = true;
            } else if (!((c >= '0' && c <= '9') || (c == '-' && name.charAt(i - 1) != '-'))) {
                return false;
            }
        }
        return letter;
    }

    /** {@code IsValidPortName} (IANA_SVC_NAME), its complaints joined, or null. */
    static @Nullable String nameProblem(String name) {
        List<String> problems = new ArrayList<>();
        if (name.length() > 15) {
            problems.add("must be no more than 15 characters");
        }
        if (!name.chars().allMatch(ch -> (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) {
            problems.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }
        if (name.chars().noneMatch(ch -> ch >= 'a' && ch <= 'z')) {
            problems.add("must contain at least one letter (a-z)");
        }
        if (name.contains("--")) {
            problems.add("must not contain consecutive hyphens");
        }
        if (name.startsWith("-") || name.endsWith("-")) {
            problems.add("must not begin or end with a hyphen");
        }
        return problems.isEmpty()
                ? null
                : String.join(", ", problems) + " (a port name is an IANA service name, e.g. 'http-metrics')";
    }

    /** Host ports bound twice, and host ports that differ from containerPort under hostNetwork. */
    static void checkPod(PodSpec pod, List<Container> containers, Findings findings) {
        boolean hostNetwork = pod.hostNetwork();
        if (!hostNetwork && containers.stream().noneMatch(PortCheck::hasHostPort)) {
            return;
        }
        List<Container> regular = containers.stream()
                .filter(c -> c.type() == ContainerType.REGULAR)
                .toList();
        boolean defaulted = hostNetwork && findings.scope().isPod();
        Map<String, String> clashes = new LinkedHashMap<>(clashes(regular, defaulted));
        for (Container c : containers) {
            if (c.type() == ContainerType.INIT) {
                clashes.putAll(clashes(List.of(c), defaulted));
            }
        }
        clashes.forEach((at, key) -> findings.at(RULE, at, message(at, key)));
        if (hostNetwork && !findings.scope().isPod()) {
            // the Pods made from this template get the defaulted host ports, and may clash where the template did not
            Map<String, String> inPods = new LinkedHashMap<>(clashes(regular, true));
            for (Container c : containers) {
                if (c.type() == ContainerType.INIT) {
                    inPods.putAll(clashes(List.of(c), true));
                }
            }
            inPods.forEach((at, key) -> {
                if (!clashes.containsKey(at)) {
                    findings.podOnlyAt(
                            RULE,
                            at,
                            message(at, key) + " (with hostNetwork every containerPort is also a" + " hostPort)");
                }
            });
        }
        if (hostNetwork) {
            for (Container c : regular) {
                forEachPort(c, (pointer, port) -> {
                    BigInteger hostPort = JsonTypes.integer(port.get("hostPort"));
                    BigInteger containerPort = JsonTypes.integer(port.get("containerPort"));
                    if (hostPort != null && hostPort.signum() != 0 && !hostPort.equals(containerPort)) {
                        String at = pointer + "/hostPort";
                        findings.at(
                                RULE,
                                at,
                                ApiPaths.of(at) + ": Invalid value: " + hostPort + ": must match"
                                        + " `containerPort` when `hostNetwork` is true; remove hostPort or set it to "
                                        + (containerPort == null ? "the containerPort" : containerPort));
                    }
                });
            }
        }
    }

    private static String message(String at, String key) {
        return ApiPaths.of(at) + ": Duplicate value: \"" + key + "\": another port of the pod binds the same host port"
                + " (protocol/hostIP/hostPort); a host port can be bound only once per node: pick another hostPort";
    }

    /** The hostPort pointer of each port whose protocol/hostIP/hostPort an earlier port of {@code list} has. */
    private static Map<String, String> clashes(List<Container> list, boolean defaulted) {
        Map<String, String> found = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Container c : list) {
            if (!(c.node().node("ports") instanceof SequenceNode ports)) {
                continue;
            }
            for (int i = 0; i < ports.size(); i++) {
                if (!(ports.node(i) instanceof MappingNode port)) {
                    continue;
                }
                BigInteger hostPort = JsonTypes.integer(port.get("hostPort"));
                if ((hostPort == null || hostPort.signum() == 0) && defaulted) {
                    hostPort = JsonTypes.integer(port.get("containerPort"));
                }
                if (hostPort == null || hostPort.signum() == 0) {
                    continue;
                }
                Object protocol = port.get("protocol");
                Object hostIp = port.get("hostIP");
                String key = (protocol == null || "".equals(protocol) ? "TCP" : String.valueOf(protocol)) + "/"
                        + (hostIp == null ? "" : String.valueOf(hostIp)) + "/" + hostPort;
                if (!seen.add(key)) {
                    found.put(Pointers.append(Pointers.append(c.pointer(), "ports"), i) + "/hostPort", key);
                }
            }
        }
        return found;
    }

    private static boolean hasHostPort(Container c) {
        if (c.node().node("ports") instanceof SequenceNode ports) {
            for (Object port : ports) {
                if (port instanceof MappingNode p && p.get("hostPort") != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void forEachPort(Container c, java.util.function.BiConsumer<String, MappingNode> each) {
        if (c.node().node("ports") instanceof SequenceNode ports) {
            String listPointer = Pointers.append(c.pointer(), "ports");
            for (int i = 0; i < ports.size(); i++) {
                if (ports.node(i) instanceof MappingNode port) {
                    each.accept(Pointers.append(listPointer, i), port);
                }
            }
        }
    }
}
