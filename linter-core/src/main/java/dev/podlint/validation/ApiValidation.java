package dev.podlint.validation;

import dev.podlint.check.DocumentCheck;
import dev.podlint.config.LintOptions;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.schema.BundledSchemas;
import dev.podlint.schema.KubernetesVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The checks that reproduce the API server's create validation of object metadata, selectors,
 * workloads, Jobs, CronJobs and Services, for the Kubernetes version of the run. Each reports under
 * its rule ({@code rules/ID.yaml}, {@code check: java:api-validation}) and is built only when that
 * rule is enabled. The Go source of each check is recorded in docs/semantics/parity-meta.md.
 */
public final class ApiValidation {

    private static final Map<String, BiFunction<String, KubernetesVersion, DocumentCheck>> CHECKS = checks();

    private ApiValidation() {
    }

    private static Map<String, BiFunction<String, KubernetesVersion, DocumentCheck>> checks() {
        Map<String, BiFunction<String, KubernetesVersion, DocumentCheck>> checks = new LinkedHashMap<>();
        checks.put("object-name", ObjectNameCheck::new);
        checks.put("label-invalid", LabelCheck::new);
        checks.put("annotation-invalid", AnnotationCheck::new);
        checks.put("apply-too-large", ApplySizeCheck::new);
        checks.put("metadata-invalid", MetadataCheck::new);
        checks.put("selector-invalid", (rule, version) -> new SelectorCheck(rule));
        checks.put("workload-invalid", WorkloadCheck::new);
        checks.put("job-invalid", JobCheck::new);
        checks.put("cronjob-invalid", (rule, version) -> new CronJobCheck(rule));
        checks.put("service-invalid", ServiceCheck::new);
        return checks;
    }

    /** The checks of the enabled rules among these, for the run's Kubernetes version. */
    public static List<DocumentCheck> checks(RuleCatalog catalog, LintOptions options) {
        KubernetesVersion version = options.kubernetesVersion().map(KubernetesVersion::parse).orElse(null);
        if (version == null) {
            version = BundledSchemas.get().newest();
        }
        List<DocumentCheck> out = new ArrayList<>();
        for (Map.Entry<String, BiFunction<String, KubernetesVersion, DocumentCheck>> e : CHECKS.entrySet()) {
            RuleDefinition rule = catalog.get(e.getKey());
            if (rule != null && enabled(rule, options)) {
                out.add(e.getValue().apply(rule.id(), version));
            }
        }
        return out;
    }

    private static boolean enabled(RuleDefinition rule, LintOptions options) {
        return options.enabledRules().contains(rule.id())
                || (rule.enabledByDefault() && !options.disabledRules().contains(rule.id()));
    }
}
