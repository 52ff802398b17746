package dev.podlint;

import dev.podlint.check.EnabledRulesOnly;
import dev.podlint.config.LintOptions;
import dev.podlint.config.SchemaOptions;
import dev.podlint.container.ContainerCheck;
import dev.podlint.preset.PresetCheck;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.rule.RuleFileException;
import dev.podlint.rule.enums.EnumCheck;
import dev.podlint.schema.BundledSchemas;
import dev.podlint.schema.KindSchemas;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.schema.SchemaCheck;
import dev.podlint.schema.cel.CrdRuleCheck;
import dev.podlint.validation.ApiValidation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The Java checks a rule file may name with {@code check: java:NAME}, for logic an expression
 * cannot hold (across documents, or inside the loader). The rule file keeps all the metadata; the
 * check reports under the rule's id. A check is built once per run, and only when a rule that names
 * it is enabled; it is told which of its rules are, and reports no other.
 */
public final class JavaChecks {

    /**
     * yaml-syntax and duplicate-key: the manifest loader finds them while it parses; kind-rejected: the
     * file linter, as it meets each loaded object.
     */
    public static final String LOADER = "loader";

    /** unused-ignore: the finding policy checks the {@code # podlint-ignore} comments after all checks ran. */
    public static final String INLINE_IGNORES = "inline-ignores";

    public static final String SCHEMA = "schema";
    /** The API server's container validation, one walk of each pod spec (package container). */
    public static final String CONTAINERS = "containers";
    /** Enum fields checked against the sets the Go validation code accepts (rule/enums). */
    public static final String ENUM_VALUES = "enum-values";
    /** The API server's create validation of metadata, selectors, workloads, Jobs, CronJobs and Services. */
    public static final String API_VALIDATION = "api-validation";
    /** The CEL rules (x-kubernetes-validations) of the --crd CustomResourceDefinitions (package schema.cel). */
    public static final String CRD_RULES = "crd-rules";
    /** Runs the document checks again on the Pods the presets change: built after all of them. */
    public static final String PRESET = "preset";

    /** Builds the check of a Java rule family into the run's check lists. */
    @FunctionalInterface
    public interface Factory {
        /**
         * Adds the check to the run's check lists.
         *
         * @param rules the ids of the enabled rules that name this check (never empty)
         * @param build the run's checks under construction, to add to
         */
        void create(Set<String> rules, CheckBuild build);
    }

    private static final JavaChecks DEFAULTS = new JavaChecks(Map.of())
            .with(LOADER, (rules, build) -> {})
            .with(INLINE_IGNORES, (rules, build) -> {})
            .with(SCHEMA, JavaChecks::schema)
            .with(
                    CONTAINERS,
                    (rules, build) ->
                            build.add(new EnabledRulesOnly(new ContainerCheck(targetMinor(build.options())), rules)))
            .with(
                    ENUM_VALUES,
                    (rules, build) -> rules.forEach(rule -> build.add(EnumCheck.forRun(rule, build.options()))))
            .with(
                    API_VALIDATION,
                    (rules, build) -> ApiValidation.create(
                                    rules,
                                    build.options().schema().kubernetesVersion(),
                                    build::customResourceDefinitions)
                            .ifPresent(build::add))
            .with(CRD_RULES, JavaChecks::crdRules)
            .with(
                    PRESET,
                    (rules, build) -> build.add(new PresetCheck(
                            build.catalog(),
                            rules,
                            build.options().presets().defaultNamespace(),
                            build.options().presets().templates(),
                            build.options().presets().featureGates(),
                            build.documentChecks())));

    private final Map<String, Factory> factories;

    private JavaChecks(Map<String, Factory> factories) {
        this.factories = Collections.unmodifiableMap(factories);
    }

    /** The Java checks of podlint's own rules: loader, schema, api-validation and preset. */
    public static JavaChecks defaults() {
        return DEFAULTS;
    }

    /** These checks and one more (a user's own, when podlint is embedded; tests). */
    public JavaChecks with(String name, Factory factory) {
        Map<String, Factory> more = new LinkedHashMap<>(factories);
        if (more.putIfAbsent(name, factory) != null) {
            throw new IllegalArgumentException("a Java check named '" + name + "' is already registered");
        }
        return new JavaChecks(more);
    }

    public Set<String> names() {
        return new TreeSet<>(factories.keySet());
    }

    @Nullable
    Factory factory(String name) {
        return factories.get(name);
    }

    /**
     * Checks that every {@code check: java:NAME} of {@code catalog} names one of these checks.
     *
     * @throws RuleFileException naming the rule file, the line of its {@code check} and the known names
     */
    void requireKnown(RuleCatalog catalog) {
        for (RuleDefinition rule : catalog.all()) {
            String name = javaCheckOf(rule);
            if (name != null && !factories.containsKey(name)) {
                int line = rule.definition() == null || rule.definition().node("check") == null
                        ? 0
                        : rule.definition().node("check").span().line();
                throw new RuleFileException(
                        rule.file(), line, "check", "no Java check named '" + name + "'; known: " + names());
            }
        }
    }

    /** The Java check a rule names, or null for a declarative rule. */
    static @Nullable String javaCheckOf(RuleDefinition rule) {
        return rule.check().startsWith("java:") ? rule.check().substring("java:".length()) : null;
    }

    private static void schema(Set<String> rules, CheckBuild build) {
        SchemaOptions schema = build.options().schema();
        build.add(new SchemaCheck(
                KindSchemas.create(
                        schema.kubernetesVersion(), schema.schemaLocations(), build.customResourceDefinitions()),
                schema.strictKinds(),
                rules));
    }

    private static void crdRules(Set<String> rules, CheckBuild build) {
        if (!build.options().schema().crdPaths().isEmpty()) {
            build.add(new EnabledRulesOnly(new CrdRuleCheck(build.customResourceDefinitions()), rules));
        }
    }

    /** The minor of the Kubernetes 1.x release the run lints for: --kubernetes-version, else the newest bundled. */
    private static int targetMinor(LintOptions options) {
        KubernetesVersion wanted =
                options.schema().version().map(KubernetesVersion::parse).orElse(null);
        return (wanted != null && BundledSchemas.get().has(wanted)
                        ? wanted
                        : BundledSchemas.get().newest())
                .minor();
    }
}
