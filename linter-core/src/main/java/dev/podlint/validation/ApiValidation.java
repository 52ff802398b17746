package dev.podlint.validation;

import dev.podlint.check.DocumentCheck;
import dev.podlint.check.InventoryCheck;
import dev.podlint.config.LintOptions;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.schema.BundledSchemas;
import dev.podlint.schema.CustomResourceDefinitions;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.ManifestLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The checks that reproduce the API server's create validation of object metadata, selectors,
 * workloads, Jobs, CronJobs and Services, for the Kubernetes version of the run. Each reports under
 * its rule ({@code rules/ID.yaml}, {@code check: java:api-validation}) and runs only when that rule
 * is enabled. The Go source of each check is recorded in docs/semantics/parity-meta.md.
 */
public final class ApiValidation {

    private static final Map<String, BiFunction<String, KubernetesVersion, ObjectCheck>> CHECKS = checks();

    private ApiValidation() {}

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
        checks.put("pdb-invalid", (rule, version) -> new DisruptionBudgetCheck(rule));
        checks.put("hpa-invalid", AutoscalerCheck::new);
        checks.put("ingress-invalid", IngressCheck::new);
        checks.put("network-policy-invalid", NetworkPolicyCheck::new);
        return checks;
    }

    /**
     * The Java check {@code java:api-validation} (a {@code JavaChecks.Factory}): one document check
     * running the parts of the enabled rules among these, for the run's Kubernetes version.
     *
     * @param rules the enabled rules that name this check
     */
    public static void create(
            Set<String> rules,
            LintOptions options,
            RuleCatalog catalog,
            List<DocumentCheck> documentChecks,
            List<InventoryCheck> inventoryChecks) {
        String named = options.schema().kubernetesVersion();
        KubernetesVersion version = named == null ? null : KubernetesVersion.parse(named);
        if (version == null) {
            version = BundledSchemas.get().newest();
        }
        List<ObjectCheck> parts = new ArrayList<>();
        for (Map.Entry<String, BiFunction<String, KubernetesVersion, ObjectCheck>> e : CHECKS.entrySet()) {
            if (rules.contains(e.getKey())) {
                parts.add(e.getValue().apply(e.getKey(), version));
            }
        }
        if (!parts.isEmpty()) {
            CustomResourceDefinitions crds = options.schema().crdPaths().isEmpty()
                    ? CustomResourceDefinitions.NONE
                    : CustomResourceDefinitions.load(
                            options.schema().crdPaths(),
                            options.workingDirectory(),
                            new ManifestLoader(options.limits()),
                            options.limits().maxFileBytes());
            documentChecks.add(new ApiValidationCheck(new ObjectKinds(version, crds), parts));
        }
    }
}
