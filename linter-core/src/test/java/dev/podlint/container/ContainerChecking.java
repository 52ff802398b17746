package dev.podlint.container;

import dev.podlint.check.CollectingSink;
import dev.podlint.finding.Finding;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.source.Document;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import java.util.List;

/** Runs the container check for one Kubernetes minor over an inline manifest. */
final class ContainerChecking {

    private static final RuleCatalog CATALOG = RuleCatalog.builtIn();

    private ContainerChecking() {}

    static List<Finding> lint(int minor, String manifest) {
        CollectingSink sink = new CollectingSink(CATALOG);
        LoadedFile loaded = new ManifestLoader().loadText("test.yaml", manifest);
        ContainerCheck check = new ContainerCheck(minor);
        for (Document document : loaded.documents()) {
            check.check(document, sink);
        }
        return sink.findings();
    }

    /** "line rule" of each finding, sorted. */
    static List<String> lines(int minor, String manifest) {
        return lint(minor, manifest).stream()
                .map(f -> f.span().line() + " " + f.ruleId())
                .sorted()
                .toList();
    }
}
