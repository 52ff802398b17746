package dev.podlint.cli;

import dev.podlint.RuleRegistry;
import dev.podlint.config.LintOptions;
import dev.podlint.config.PodlintConfig;
import dev.podlint.rule.RuleCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --config FILE} and {@code --rules DIR}: where the config file and user rules come from. */
final class ConfigOptions {

    @Mixin
    ConfigFileOption configFile = new ConfigFileOption();

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of user rule files, *.yaml (repeatable).")
    List<Path> rules = new ArrayList<>();

    /** The config file in force: --config, or the nearest .podlint.yaml, or none. */
    PodlintConfig load(Path workingDirectory) {
        return configFile.load(workingDirectory);
    }

    /** Options with the config file applied, then the --rules folders. */
    LintOptions.Builder options(Path workingDirectory) {
        LintOptions.Builder builder =
                LintOptions.builder().workingDirectory(workingDirectory).config(load(workingDirectory));
        rules.forEach(dir -> builder.ruleDirectory(workingDirectory.resolve(dir)));
        return builder;
    }

    /** The rules a run would know: built-in plus the user rule folders. */
    RuleCatalog catalog(Path workingDirectory) {
        return RuleRegistry.catalog(options(workingDirectory).build().rules().directories());
    }
}
