package dev.podlint.container;

import dev.podlint.rule.functions.JsonTypes;
import dev.podlint.rule.functions.Ports;
import dev.podlint.rule.functions.Probes;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code lifecycle-invalid}: postStart and preStop hooks ({@code validateLifecycle},
 * {@code validateHandler} with the lifecycle handlers exec, httpGet, tcpSocket and sleep,
 * {@code validateSleepAction}), and where a lifecycle may be set at all (init containers only as
 * sidecars, never ephemeral containers). The handler rules are those of probes (probe-invalid).
 */
final class LifecycleCheck {

    static final String RULE = "lifecycle-invalid";
    /** {@code handlerFromLifecycle}: validateHandler's order, which decides the handler that counts. */
    private static final List<String> HANDLERS = List.of("exec", "httpGet", "tcpSocket", "sleep");

    private LifecycleCheck() {}

    static void check(Container c, PodSpec pod, Findings findings) {
        if (!(c.node().node("lifecycle") instanceof MappingNode lifecycle)) {
            return;
        }
        String pointer = Pointers.append(c.pointer(), "lifecycle");
        if (c.type() == ContainerType.EPHEMERAL) {
            findings.atKey(
                    RULE,
                    pointer,
                    ApiPaths.of(pointer) + ": Forbidden: cannot be set for an Ephemeral Container;" + " remove it");
            return;
        }
        if (c.type() == ContainerType.INIT && !c.isSidecar()) {
            findings.atKey(
                    RULE,
                    pointer,
                    ApiPaths.of(pointer) + ": Forbidden: may not be set for init containers"
                            + " without restartPolicy=Always; remove it, or make " + c.label()
                            + " a sidecar with restartPolicy:"
                            + " Always");
            return;
        }
        for (String hook : List.of("postStart", "preStop")) {
            if (lifecycle.node(hook) instanceof MappingNode handler) {
                handler(handler, pointer + "/" + hook, pod, findings);
            }
        }
    }

    private static void handler(MappingNode handler, String pointer, PodSpec pod, Findings findings) {
        String path = ApiPaths.of(pointer);
        String first = null;
        for (String type : HANDLERS) {
            if (handler.get(type) == null) {
                continue;
            }
            if (first != null) {
                findings.atKey(
                        RULE,
                        pointer + "/" + type,
                        ApiPaths.of(pointer + "/" + type) + ": Forbidden: may not"
                                + " specify more than 1 handler type (" + first + " is set already); keep one");
                continue;
            }
            first = type;
            String at = pointer + "/" + type;
            YamlNode node = handler.node(type);
            switch (type) {
                case "exec" -> exec(node, at, findings);
                case "httpGet" -> httpGet(node, at, findings);
                case "tcpSocket" -> port(node, at, "tcpSocket", findings);
                default -> sleep(node, at, pod, findings);
            }
        }
        if (first == null) {
            findings.at(
                    RULE,
                    pointer,
                    path + ": Required value: must specify a handler type: one of exec, httpGet,"
                            + " tcpSocket or sleep");
        }
    }

    private static void exec(@Nullable YamlNode node, String pointer, Findings findings) {
        if (node instanceof MappingNode exec
                && !(exec.node("command") instanceof SequenceNode command && !command.isEmpty())) {
            String at = pointer + "/command";
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": Required value: exec needs a command to run, e.g. command:"
                            + " [\"/bin/sh\", \"-c\", \"nginx -s quit\"]");
        }
    }

    private static void httpGet(@Nullable YamlNode node, String pointer, Findings findings) {
        if (!(node instanceof MappingNode http)) {
            return;
        }
        port(node, pointer, "httpGet", findings);
        Object scheme = http.get("scheme");
        if (scheme instanceof String s && !s.isEmpty() && !s.equals("HTTP") && !s.equals("HTTPS")) {
            String at = pointer + "/scheme";
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": Unsupported value: " + Names.quote(s) + ": supported values:"
                            + " \"HTTP\", \"HTTPS\" (upper case)");
        }
        int bad = Probes.badHeader(http.get("httpHeaders"));
        if (bad >= 0) {
            String at = pointer + "/httpHeaders/" + bad + "/name";
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(pointer + "/httpHeaders") + ": Invalid value: an HTTP header name is"
                            + " letters, digits and '-'");
        }
    }

    private static void port(@Nullable YamlNode node, String pointer, String handler, Findings findings) {
        if (!(node instanceof MappingNode action) || !action.containsKey("port")) {
            return; // a missing port is the schema's
        }
        Object port = action.get("port");
        String problem = port == null ? null : Ports.problem(port);
        if (problem != null) {
            String at = pointer + "/port";
            findings.at(RULE, at, ApiPaths.of(at) + ": Invalid value: " + handler + " " + problem);
        }
    }

    /**
     * {@code validateSleepAction}: 1..terminationGracePeriodSeconds; 0 too from Kubernetes 1.33 on
     * (PodLifecycleSleepActionAllowZero, beta on by default).
     */
    private static void sleep(@Nullable YamlNode node, String pointer, PodSpec pod, Findings findings) {
        BigInteger s = node instanceof MappingNode sleep ? JsonTypes.integer(sleep.get("seconds")) : null;
        if (s == null || findings.scope().minor() < 30) {
            return; // no sleep field before 1.29, and dropped in 1.29 (PodLifecycleSleepAction alpha, off)
        }
        BigInteger grace = pod.gracePeriod();
        if (grace == null) {
            return;
        }
        boolean zeroAllowed = findings.scope().minor() >= 33;
        boolean tooLow = zeroAllowed ? s.signum() < 0 : s.signum() <= 0;
        if (tooLow || s.compareTo(grace) > 0) {
            String at = pointer + "/seconds";
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(pointer) + ": Invalid value: " + s + ": must be "
                            + (zeroAllowed ? "non-negative" : "greater than 0")
                            + " and less than terminationGracePeriodSeconds ("
                            + grace + ")" + (zeroAllowed ? "" : "; 0 is allowed from Kubernetes 1.33 on"));
        }
    }
}
