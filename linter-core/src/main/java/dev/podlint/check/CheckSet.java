package dev.podlint.check;

import dev.podlint.config.LintOptions;
import dev.podlint.container.ContainerCheck;
import dev.podlint.preset.PresetCheck;
import dev.podlint.rule.JavaChecks;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleChecks;
import dev.podlint.schema.CustomResourceDefinitions;
import dev.podlint.schema.KindSchemas;
import dev.podlint.schema.SchemaCheck;
import dev.podlint.source.ManifestLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a run uses, built once per run (schemas and rules compiled here, not per document).
 * Loading problems ({@code yaml-syntax}, {@code duplicate-key}) come from the loader itself.
 */
public record CheckSet(List<DocumentCheck> documentChecks, List<InventoryCheck> inventoryChecks) {

    public static CheckSet defaults(LintOptions options, RuleCatalog catalog) {
        List<DocumentCheck> documentChecks = new ArrayList<>();
        List<InventoryCheck> inventoryChecks = new ArrayList<>();
        KindSchemas schemas = KindSchemas.create(options.kubernetesVersion().orElse(null), options.schemaLocations(),
                CustomResourceDefinitions.load(options.crdPaths(), options.workingDirectory(),
                        new ManifestLoader(options.limits()), options.limits().maxFileBytes()));
        documentChecks.add(new SchemaCheck(schemas, options.strictKinds()));
        // declarative rules (rules/*.yaml and users' rule folders), compiled once
        documentChecks.add(RuleChecks.compile(catalog, options.enabledRules(), options.disabledRules()));
        // the API server's container validation (container-name, port-invalid, ...), for the target version
        documentChecks.add(new ContainerCheck(schemas.target().minor()));
        JavaChecks.build(catalog, options, documentChecks, inventoryChecks);
        // PodPresets: conflicts, and the document checks again on each Pod as the presets change it
        inventoryChecks.add(new PresetCheck(catalog, options.defaultNamespace(), options.presetTemplates(),
                List.copyOf(documentChecks)));
        return new CheckSet(List.copyOf(documentChecks), List.copyOf(inventoryChecks));
    }
}
