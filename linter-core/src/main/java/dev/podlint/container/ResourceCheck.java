package dev.podlint.container;

import dev.podlint.kube.GoQuantity;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code resources-invalid}: a container's resources ({@code validateResourceRequirements},
 * {@code ValidateResourceQuantityValue}, {@code validateResourceQuantityHugePageValue},
 * {@code validateResourceClaimNames}) and its resizePolicy ({@code validateResizePolicy}).
 */
final class ResourceCheck {

    static final String RULE = "resources-invalid";
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private ResourceCheck() {}

    static void check(Container c, PodSpec pod, Findings findings) {
        if (c.type() == ContainerType.EPHEMERAL) {
            return; // resources are forbidden there, and ephemeral containers are rejected on create anyway
        }
        if (c.node().node("resources") instanceof MappingNode resources) {
            requirements(resources, Pointers.append(c.pointer(), "resources"), pod, findings);
        }
        resizePolicy(c, pod, findings);
    }

    private static void requirements(MappingNode resources, String pointer, PodSpec pod, Findings findings) {
        MappingNode limits = resources.mapping("limits");
        MappingNode requests = resources.mapping("requests");
        boolean cpuOrMemory = false;
        boolean hugePages = false;
        for (String field : new String[] {"limits", "requests"}) {
            MappingNode list = field.equals("limits") ? limits : requests;
            if (list == null) {
                continue;
            }
            String listPointer = pointer + "/" + field;
            for (MappingNode.Entry entry : list.entries()) {
                String name = entry.key();
                String at = Pointers.append(listPointer, name);
                boolean standard = name.equals("cpu") || name.equals("memory");
                cpuOrMemory |= standard;
                hugePages |= ResourceNames.isHugePages(name);
                String nameProblem = standard ? null : ResourceNames.problem(name);
                if (nameProblem != null) {
                    findings.atKey(
                            RULE, at, ApiPaths.of(at) + ": Invalid value: " + Names.quote(name) + ": " + nameProblem);
                }
                BigDecimal quantity = quantity(name, entry.value().value(), at, findings);
                if (quantity == null) {
                    continue;
                }
                if (ResourceNames.isHugePages(name) && !divisible(name, quantity)) {
                    findings.at(
                            RULE,
                            at,
                            ApiPaths.of(at) + ": Invalid value: "
                                    + text(entry.value().value()) + ": is not a positive integer multiple of " + name
                                    + "; use a whole number of pages");
                }
                if (field.equals("requests")) {
                    requestAgainstLimit(name, entry.value().value(), quantity, limits, pointer, at, findings);
                }
            }
        }
        if (hugePages && !cpuOrMemory) {
            findings.atKey(
                    RULE,
                    pointer,
                    ApiPaths.of(pointer) + ": Forbidden: HugePages require cpu or memory; add a cpu"
                            + " or memory request or limit next to the hugepages");
        }
        claims(resources, pointer, pod, findings);
    }

