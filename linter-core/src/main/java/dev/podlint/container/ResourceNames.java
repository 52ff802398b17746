package dev.podlint.container;

import dev.podlint.kube.GoQuantity;
import dev.podlint.rule.functions.Formats;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Container resource names as {@code validateContainerResourceName} and core/helper judge them. */
public final class ResourceNames {

    /** core/helper {@code standardResources}. */
    private static final Set<String> STANDARD = Set.of(
            "cpu",
            "memory",
            "ephemeral-storage",
            "requests.cpu",
            "requests.memory",
            "requests.ephemeral-storage",
            "limits.cpu",
            "limits.memory",
            "limits.ephemeral-storage",
            "pods",
            "resourcequotas",
            "services",
            "replicationcontrollers",
            "secrets",
            "configmaps",
            "persistentvolumeclaims",
            "storage",
            "requests.storage",
            "services.nodeports",
            "services.loadbalancers");
    /** core/helper {@code standardContainerResources}. */
    private static final Set<String> CONTAINER = Set.of("cpu", "memory", "ephemeral-storage");
    /** core/helper {@code integerResources} (none of them is a container resource). */
    private static final Set<String> INTEGER = Set.of(
            "pods",
            "resourcequotas",
            "services",
            "replicationcontrollers",
            "secrets",
            "configmaps",
            "persistentvolumeclaims",
            "services.nodeports",
            "services.loadbalancers");

    private static final String HUGEPAGES = "hugepages-";

    private ResourceNames() {}

    /** {@code IsStandardResourceName}: core/helper's standard resources, hugepages included. */
    public static boolean isStandard(String name) {
        return STANDARD.contains(name) || name.startsWith(HUGEPAGES) || name.startsWith("requests." + HUGEPAGES);
    }

    /** {@code validateContainerResourceName}: why a container may not request or limit {@code name}, or null. */
    public static @Nullable String problem(String name) {
        if (!Formats.isQualifiedName(name)) {
            return "must be a qualified name ([prefix/]name: at most 63 letters, digits, '-', '_' and '.', starting and"
                    + " ending with a letter or digit, with an optional DNS subdomain prefix)";
        }
        if (name.indexOf('/') < 0) {
            if (!isStandard(name)) {
                return "must be a standard resource type or fully qualified: cpu, memory, ephemeral-storage,"
                        + " hugepages-<size>, or an extended resource such as example.com/gpu";
            }
            if (!CONTAINER.contains(name) && !name.startsWith(HUGEPAGES)) {
                return "must be a standard resource for containers: cpu, memory, ephemeral-storage or hugepages-<size>";
            }
        } else if (!isNative(name) && !isExtended(name)) {
            return "doesn't follow extended resource name standard: write domain/name, e.g. example.com/gpu";
        }
        return null;
    }

    /** {@code IsNativeResource}: no domain, or one under kubernetes.io/. */
    public static boolean isNative(String name) {
        return name.indexOf('/') < 0 || name.contains("kubernetes.io/");
    }

    public static boolean isExtended(String name) {
        return !isNative(name) && !name.startsWith("requests.") && Formats.isQualifiedName("requests." + name);
    }

    static boolean isHugePages(String name) {
        return name.startsWith(HUGEPAGES);
    }

    /** {@code IsOvercommitAllowed}: a request may be below the limit. */
    public static boolean overcommitAllowed(String name) {
        return isNative(name) && !isHugePages(name);
    }

    /** {@code IsIntegerResourceName}. */
    public static boolean integerOnly(String name) {
        return INTEGER.contains(name) || isExtended(name);
    }

    /** The page size of {@code hugepages-<size>} as {@code ParseQuantity} reads it, or null. */
    static java.math.@Nullable BigDecimal pageSize(String name) {
        return GoQuantity.parse(name.substring(HUGEPAGES.length()))
                .map(GoQuantity::decimal)
                .orElse(null);
    }
}
