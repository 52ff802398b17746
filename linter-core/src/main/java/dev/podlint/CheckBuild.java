package dev.podlint;

import dev.podlint.check.DocumentCheck;
import dev.podlint.check.InventoryCheck;
import dev.podlint.config.LintOptions;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.schema.CustomResourceDefinitions;
import dev.podlint.source.ManifestLoader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the Java check factories of one run share while its checks are built: the options, the rule
 * catalog, the check lists they add to, and what more than one of them reads (the {@code --crd}
 * CustomResourceDefinitions, read once).
 */
public final class CheckBuild {

    private final LintOptions options;
    private final RuleCatalog catalog;
    private final List<DocumentCheck> documentChecks = new ArrayList<>();
    private final List<InventoryCheck> inventoryChecks = new ArrayList<>();
    private @Nullable CustomResourceDefinitions customResourceDefinitions;

    CheckBuild(LintOptions options, RuleCatalog catalog) {
        this.options = options;
        this.catalog = catalog;
    }

    public LintOptions options() {
        return options;
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public void add(DocumentCheck check) {
        documentChecks.add(check);
    }

    public void add(InventoryCheck check) {
        inventoryChecks.add(check);
    }

    /** The document checks built so far, in order. */
    public List<DocumentCheck> documentChecks() {
        return List.copyOf(documentChecks);
    }

    List<InventoryCheck> inventoryChecks() {
        return List.copyOf(inventoryChecks);
    }

    /** The CustomResourceDefinitions the run's {@code --crd} paths hold, read on first use. */
    public CustomResourceDefinitions customResourceDefinitions() {
        CustomResourceDefinitions crds = customResourceDefinitions;
        if (crds == null) {
            crds = CustomResourceDefinitions.load(
                    options.schema().crdPaths(),
                    options.workingDirectory(),
                    new ManifestLoader(options.limits()),
                    options.limits().maxFileBytes());
            customResourceDefinitions = crds;
        }
        return crds;
    }
}
