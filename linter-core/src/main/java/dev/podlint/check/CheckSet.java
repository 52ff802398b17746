package dev.podlint.check;

import java.util.List;
import java.util.Set;

/**
 * The checks a run uses, built once per run.
 *
 * @param loaderRules the enabled rules whose problems the manifest loader finds while it parses
 *                    ({@code yaml-syntax}, {@code duplicate-key}), and {@code kind-rejected}: only those are
 *                    reported
 */
public record CheckSet(
        List<DocumentCheck> documentChecks, List<InventoryCheck> inventoryChecks, Set<String> loaderRules) {

    public CheckSet {
        documentChecks = List.copyOf(documentChecks);
        inventoryChecks = List.copyOf(inventoryChecks);
        loaderRules = Set.copyOf(loaderRules);
    }
}
