package dev.podlint.schema.cel;

import dev.podlint.check.DocumentCheck;
import dev.podlint.check.FindingSink;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.schema.CustomResourceDefinitions;
import dev.podlint.schema.StructuralDefaulting;
import dev.podlint.source.Document;
import dev.podlint.source.JsonTrees;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SourceFile;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Evaluates the CEL rules ({@code x-kubernetes-validations}) of the --crd CustomResourceDefinitions on
 * their custom resources, as the API server does on create: {@code crd-rule} for a rule that fails,
 * {@code crd-rule-skipped} (once per rule and file) for one podlint cannot evaluate. The rules of a CRD
 * version are compiled when its first custom resource is checked; a run without such rules loads no
 * CEL class.
 */
public final class CrdRuleCheck implements DocumentCheck {

    public static final String RULE = "crd-rule";
    public static final String SKIPPED = "crd-rule-skipped";

    private final CustomResourceDefinitions crds;
    private final Map<String, Optional<KindRules>> kinds = new ConcurrentHashMap<>();
    /** The rules already reported skipped, per file (weak: files are dropped once linted). */
    private final Map<SourceFile, Set<CompiledRule>> skipReported = Collections.synchronizedMap(new WeakHashMap<>());

    public CrdRuleCheck(CustomResourceDefinitions crds) {
        this.crds = crds;
    }

    @Override
    public void check(Document document, FindingSink sink) {
        MappingNode object = document.object();
        String apiVersion = document.apiVersion();
        String kind = document.kind();
        if (object == null || apiVersion == null || kind == null) {
            return;
        }
        Optional<KindRules> rules = kinds.computeIfAbsent(
                apiVersion + "/" + kind,
                key -> Optional.ofNullable(KindRules.of(crds.openApiV3Schema(apiVersion, kind))));
        if (rules.isEmpty()) {
            return;
        }
        Map<String, Object> self;
        try {
            self = CelValues.resource(
                    defaulted(object, rules.get()), rules.get().schema());
        } catch (CelValues.Blocked blocked) {
            return; // the API server evaluates no rule of an object with such an error; the schema check reports it
        }
        RuleWalker walker = new RuleWalker(rules.get());
        walker.walk(self, rules.get().schema(), "", "");
        for (RuleWalker.Violation violation : walker.violations()) {
            sink.report(RULE, document, violation.pointer(), document.spanOf(violation.pointer()), violation.message());
        }
        for (RuleWalker.Skip skip : walker.skips()) {
            if (firstInFile(document, skip.rule())) {
                sink.add(Finding.of(
                        SKIPPED,
                        Severity.INFO,
                        "rule not evaluated (reported once per rule and file): " + skip.why() + " (rule: "
                                + shorten(skip.rule().rule()) + ")",
                        document,
                        skip.pointer(),
                        document.spanOf(skip.pointer())));
            }
        }
    }

    /** The object with its schema's defaults applied, as the API server has it when rules run. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> defaulted(MappingNode object, KindRules rules) {
        if (!rules.defaults()) {
            return object;
        }
        JsonNode copy = JsonTrees.toJson(object);
        StructuralDefaulting.apply(copy, rules.schema());
        return (Map<String, Object>) Objects.requireNonNull(CelValues.plain(copy));
    }

    private boolean firstInFile(Document document, CompiledRule rule) {
        Set<CompiledRule> reported = skipReported.computeIfAbsent(
                document.source(), s -> Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        synchronized (reported) {
            return reported.add(rule);
        }
    }

    private static String shorten(String rule) {
        String line = rule.replaceAll("\\s+", " ").trim();
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
