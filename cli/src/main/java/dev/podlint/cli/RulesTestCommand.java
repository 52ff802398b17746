package dev.podlint.cli;

import dev.podlint.config.LintOptions;
import dev.podlint.report.Visible;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code podlint rules test [DIR]}: the examples and test cases of rule files, pass or fail each. */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = {
            "Test rule files: each rule must compile, its bad example must raise it, its good example must not,"
                    + " and each of its 'tests' cases must raise the rules it lists (its own rule only if listed).",
            "A case whose kind has no schema (a custom resource without --crd) is skipped.",
            "Exit 0 when no case fails, 1 when one does, 2 on a usage error."
        })
final class RulesTestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(
            arity = "0..1",
            paramLabel = "DIR",
            description = "A folder of rule files (*.yaml); without it, the built-in rules.")
    @Nullable
    Path dir;

    @CommandLine.Option(
            names = "--crd",
            paramLabel = "PATH",
            description = "CustomResourceDefinitions for custom resources in the cases (a file or folder; repeatable).")
    List<String> crds = new ArrayList<>();

    @Override
    public Integer call() {
        Path cwd = Path.of("").toAbsolutePath();
        Path folder = dir == null ? null : cwd.resolve(dir);
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "not a folder: " + Visible.of(String.valueOf(dir)));
        }
        LintOptions.Builder options = LintOptions.builder().workingDirectory(cwd);
        crds.forEach(options::crd);
        RuleCases cases = new RuleCases(options, folder);
        List<RuleCases.Outcome> outcomes = cases.run();
        PrintWriter out = spec.commandLine().getOut();
        Map<RuleCases.Verdict, Integer> counts = new EnumMap<>(RuleCases.Verdict.class);
        for (RuleCases.Outcome outcome : outcomes) {
            counts.merge(outcome.verdict(), 1, Integer::sum);
            out.println(outcome.verdict() + "  " + Visible.of(outcome.rule()) + ": " + Visible.of(outcome.name())
                    + (outcome.detail().isEmpty() ? "" : "\n      " + Visible.keepingLines(outcome.detail())));
        }
        out.println(counts.getOrDefault(RuleCases.Verdict.PASS, 0) + " passed, "
                + counts.getOrDefault(RuleCases.Verdict.FAIL, 0) + " failed, "
                + counts.getOrDefault(RuleCases.Verdict.SKIP, 0) + " skipped ("
                + (folder == null ? "the built-in rules" : "the rules of " + Visible.of(String.valueOf(dir))) + ")");
        out.flush();
        return counts.containsKey(RuleCases.Verdict.FAIL) ? 1 : 0;
    }
}