    /** The value, or null after reporting why the API server does not take it (null for a non-scalar: the schema's). */
    private static @Nullable BigDecimal quantity(String name, Object raw, String at, Findings findings) {
        if (!(raw instanceof String) && !(raw instanceof Number)) {
            return null;
        }
        if (!GoQuantity.decodes(raw)) {
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": " + text(raw) + " is not a quantity, so the API server cannot"
                            + " decode the object (quantities must match '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$');"
                            + " write e.g. 500m or 1.5 for cpu, 256Mi or 1Gi for memory");
            return null;
        }
        BigDecimal value = GoQuantity.storedValue(raw);
        if (value == null) {
            return null; // a number too large to compute exactly
        }
        if (value.signum() < 0) {
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": Invalid value: " + text(raw) + ": must be greater than or equal to 0");
        } else if (ResourceNames.integerOnly(name)
                && value.multiply(THOUSAND).remainder(THOUSAND).signum() != 0) {
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": Invalid value: " + text(raw) + ": must be an integer (" + name
                            + " is counted in whole units)");
        }
        return value;
    }

    /** {@code IsHugePageResourceValueDivisible}: a whole number of pages of a positive, whole page size. */
    private static boolean divisible(String name, BigDecimal quantity) {
        BigDecimal pageSize = ResourceNames.pageSize(name);
        if (pageSize == null
                || pageSize.signum() <= 0
                || GoQuantity.ceil(pageSize.multiply(THOUSAND))
                                .mod(BigInteger.valueOf(1000))
                                .signum()
                        != 0) {
            return false;
        }
        BigInteger size = GoQuantity.ceil(pageSize);
        return GoQuantity.ceil(quantity).mod(size).signum() == 0;
    }

    private static void requestAgainstLimit(
            String name,
            Object raw,
            BigDecimal request,
            @Nullable MappingNode limits,
            String resourcesPointer,
            String at,
            Findings findings) {
        Object rawLimit = limits == null ? null : limits.get(name);
        if (limits == null || !limits.containsKey(name)) {
            if (!ResourceNames.overcommitAllowed(name)) {
                String limitsPointer = Pointers.append(Pointers.append(resourcesPointer, "limits"), name);
                findings.at(
                        RULE,
                        limitsPointer,
                        ApiPaths.of(Pointers.append(resourcesPointer, "limits"))
                                + ": Required value: Limit must be set for non overcommitable resources; set limits."
                                + name
                                + " equal to requests." + name);
            }
            return;
        }
        BigDecimal limit = GoQuantity.storedValue(rawLimit);
        if (limit == null && rawLimit != null) {
            return; // an undecodable limit is reported at the limit
        }
        if (limit == null) {
            limit = BigDecimal.ZERO;
        }
        int cmp = request.compareTo(limit);
        if (cmp != 0 && !ResourceNames.overcommitAllowed(name)) {
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(resourcesPointer + "/requests") + ": Invalid value: " + text(raw)
                            + ": must be equal to " + name
                            + " limit of " + text(rawLimit) + " (" + name
                            + " cannot be overcommitted); make the request and the"
                            + " limit equal");
        } else if (cmp > 0) {
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(resourcesPointer + "/requests") + ": Invalid value: " + text(raw)
                            + ": must be less than or equal to " + name + " limit of " + text(rawLimit)
                            + "; lower the request or raise the limit");
        }
    }

    /** {@code validateResourceClaimNames}: each claim names an entry of the pod's resourceClaims, once. */
    private static void claims(MappingNode resources, String pointer, PodSpec pod, Findings findings) {
        if (!(resources.node("claims") instanceof SequenceNode claims)) {
            return;
        }
        Set<String> podClaims = new HashSet<>();
        if (pod.node().node("resourceClaims") instanceof SequenceNode declared) {
            for (Object claim : declared) {
                if (claim instanceof MappingNode m && m.string("name") != null) {
                    podClaims.add(m.string("name"));
                }
            }
        }
        String claimsPointer = Pointers.append(pointer, "claims");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            if (!(claims.node(i) instanceof MappingNode claim) || !(claim.get("name") instanceof String name)) {
                continue;
            }
            String at = Pointers.append(claimsPointer, i);
            String path = ApiPaths.of(at);
            if (name.isEmpty()) {
                findings.at(
                        RULE,
                        at + "/name",
                        path + ": Required value: name the entry of spec.resourceClaims this" + " container uses");
                continue;
            }
            String request = claim.get("request") instanceof String r ? r : "";
            String key = request.isEmpty() ? name : name + "/" + request;
            if (names.contains(name)
                    || names.contains(key)
                    || (request.isEmpty() && names.stream().anyMatch(k -> k.startsWith(name + "/")))) {
                findings.at(
                        RULE,
                        at,
                        path + ": Duplicate value: " + Names.quote(key) + ": this container uses the"
                                + " claim already; list it once");
            } else if (!request.isEmpty() && Names.labelProblem(request) != null) {
                findings.at(
                        RULE,
                        at + "/request",
                        path + ".request: Invalid value: " + Names.quote(request) + ": " + Names.labelProblem(request));
            }
            names.add(key);
            if (!podClaims.contains(name)) {
                findings.at(
                        RULE,
                        at + "/name",
                        path + ": Not found: " + Names.quote(name) + ": must be one of the names"
                                + " in pod.spec.resourceClaims" + (podClaims.isEmpty() ? " which is empty" : ""));
            }
        }
    }

    /**
     * {@code validateResizePolicy} and the init container rules of {@code validateInitContainers}.
     * Kubernetes before 1.33 drops resizePolicy (InPlacePodVerticalScaling was off).
     */
    private static void resizePolicy(Container c, PodSpec pod, Findings findings) {
        if (findings.scope().minor() < 33 || !(c.node().node("resizePolicy") instanceof SequenceNode list)) {
            return;
        }
        String listPointer = Pointers.append(c.pointer(), "resizePolicy");
        String listPath = ApiPaths.of(listPointer);
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.node(i) instanceof MappingNode p)) {
                continue;
            }
            String at = Pointers.append(listPointer, i);
            Object resource = p.get("resourceName");
            if (resource instanceof String && !seen.add(resource)) {
                findings.at(
                        RULE,
                        at + "/resourceName",
                        ApiPaths.of(at) + ": Duplicate value: " + Names.quote(resource)
                                + ": one resizePolicy entry per resource");
            }
            if ("".equals(resource)) {
                findings.at(RULE, at + "/resourceName", listPath + ": Required value: resourceName is cpu or memory");
            }
            Object policy = p.get("restartPolicy");
            if ("".equals(policy)) {
                findings.at(
                        RULE,
                        at + "/restartPolicy",
                        listPath + ": Required value: restartPolicy is NotRequired or" + " RestartContainer");
            } else if (policy instanceof String s
                    && !s.equals("NotRequired")
                    && pod.restartPolicy().equals("Never")) {
                findings.at(
                        RULE,
                        at + "/restartPolicy",
                        listPath + ": Invalid value: " + Names.quote(s) + ": must be"
                                + " 'NotRequired' when `restartPolicy` is 'Never'");
            }
            if (findings.scope().minor() >= 36
                    && c.type() == ContainerType.INIT
                    && !c.isSidecar()
                    && "RestartContainer".equals(policy)) {
                findings.at(
                        RULE,
                        at + "/restartPolicy",
                        ApiPaths.of(at + "/restartPolicy") + ": Invalid value:"
                                + " \"RestartContainer\": must not be set to 'RestartContainer' for non-sidecar initContainers");
            }
        }
    }

    private static String text(@Nullable Object raw) {
        return Names.quote(raw);
    }
}
