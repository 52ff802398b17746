package dev.podlint.rule;

import dev.podlint.check.CollectingSink;
import dev.podlint.finding.Finding;
import dev.podlint.source.Document;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs one rule, written inline, over an inline manifest. */
final class RuleTesting {

    private RuleTesting() {}

    static RuleDefinition rule(String yaml) {
        return new RuleFileReader().read("test-rule.yaml", yaml.getBytes(StandardCharsets.UTF_8), "test-rule.yaml");
    }

    static List<Finding> run(String ruleYaml, String manifest) {
        RuleDefinition rule = rule(ruleYaml);
        RuleCompiler compiler =
                new RuleCompiler(RuleExpressions.create(), dev.podlint.rule.select.SelectorRegistry.defaults());
        RuleCheck check = RuleCheck.of(List.of(compiler.compile(rule)));
        return run(check, manifest, rule);
    }

    static List<Finding> run(RuleCheck check, String manifest, RuleDefinition... rules) {
        CollectingSink sink = new CollectingSink(catalogOf(rules));
        LoadedFile loaded = new ManifestLoader().loadText("test.yaml", manifest);
        List<Finding> out = new ArrayList<>();
        for (Document document : loaded.documents()) {
            check.check(document, sink);
        }
        out.addAll(sink.findings());
        return out;
    }

    static RuleCatalog catalogOf(RuleDefinition... rules) {
        return RuleCatalog.of(List.of(rules));
    }

    static Set<String> ids(List<Finding> findings) {
        return Set.copyOf(findings.stream().map(Finding::ruleId).toList());
    }
}
