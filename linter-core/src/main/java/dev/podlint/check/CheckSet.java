package dev.podlint.check;

import java.util.List;

/**
 * The checks a run uses, built once per run. Loading problems ({@code yaml-syntax},
 * {@code duplicate-key}) come from the loader itself.
 */
public record CheckSet(List<DocumentCheck> documentChecks, List<InventoryCheck> inventoryChecks) {
}
