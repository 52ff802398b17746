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
 * {@code ingress-invalid}: an Ingress as networking/validation {@code ValidateIngressCreate} checks
 * it (rules, hosts, paths and their pathType, backends, TLS, the class), and an IngressClass as
 * {@code ValidateIngressClass} does (controller, parameters, after the v1 default scope Cluster).
 * pathType and parameters.scope values are {@code enum-value}'s.
 */
final class IngressCheck implements ObjectCheck {

    private static final KubernetesVersion V1_36 = new KubernetesVersion(1, 36);
    static final String CLASS_ANNOTATION = "kubernetes.io/ingress.class";
    private static final int MAX_CONTROLLER_LENGTH = 250;
    private static final String[] INVALID_SEQUENCES = {"//", "/./", "/../", "%2f", "%2F"};
    private static final String[] INVALID_SUFFIXES = {"/..", "/."};

    private final String rule;
    /** RelaxedServiceNameValidation (on from 1.36): a backend Service name is a DNS-1123 label, not DNS-1035. */
    private final boolean relaxedServiceNames;

    IngressCheck(String rule, KubernetesVersion version) {
        this.rule = rule;
        this.relaxedServiceNames = !version.isBefore(V1_36);
    }

    @Override
    public void check(Target target) {
        String kind = PolicyKinds.of(target);
        MappingNode spec = kind == null ? null : target.object().mapping("spec");
        if (PolicyKinds.INGRESS.equals(kind)) {
            ingress(target, spec);
        } else if (PolicyKinds.INGRESS_CLASS.equals(kind)
                && (spec != null || !Nodes.present(target.object(), "spec"))) {
            ingressClass(target.findings(rule), spec); // without spec, the controller is missing
        }
    }

    private void ingress(Target target, @Nullable MappingNode spec) {
        Findings findings = target.findings(rule);
        SequenceNode rules = Nodes.list(spec, "rules");
        boolean hasRules = rules != null && !rules.isEmpty();
        if (!hasRules && !Nodes.present(spec, "defaultBackend")) {
            if (spec != null || !target.object().containsKey("spec")) {
                findings.at(
                        "/spec",
                        "spec: either defaultBackend or rules must be specified; add rules with a host and"
                                + " paths, or a defaultBackend");
            }
        }
        if (spec == null) {
            return;
        }
        MappingNode defaultBackend = spec.mapping("defaultBackend");
        if (defaultBackend != null) {
            backend(findings, defaultBackend, "/spec/defaultBackend");
        }
        for (int i = 0; rules != null && i < rules.size(); i++) {
            MappingNode rule = Nodes.item(rules, i);
            if (rule != null) {
                rule(findings, rule, "/spec/rules/" + i);
            }
        }
        SequenceNode tls = spec.sequence("tls");
        for (int i = 0; tls != null && i < tls.size(); i++) {
            tls(findings, Nodes.item(tls, i), "/spec/tls/" + i);
        }
        String className = Nodes.string(spec, "ingressClassName");
        if (className != null && !Formats.isDns1123Subdomain(className)) {
            findings.at(
                    "/spec/ingressClassName",
                    "spec.ingressClassName " + Quoted.quote(className) + " is not a valid IngressClass name: "
                            + Formats.dns1123SubdomainProblem(className));
        }
        String annotation = Nodes.string(Nodes.map(target.metadata(), "annotations"), CLASS_ANNOTATION);
        if (annotation != null && className != null && !annotation.equals(className)) {
            findings.at(
                    "/metadata/annotations/" + CLASS_ANNOTATION.replace("/", "~1"),
                    "annotation " + CLASS_ANNOTATION + " " + Quoted.quote(annotation)
                            + " must match spec.ingressClassName " + Quoted.quote(className)
                            + " when both are set; remove the annotation (it is deprecated)");
        }
    }

    private void rule(Findings findings, MappingNode rule, String at) {
        String host = Nodes.string(rule, "host");
        if (host != null && !host.isEmpty()) {
            host(findings, host, at + "/host", true);
        }
        MappingNode http = rule.mapping("http");
        if (http == null) {
            return;
        }
        SequenceNode paths = http.sequence("paths");
        if (paths == null || paths.isEmpty()) {
            if (http.containsKey("paths") && (paths != null || !Nodes.present(http, "paths"))) {
                findings.at(
                        at + "/http/paths",
                        Pointers.toFieldPath(at) + ".http.paths is required: give at least one path with pathType and"
                                + " backend, or remove http");
            }
            return;
        }
        for (int i = 0; i < paths.size(); i++) {
            MappingNode path = Nodes.item(paths, i);
            if (path != null) {
                path(findings, path, at + "/http/paths/" + i);
            }
        }
    }

