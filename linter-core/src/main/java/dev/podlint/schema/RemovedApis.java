package dev.podlint.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which apiVersion/kind the target version no longer serves: derived from the bundled versions (served
 * by an older bundled minor, not by the target), plus a table of removals older than the bundled
 * versions, from Kubernetes' "Deprecated API Migration Guide"
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/).
 */
final class RemovedApis {

    static final String POD_PRESET_API_VERSION = "settings.k8s.io/v1alpha1";
    static final String POD_PRESET_KIND = "PodPreset";
    private static final Pattern VERSION = Pattern.compile("v(\\d+)(?:(alpha|beta)(\\d+))?");

    /** Removals before the oldest bundled version, from the migration guide. */
    private static final List<RemovedApi> TABLE = new ArrayList<>();

    static {
        KubernetesVersion v116 = new KubernetesVersion(1, 16);
        for (String kind : List.of("DaemonSet", "Deployment", "ReplicaSet")) {
            add("extensions/v1beta1", kind, v116, "apps/v1");
        }
        add("extensions/v1beta1", "NetworkPolicy", v116, "networking.k8s.io/v1");
        TABLE.add(new RemovedApi(
                "extensions/v1beta1",
                "PodSecurityPolicy",
                v116,
                null,
                "PodSecurityPolicy moved to policy/v1beta1, itself removed in 1.25: enforce the Pod Security"
                        + " Standards with Pod Security Admission"));
        for (String kind : List.of("Deployment", "StatefulSet", "ReplicaSet", "ControllerRevision")) {
            add("apps/v1beta1", kind, v116, "apps/v1");
        }
        for (String kind : List.of("DaemonSet", "Deployment", "StatefulSet", "ReplicaSet", "ControllerRevision")) {
            add("apps/v1beta2", kind, v116, "apps/v1");
        }
        add(POD_PRESET_API_VERSION, POD_PRESET_KIND, new KubernetesVersion(1, 20), null);
        add("batch/v2alpha1", "CronJob", new KubernetesVersion(1, 21), "batch/v1");

        KubernetesVersion v122 = new KubernetesVersion(1, 22);
        add(
                "admissionregistration.k8s.io/v1beta1",
                "MutatingWebhookConfiguration",
                v122,
                "admissionregistration.k8s.io/v1");
        add(
                "admissionregistration.k8s.io/v1beta1",
                "ValidatingWebhookConfiguration",
                v122,
                "admissionregistration.k8s.io/v1");
        add("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition", v122, "apiextensions.k8s.io/v1");
        add("apiregistration.k8s.io/v1beta1", "APIService", v122, "apiregistration.k8s.io/v1");
        add("authentication.k8s.io/v1beta1", "TokenReview", v122, "authentication.k8s.io/v1");
        for (String kind : List.of(
                "SubjectAccessReview",
                "LocalSubjectAccessReview",
                "SelfSubjectAccessReview",
                "SelfSubjectRulesReview")) {
            add("authorization.k8s.io/v1beta1", kind, v122, "authorization.k8s.io/v1");
        }
        add("certificates.k8s.io/v1beta1", "CertificateSigningRequest", v122, "certificates.k8s.io/v1");
        add("coordination.k8s.io/v1beta1", "Lease", v122, "coordination.k8s.io/v1");
        add("extensions/v1beta1", "Ingress", v122, "networking.k8s.io/v1");
        add("networking.k8s.io/v1beta1", "Ingress", v122, "networking.k8s.io/v1");
        add("networking.k8s.io/v1beta1", "IngressClass", v122, "networking.k8s.io/v1");
        for (String kind : List.of("ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding")) {
            add("rbac.authorization.k8s.io/v1beta1", kind, v122, "rbac.authorization.k8s.io/v1");
        }
        add("scheduling.k8s.io/v1beta1", "PriorityClass", v122, "scheduling.k8s.io/v1");
        for (String kind : List.of("CSIDriver", "CSINode", "StorageClass", "VolumeAttachment")) {
            add("storage.k8s.io/v1beta1", kind, v122, "storage.k8s.io/v1");
        }

        KubernetesVersion v125 = new KubernetesVersion(1, 25);
        add("batch/v1beta1", "CronJob", v125, "batch/v1");
        add("discovery.k8s.io/v1beta1", "EndpointSlice", v125, "discovery.k8s.io/v1");
        add("events.k8s.io/v1beta1", "Event", v125, "events.k8s.io/v1");
        add("autoscaling/v2beta1", "HorizontalPodAutoscaler", v125, "autoscaling/v2");
        add("policy/v1beta1", "PodDisruptionBudget", v125, "policy/v1");
        TABLE.add(new RemovedApi(
                "policy/v1beta1",
                "PodSecurityPolicy",
                v125,
                null,
                "no API replaces it: enforce the Pod Security Standards with Pod Security Admission"
                        + " (namespace labels pod-security.kubernetes.io/*)"));
        add("node.k8s.io/v1beta1", "RuntimeClass", v125, "node.k8s.io/v1");

        KubernetesVersion v126 = new KubernetesVersion(1, 26);
        add("flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema", v126, "flowcontrol.apiserver.k8s.io/v1");
        add(
                "flowcontrol.apiserver.k8s.io/v1beta1",
                "PriorityLevelConfiguration",
                v126,
                "flowcontrol.apiserver.k8s.io/v1");
        add("autoscaling/v2beta2", "HorizontalPodAutoscaler", v126, "autoscaling/v2");
        add("storage.k8s.io/v1beta1", "CSIStorageCapacity", new KubernetesVersion(1, 27), "storage.k8s.io/v1");
        KubernetesVersion v129 = new KubernetesVersion(1, 29);
        add("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema", v129, "flowcontrol.apiserver.k8s.io/v1");
        add(
                "flowcontrol.apiserver.k8s.io/v1beta2",
                "PriorityLevelConfiguration",
                v129,
                "flowcontrol.apiserver.k8s.io/v1");
        // its KEP was withdrawn: no API replaces it
        add("networking.k8s.io/v1alpha1", "ClusterCIDR", v129, null);
    }

