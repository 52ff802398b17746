package dev.podlint.validation;

import dev.podlint.check.DocumentCheck;
import dev.podlint.schema.BundledSchemas;
import dev.podlint.schema.CustomResourceDefinitions;
import dev.podlint.schema.KubernetesVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The checks that reproduce the API server's create validation of object metadata, selectors,
 * workloads, Jobs, CronJobs and Services, for the Kubernetes version of the run. Each reports under
 * its rule ({@code rules/ID.yaml}, {@code check: java:api-validation}) and runs only when that rule
 * is enabled. The Go source of each check is recorded in docs/semantics/parity-meta.md.
 */
public final class ApiValidation {

    private static final Map<String, BiFunction<String, KubernetesVersion, ObjectCheck>> CHECKS = checks();

    private ApiValidation() {}

    /** Reads the data the checks share (the per-kind ObjectMeta facts) now, unless done already. */
    public static void prefetch() {
        ObjectKinds.prefetch();
    }

    private static Map<String, BiFunction<String, KubernetesVersion, ObjectCheck>> checks() {
        Map<String, BiFunction<String, KubernetesVersion, ObjectCheck>> checks = new LinkedHashMap<>();
        checks.put("object-name", (rule, version) -> new ObjectNameCheck(rule));
        checks.put("label-invalid", (rule, version) -> new LabelCheck(rule));
        checks.put("annotation-invalid", (rule, version) -> new AnnotationCheck(rule));
        checks.put("annotation-not-string", (rule, version) -> new AnnotationTypeCheck(rule));
        checks.put("apply-too-large", (rule, version) -> new ApplySizeCheck(rule));
        checks.put("metadata-invalid", (rule, version) -> new MetadataCheck(rule));
        checks.put("selector-invalid", (rule, version) -> new SelectorCheck(rule));
        checks.put("workload-invalid", WorkloadCheck::new);
        checks.put("job-invalid", JobCheck::new);
        checks.put("cronjob-invalid", (rule, version) -> new CronJobCheck(rule));
        checks.put("service-invalid", ServiceCheck::new);
        checks.put("storage-invalid", StorageCheck::new);
        checks.put("rbac-invalid", (rule, version) -> new RbacCheck(rule));
        checks.put("priority-class-invalid", (rule, version) -> new PriorityClassCheck(rule));
        checks.put("quota-invalid", QuotaCheck::new);
        checks.put("pdb-invalid", (rule, version) -> new DisruptionBudgetCheck(rule));
        checks.put("hpa-invalid", AutoscalerCheck::new);
        checks.put("ingress-invalid", IngressCheck::new);
        checks.put("network-policy-invalid", NetworkPolicyCheck::new);
        checks.put("runtime-class-invalid", (rule, version) -> new RuntimeClassCheck(rule));
        checks.put("lease-invalid", (rule, version) -> new LeaseCheck(rule));
        checks.put("endpoint-slice-invalid", EndpointSliceCheck::new);
        checks.put("webhook-invalid", (rule, version) -> new WebhookCheck(rule));
        checks.put("endpoints-invalid", EndpointsCheck::new);
        checks.put("csi-driver-invalid", CsiDriverCheck::new);
        checks.put("flow-control-invalid", (rule, version) -> new FlowControlCheck(rule));
        return checks;
    }

    /**
     * The Java check {@code java:api-validation}: one document check running the parts of the enabled
     * rules among these, for the run's Kubernetes version; none when no enabled rule has a part here.
     *
     * @param rules             the enabled rules that name this check
     * @param kubernetesVersion the run's version as named, or null for the newest bundled
     * @param crds              the run's CustomResourceDefinitions (read only when a part is built)
     */
    public static Optional<DocumentCheck> create(
            Set<String> rules, @Nullable String kubernetesVersion, Supplier<CustomResourceDefinitions> crds) {
        KubernetesVersion named = kubernetesVersion == null ? null : KubernetesVersion.parse(kubernetesVersion);
        KubernetesVersion version = named == null ? BundledSchemas.get().newest() : named;
        List<ObjectCheck> parts = new ArrayList<>();
        for (Map.Entry<String, BiFunction<String, KubernetesVersion, ObjectCheck>> e : CHECKS.entrySet()) {
            if (rules.contains(e.getKey())) {
                parts.add(e.getValue().apply(e.getKey(), version));
            }
        }
        return parts.isEmpty()
                ? Optional.empty()
                : Optional.of(new ApiValidationCheck(new ObjectKinds(version, crds.get()), parts));
    }
}