    /** A rule's host (no IP address) or a TLS host: a DNS-1123 subdomain, or *. and one. */
    private static void host(Findings findings, String host, String at, boolean rule) {
        String field = Pointers.toFieldPath(at);
        if (rule && IpAddress.parse(host) != null) {
            findings.at(
                    at,
                    field + " " + Quoted.quote(host) + " must be a DNS name, not an IP address; leave host out to"
                            + " match every host");
        }
        if (host.indexOf('*') >= 0) {
            boolean ok = host.length() <= 253
                    && host.startsWith("*.")
                    && host.length() > 2
                    && Formats.subdomainChars(host.substring(2));
            if (!ok) {
                findings.at(
                        at,
                        field + " " + Quoted.quote(host) + " is not a valid wildcard host: only a leading '*.'"
                                + " followed by a DNS-1123 subdomain is allowed (e.g. '*.example.com')");
            }
        } else if (!Formats.isDns1123Subdomain(host)) {
            findings.at(
                    at,
                    field + " " + Quoted.quote(host) + " is not a valid host name: "
                            + Formats.dns1123SubdomainProblem(host)
                            + " (no scheme, port or path: write e.g. 'shop.example.com')");
        }
    }

    private void path(Findings findings, MappingNode path, String at) {
        String field = Pointers.toFieldPath(at);
        if (!Nodes.present(path, "pathType")) {
            if (!path.containsKey("pathType")) {
                return; // a field the schema requires: schema's finding
            }
            findings.at(
                    at + "/pathType",
                    field + ".pathType must be specified: write Prefix, Exact or ImplementationSpecific");
            return;
        }
        String pathType = Nodes.string(path, "pathType");
        String value = Nodes.string(path, "path");
        String text = value == null ? "" : value;
        if ("Exact".equals(pathType) || "Prefix".equals(pathType)) {
            if (!text.startsWith("/")) {
                findings.at(
                        at + "/path",
                        field + ".path " + Quoted.quote(text) + " must be an absolute path (start with '/') for"
                                + " pathType " + pathType);
            }
            for (String sequence : INVALID_SEQUENCES) {
                if (text.contains(sequence)) {
                    findings.at(
                            at + "/path",
                            field + ".path " + Quoted.quote(text) + " must not contain '" + sequence + "'");
                }
            }
            for (String suffix : INVALID_SUFFIXES) {
                if (text.endsWith(suffix)) {
                    findings.at(
                            at + "/path", field + ".path " + Quoted.quote(text) + " cannot end with '" + suffix + "'");
                }
            }
        } else if ("ImplementationSpecific".equals(pathType)) {
            if (!text.isEmpty() && !text.startsWith("/")) {
                findings.at(at + "/path", field + ".path " + Quoted.quote(text) + " must be an absolute path");
            }
        }
        MappingNode backend = path.mapping("backend");
        if (backend != null) {
            backend(findings, backend, at + "/backend");
        }
    }

    private void backend(Findings findings, MappingNode backend, String at) {
        String field = Pointers.toFieldPath(at);
        boolean resource = Nodes.present(backend, "resource");
        boolean service = Nodes.present(backend, "service");
        if (resource && service) {
            findings.at(at, field + " cannot set both resource and service backends; keep one");
            return;
        }
        if (resource) {
            MappingNode ref = backend.mapping("resource");
            if (ref != null) {
                String group = Nodes.string(ref, "apiGroup");
                if (group != null && !Formats.isDns1123Subdomain(group)) {
                    findings.at(
                            at + "/resource/apiGroup",
                            field + ".resource.apiGroup " + Quoted.quote(group) + " is not a valid API group: "
                                    + Formats.dns1123SubdomainProblem(group));
                }
                // the schema does not require them (a claim's dataSource of the same type may lack them)
                pathSegment(findings, ref, at + "/resource", "kind", true);
                pathSegment(findings, ref, at + "/resource", "name", true);
            }
            return;
        }
        if (!service) {
            findings.at(at, field + ": a resource or service backend is required; add service with name and port");
            return;
        }
        MappingNode svc = backend.mapping("service");
        if (svc == null) {
            return;
        }
        String name = Nodes.string(svc, "name");
        if (name != null && name.isEmpty()) {
            findings.at(at + "/service/name", field + ".service.name is required");
        } else if (name != null) {
            String problem = relaxedServiceNames
                    ? Formats.isDns1123Label(name) ? null : Formats.dns1123LabelProblem(name)
                    : Formats.dns1035LabelProblem(name);
            if (problem != null) {
                findings.at(
                        at + "/service/name",
                        field + ".service.name " + Quoted.quote(name) + " is not a valid Service name: " + problem
                                + " (the name of a Service in the Ingress's namespace, without a namespace or domain)");
            }
        }
        MappingNode port = svc.mapping("port");
        String portName = Nodes.string(port, "name");
        Long number = Nodes.int32(port, "number");
        boolean hasName = portName != null && !portName.isEmpty();
        boolean hasNumber = number != null && number != 0;
        if (hasName && hasNumber) {
            findings.at(
                    at + "/service/port", field + ".service.port cannot set both port name and port number; keep one");
        } else if (portName != null && hasName) {
            String problem = Formats.portNameProblem(portName);
            if (problem != null) {
                findings.at(
                        at + "/service/port/name",
                        field + ".service.port.name " + Quoted.quote(portName) + " is not a valid port name: "
                                + problem);
            }
        } else if (number != null && hasNumber) {
            if (number < 1 || number > 65535) {
                findings.at(
                        at + "/service/port/number",
                        field + ".service.port.number " + number + " must be between 1 and 65535, inclusive");
            }
        } else if (!svc.containsKey("port") || port != null || !Nodes.present(svc, "port")) {
            findings.at(
                    at + "/service/port",
                    field + ".service.port: a port name or number is required; write port: {number: 80} or"
                            + " port: {name: http}");
        }
    }