    private final BundledSchemas bundled;
    private final KubernetesVersion target;

    RemovedApis(BundledSchemas bundled, KubernetesVersion target) {
        this.bundled = bundled;
        this.target = target;
    }

    private static void add(String apiVersion, String kind, KubernetesVersion removedIn, @Nullable String replacement) {
        TABLE.add(new RemovedApi(apiVersion, kind, removedIn, replacement, null));
    }

    /** The removal of this apiVersion/kind at or before the target version, if any. */
    Optional<RemovedApi> find(String apiVersion, String kind) {
        // the table first: it names the exact release, which a minor podlint does not bundle (1.29) hides
        Optional<RemovedApi> listed = TABLE.stream()
                .filter(r -> r.apiVersion().equals(apiVersion) && r.kind().equals(kind))
                .filter(r -> !target.isBefore(r.removedIn()))
                .findFirst()
                .map(this::withServedReplacement);
        return listed.isPresent() ? listed : derived(apiVersion, kind);
    }

    /** The table's replacement when the target serves it, else the target's own successor (1.27 has no flowcontrol v1). */
    private RemovedApi withServedReplacement(RemovedApi removal) {
        String replacement = removal.replacement();
        if (replacement == null || bundled.serves(target, replacement, removal.kind())) {
            return removal;
        }
        return new RemovedApi(
                removal.apiVersion(),
                removal.kind(),
                removal.removedIn(),
                successor(removal.apiVersion(), removal.kind()),
                removal.advice());
    }

    /** Served by a bundled minor older than the target, and not by a later one up to the target. */
    private Optional<RemovedApi> derived(String apiVersion, String kind) {
        KubernetesVersion lastServed = null;
        KubernetesVersion removedIn = null;
        for (KubernetesVersion version : bundled.versions()) {
            if (target.isBefore(version)) {
                break;
            }
            if (bundled.serves(version, apiVersion, kind)) {
                lastServed = version;
                removedIn = null;
            } else if (lastServed != null && removedIn == null) {
                removedIn = version;
            }
        }
        if (lastServed == null || removedIn == null) {
            return Optional.empty();
        }
        return Optional.of(new RemovedApi(apiVersion, kind, removedIn, successor(apiVersion, kind), null));
    }

    /** The most stable apiVersion of the same group that the target serves for this kind, or null. */
    private @Nullable String successor(String apiVersion, String kind) {
        String group = group(apiVersion);
        SchemaFile served = bundled.version(target);
        return served.kinds().keySet().stream()
                .filter(key -> key.endsWith("/" + kind))
                .map(key -> key.substring(0, key.length() - kind.length() - 1))
                .filter(candidate -> group(candidate).equals(group))
                .max(Comparator.comparingInt(RemovedApis::stability))
                .orElse(null);
    }

    static String group(String apiVersion) {
        int slash = apiVersion.lastIndexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** v1 > v1beta2 > v1beta1 > v1alpha1, and higher major versions above lower ones. */
    static int stability(String apiVersion) {
        String version = apiVersion.substring(apiVersion.lastIndexOf('/') + 1);
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            return 0;
        }
        int major = Integer.parseInt(m.group(1));
        int level = m.group(2) == null ? 3 : m.group(2).equals("beta") ? 2 : 1;
        int minor = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return major * 10000 + level * 100 + minor;
    }
}
