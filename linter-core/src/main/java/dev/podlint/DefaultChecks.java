package dev.podlint;

import dev.podlint.check.CheckSet;
import dev.podlint.check.DocumentCheck;
import dev.podlint.check.InventoryCheck;
import dev.podlint.config.LintOptions;
import dev.podlint.preset.PresetCheck;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleChecks;
import dev.podlint.schema.CustomResourceDefinitions;
import dev.podlint.schema.KindSchemas;
import dev.podlint.schema.SchemaCheck;
import dev.podlint.source.ManifestLoader;
import java.util.ArrayList;
import java.util.List;

/** Builds the checks of a run once (schemas and rules compiled here, not per document). */
public final class DefaultChecks {

    private DefaultChecks() {
    }

    public static CheckSet build(LintOptions options, RuleCatalog catalog) {
        List<DocumentCheck> documentChecks = new ArrayList<>();
        List<InventoryCheck> inventoryChecks = new ArrayList<>();
        documentChecks.add(new SchemaCheck(
                KindSchemas.create(options.kubernetesVersion().orElse(null), options.schemaLocations(),
                        CustomResourceDefinitions.load(options.crdPaths(), options.workingDirectory(),
                                new ManifestLoader(options.limits()), options.limits().maxFileBytes())),
                options.strictKinds()));
        // declarative rules (rules/*.yaml and users' rule folders), compiled once
        documentChecks.add(RuleChecks.compile(catalog, options.enabledRules(), options.disabledRules()));
        JavaChecks.build(catalog, options, documentChecks, inventoryChecks);
        // PodPresets: conflicts, and the document checks again on each Pod as the presets change it
        inventoryChecks.add(new PresetCheck(catalog, options.defaultNamespace(), options.presetTemplates(),
                List.copyOf(documentChecks)));
        return new CheckSet(List.copyOf(documentChecks), List.copyOf(inventoryChecks));
    }
}
