package dev.podlint.cli;

import dev.podlint.config.UsageException;
import dev.podlint.fix.Fixers;
import dev.podlint.report.Visible;
import dev.podlint.rule.RuleCaseOptions;
import dev.podlint.rule.RuleDefinition;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code podlint explain RULE}: a rule's help with its bad and good example. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Show a rule's help, with a bad and a good example.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "RULE", description = "A rule id, as 'podlint rules' lists them.")
    String ruleId;

    @CommandLine.Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() {
        RuleDefinition rule = configOptions
                .catalog(java.nio.file.Path.of("").toAbsolutePath())
                .get(ruleId);
        if (rule == null) {
            throw new UsageException("unknown rule '" + Visible.of(ruleId) + "' (podlint rules lists them)");
        }
        PrintWriter out = spec.commandLine().getOut();
        // a user rule's texts are shown with their control characters written out
        out.println(Visible.of(rule.id()) + " (" + rule.severity().label() + ", " + Visible.of(rule.category()) + ")");
        out.println(Visible.of(rule.summary()));
        String fix = Fixers.describe(rule.id());
        out.println(fix == null ? "podlint lint --fix: no automatic fix" : "podlint lint --fix: " + fix);
        out.println();
        if (!rule.help().isBlank()) {
            out.println(Visible.keepingLines(rule.help().stripTrailing()));
            out.println();
        }
        String options = RuleCaseOptions.ofExamples(rule).yaml();
        if (!options.isEmpty()) {
            out.println("The examples are linted with these settings of .podlint.yaml:");
            out.println(Visible.keepingLines(indent(options)));
        }
        if (!rule.badExample().isBlank()) {
            out.println("Bad:");
            out.println(Visible.keepingLines(indent(rule.badExample())));
        }
        if (!rule.goodExample().isBlank()) {
            out.println("Good:");
            out.println(Visible.keepingLines(indent(rule.goodExample())));
        }
        String more = rule.docsPage() != null ? rule.docsPage() : rule.helpUri(null);
        if (more != null) {
            out.println("More: " + Visible.of(more));
        }
        out.flush();
        return 0;
    }

    private static String indent(String text) {
        return text.stripTrailing()
                .lines()
                .map(l -> "    " + l)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }
}