    private static void tls(Findings findings, @Nullable MappingNode tls, String at) {
        SequenceNode hosts = Nodes.list(tls, "hosts");
        for (int i = 0; hosts != null && i < hosts.size(); i++) {
            String host = Nodes.string(hosts.node(i));
            if (host != null) {
                host(findings, host, at + "/hosts/" + i, false);
            }
        }
        String secret = Nodes.string(tls, "secretName");
        if (secret != null && !secret.isEmpty() && !Formats.isDns1123Subdomain(secret)) {
            findings.at(
                    at + "/secretName",
                    Pointers.toFieldPath(at) + ".secretName " + Quoted.quote(secret) + " is not a valid Secret name: "
                            + Formats.dns1123SubdomainProblem(secret));
        }
    }

    /** validateIngressClassSpec. */
    private static void ingressClass(Findings findings, @Nullable MappingNode spec) {
        String controller = Nodes.string(spec, "controller");
        String text = controller == null ? "" : controller;
        if (controller == null && Nodes.present(spec, "controller")) {
            return;
        }
        if (text.length() > MAX_CONTROLLER_LENGTH) {
            findings.at(
                    "/spec/controller",
                    "spec.controller may not be longer than " + MAX_CONTROLLER_LENGTH + " characters");
        }
        if (text.isEmpty()) {
            findings.at(
                    "/spec/controller",
                    "spec.controller is required: the name of the controller that implements this class, a"
                            + " domain-prefixed path such as k8s.io/ingress-nginx");
        } else {
            String problem = Formats.domainPrefixedPathProblem(text);
            if (problem != null) {
                findings.at(
                        "/spec/controller",
                        "spec.controller " + Quoted.quote(text) + " " + problem + "; e.g. k8s.io/ingress-nginx");
            }
        }
        MappingNode parameters = Nodes.map(spec, "parameters");
        if (parameters == null) {
            return;
        }
        String at = "/spec/parameters";
        String group = Nodes.string(parameters, "apiGroup");
        if (group != null && !Formats.isDns1123Subdomain(group)) {
            findings.at(
                    at + "/apiGroup",
                    "spec.parameters.apiGroup " + Quoted.quote(group) + " is not a valid API group: "
                            + Formats.dns1123SubdomainProblem(group));
        }
        pathSegment(findings, parameters, at, "kind", false);
        pathSegment(findings, parameters, at, "name", false);
        String scope = Nodes.present(parameters, "scope") ? Nodes.string(parameters, "scope") : "Cluster";
        boolean namespaced = Nodes.present(parameters, "namespace");
        if ("Namespace".equals(scope)) {
            String namespace = Nodes.string(parameters, "namespace");
            if (!namespaced) {
                findings.at(
                        at + "/namespace",
                        "spec.parameters.namespace is required when spec.parameters.scope is Namespace");
            } else if (namespace != null && !Formats.isDns1123Label(namespace)) {
                findings.at(
                        at + "/namespace",
                        "spec.parameters.namespace " + Quoted.quote(namespace) + " is not a valid namespace name: "
                                + Formats.dns1123LabelProblem(namespace));
            }
        } else if ("Cluster".equals(scope) && namespaced) {
            findings.atKey(
                    at + "/namespace",
                    "spec.parameters.namespace is forbidden when spec.parameters.scope is Cluster"
                            + (Nodes.present(parameters, "scope") ? "" : " (the default)")
                            + "; remove it, or set scope: Namespace");
        }
    }

    /**
     * A required kind or name of a reference, as IsPathSegmentName wants it; {@code missing}: a missing one
     * is this rule's finding too.
     */
    private static void pathSegment(Findings findings, MappingNode ref, String at, String key, boolean missing) {
        String value = Nodes.string(ref, key);
        if (value == null && (Nodes.present(ref, key) || !missing)) {
            return; // not a string, or missing where the schema requires it: the schema's finding
        }
        value = value == null ? "" : value;
        String problem = value.isEmpty() ? "is required" : Formats.pathSegmentProblem(value, false);
        if (problem != null) {
            findings.at(
                    at + "/" + key,
                    Pointers.toFieldPath(at) + "." + key + (value.isEmpty() ? "" : " " + Quoted.quote(value)) + " "
                            + problem);
        }
    }
}
