package dev.podlint;

import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.enums.EnumTable;
import dev.podlint.schema.BundledSchemas;
import dev.podlint.source.ManifestLoader;
import dev.podlint.validation.ApiValidation;

/**
 * Reads the built-in data every lint needs (the rule files, the enum table, the ObjectMeta facts,
 * the newest Kubernetes version's schema index, the rules' expressions) on a second thread, while the first one parses the
 * command line and the configuration. A short run is mostly such one-time reading, done by the
 * interpreter; on two cores this halves its share of the wall time. Each piece is read once per JVM
 * and shared, so the lint waits for what the prefetch is still reading instead of reading it again.
 */
public final class Prefetch {

    private Prefetch() {}

    /** Starts the prefetch on a daemon thread (it never keeps the JVM alive). */
    public static void start() {
        Thread thread = new Thread(Prefetch::run, "podlint-prefetch");
        thread.setDaemon(true);
        // A failure here is the lint's to report, when it reads the same data itself.
        thread.setUncaughtExceptionHandler((t, e) -> {});
        thread.start();
    }

    static void run() {
        RuleCatalog.prefetchBuiltIn();
        EnumTable.bundled();
        ApiValidation.prefetch();
        BundledSchemas bundled = BundledSchemas.get();
        bundled.prefetch(bundled.newest());
        ManifestLoader.prefetch();
        RuleCatalog.prefetchBuiltInExpressions();
    }
}
