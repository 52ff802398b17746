package dev.podlint.cli;

import dev.podlint.report.Visible;
import dev.podlint.rule.RuleDefinition;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code podlint rules}: the rule table, read from the rule files. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "List the rules: id, severity, category, summary.",
        subcommands = RulesTestCommand.class)
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() {
        Collection<RuleDefinition> rules = configOptions
                .catalog(java.nio.file.Path.of("").toAbsolutePath())
                .all();
        PrintWriter out = spec.commandLine().getOut();
        int idWidth =
                Math.max(2, rules.stream().mapToInt(r -> r.id().length()).max().orElse(0));
        int categoryWidth = Math.max(
                8, rules.stream().mapToInt(r -> r.category().length()).max().orElse(0));
        String format = "%-" + idWidth + "s  %-8s  %-" + categoryWidth + "s  %s%n";
        out.printf(format, "ID", "SEVERITY", "CATEGORY", "SUMMARY");
        for (RuleDefinition rule : rules) {
            out.printf(
                    format,
                    Visible.of(rule.id()),
                    rule.severity().label(),
                    Visible.of(rule.category()),
                    Visible.of(rule.summary())
                            + (rule.enabledByDefault() ? "" : " (opt-in: --enable " + Visible.of(rule.id()) + ")"));
        }
        out.flush();
        return 0;
    }
}
