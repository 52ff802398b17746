package dev.podlint.validation;

import dev.podlint.container.ResourceNames;
import dev.podlint.rule.functions.Formats;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Resource names of ResourceQuotas and LimitRanges as core/validation and core/helper judge them. */
final class QuotaResourceNames {

    /** core/helper standardQuotaResources. */
    private static final Set<String> QUOTA = Set.of(
            "cpu",
            "memory",
            "ephemeral-storage",
            "requests.cpu",
            "requests.memory",
            "requests.storage",
            "requests.ephemeral-storage",
            "limits.cpu",
            "limits.memory",
            "limits.ephemeral-storage",
            "pods",
            "resourcequotas",
            "services",
            "replicationcontrollers",
            "secrets",
            "persistentvolumeclaims",
            "configmaps",
            "services.nodeports",
            "services.loadbalancers");

    private static final String HUGEPAGES = "hugepages-";

    private QuotaResourceNames() {}

    private static boolean quotaHugePages(String name) {
        return name.startsWith(HUGEPAGES) || name.startsWith("requests." + HUGEPAGES);
    }

    /** IsStandardQuotaResourceName. */
    static boolean standardQuota(String name) {
        return QUOTA.contains(name) || quotaHugePages(name);
    }

    /** validateResourceName: why {@code name} is not a resource name, or null. */
    static @Nullable String resourceProblem(String name) {
        String problem = Formats.qualifiedNameProblem(name);
        if (problem != null) {
            return problem;
        }
        if (name.indexOf('/') < 0 && !ResourceNames.isStandard(name)) {
            return "must be a standard resource type or fully qualified";
        }
        return null;
    }

    /** ValidateResourceQuotaResourceName. */
    static @Nullable String quotaProblem(String name) {
        String problem = resourceProblem(name);
        if (problem == null && name.indexOf('/') < 0 && !standardQuota(name)) {
            problem = "must be a standard resource for quota (e.g. requests.cpu, limits.memory, pods,"
                    + " requests.storage, count/deployments.apps)";
        }
        return problem;
    }
}
