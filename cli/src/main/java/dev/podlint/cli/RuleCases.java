package dev.podlint.cli;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.rule.RuleCaseOptions;
import dev.podlint.rule.RuleChecks;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.rule.RuleFileException;
import dev.podlint.source.MappingNode;
import dev.podlint.source.NamedContent;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The cases of rule files, run as {@code podlint lint} would run them: each rule is first compiled
 * and checked as a user's rule is at load, then its {@code bad} example must raise it, its
 * {@code good} example must not, and each of its {@code tests} must raise the rules it lists and not
 * its own rule unless listed. A case looks at its own rule and the rules it lists only: what other
 * rules find in it (a PodPreset's {@code removed-api}) does not change its verdict. A case whose
 * kind has no schema ({@code unknown-kind}: a custom resource without {@code --crd}) is skipped. The
 * examples, and each test, are linted with the options they declare ({@code options}) added to the run's.
 */
final class RuleCases {

    enum Verdict {
        PASS,
        FAIL,
        SKIP
    }

    /** One case's outcome: {@code detail} says why it failed or was skipped. */
    record Outcome(String rule, String name, Verdict verdict, String detail) {}

    /** A manifest, the options it is linted with and the rules it must raise (empty: none). */
    private record Case(String name, String manifest, RuleCaseOptions options, Set<String> expected) {}

    private static final String UNKNOWN_KIND = "unknown-kind";

    private final LintOptions base;
    private final Linter linter;
    /** The linters of cases that declare options, by their options. */
    private final Map<String, Linter> linters = new HashMap<>();

    private final Collection<RuleDefinition> underTest;

    /**
     * @param options       the lint options of the cases (working directory, CRDs)
     * @param ruleDirectory the folder whose rules are tested, or null for the built-in rules
     */
    RuleCases(LintOptions.Builder options, @org.jspecify.annotations.Nullable Path ruleDirectory) {
        if (ruleDirectory != null) {
            options.ruleDirectory(ruleDirectory);
        }
        Linter all = Linter.create(options.build());
        this.underTest = all.catalog().all().stream()
                .filter(rule -> ruleDirectory == null ? rule.builtIn() : !rule.builtIn())
                .toList();
        underTest.forEach(rule -> options.enable(rule.id())); // opt-in rules too
        this.base = options.build();
        this.linter = Linter.create(base);
    }

    /** How many rules are under test. */
    int rules() {
        return underTest.size();
    }

    List<Outcome> run() {
        Map<String, RuleFileException> broken = RuleChecks.verify(underTest);
        List<Outcome> outcomes = new ArrayList<>();
        for (RuleDefinition rule : underTest) {
            RuleFileException problem = broken.get(rule.id());
            if (problem != null) {
                outcomes.add(new Outcome(rule.id(), "rule file", Verdict.FAIL, String.valueOf(problem.getMessage())));
                continue;
            }
            for (Case c : cases(rule)) {
                outcomes.add(check(rule, c));
            }
        }
        return outcomes;
    }

    /** The cases' own options added to the run's. */
    private Linter linter(RuleCaseOptions options) {
        return options.isEmpty()
                ? linter
                : linters.computeIfAbsent(
                        options.yaml(),
                        key -> Linter.create(options.applyTo(base.toBuilder()).build()));
    }

    private Outcome check(RuleDefinition rule, Case c) {
        Linter runner = linter(c.options());
        for (String id : c.expected()) {
            if (!runner.catalog().contains(id)) {
                return new Outcome(rule.id(), c.name(), Verdict.FAIL, "expects '" + id + "', which is no rule");
            }
        }
        String file = rule.id() + "-" + c.name().replaceAll("[^A-Za-z0-9_.-]+", "-") + ".yaml";
        List<Finding> all = runner
                .lintContents(List.of(new NamedContent(file, c.manifest().getBytes(StandardCharsets.UTF_8))))
                .findings()
                .stream()
                .filter(f -> !f.suppressed())
                .toList();
        Set<String> looked = new TreeSet<>(c.expected());
        looked.add(rule.id());
        List<Finding> findings =
                all.stream().filter(f -> looked.contains(f.ruleId())).toList();
        Set<String> raised = findings.stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
        for (Finding f : all) {
            if (f.ruleId().equals(UNKNOWN_KIND) && !looked.contains(UNKNOWN_KIND)) {
                return new Outcome(rule.id(), c.name(), Verdict.SKIP, f.message());
            }
        }
        if (raised.equals(c.expected())) {
            return new Outcome(rule.id(), c.name(), Verdict.PASS, "");
        }
        StringBuilder problem = new StringBuilder("expected ")
                .append(c.expected().isEmpty() ? "no " + rule.id() : String.join(", ", c.expected()))
                .append(", got ")
                .append(raised.isEmpty() ? "none" : String.join(", ", raised) + ":");
        for (Finding f : findings) {
            problem.append("\n      ")
                    .append(f.ruleId())
                    .append(" at line ")
                    .append(f.span().line())
                    .append(": ")
                    .append(f.message());
        }
        return new Outcome(rule.id(), c.name(), Verdict.FAIL, problem.toString());
    }

    private static List<Case> cases(RuleDefinition rule) {
        List<Case> cases = new ArrayList<>();
        RuleCaseOptions examples = RuleCaseOptions.ofExamples(rule);
        if (!rule.badExample().isBlank()) {
            cases.add(new Case("bad example", rule.badExample(), examples, Set.of(rule.id())));
        }
        if (!rule.goodExample().isBlank()) {
            cases.add(new Case("good example", rule.goodExample(), examples, Set.of()));
        }
        if (rule.definition().node("tests") instanceof SequenceNode tests) {
            for (YamlNode node : tests.nodes()) {
                if (node instanceof MappingNode test) {
                    cases.add(new Case(
                            String.valueOf(test.string("name")),
                            String.valueOf(test.string("manifest")),
                            RuleCaseOptions.of(rule, test.node("options")),
                            expected(test.node("expect"))));
                }
            }
        }
        return cases;
    }

    /** {@code expect}: a list of rule ids, or {@code none}. */
    private static Set<String> expected(@org.jspecify.annotations.Nullable YamlNode expect) {
        Set<String> ids = new TreeSet<>();
        if (expect instanceof SequenceNode list) {
            for (YamlNode id : list.nodes()) {
                if (id instanceof ScalarNode scalar) {
                    ids.add(scalar.text());
                }
            }
        }
        return ids;
    }
}
