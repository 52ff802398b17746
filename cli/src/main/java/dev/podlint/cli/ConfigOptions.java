package dev.podlint.cli;

import dev.podlint.RuleRegistry;
import dev.podlint.config.LintOptions;
import dev.podlint.config.PodlintConfig;
import dev.podlint.rule.RuleCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --config FILE} and {@code --rules DIR}: where the config file and user rules come from. */
final class ConfigOptions {

    @Mixin
    ConfigFileOption configFile = new ConfigFileOption();

    private static final String RULES = "--rules";
    private static final String RULES_LABEL = "DIR";
    private static final String RULES_DESCRIPTION = "A folder of user rule files, *.yaml (repeatable).";

    @Option(names = RULES, paramLabel = RULES_LABEL, description = RULES_DESCRIPTION)
    List<Path> rules = new ArrayList<>();

    /** The options declared in code, for {@code lint} ({@link CodeOptions}); the annotations serve the others. */
    void addTo(CommandSpec spec) {
        configFile.addTo(spec);
        spec.addOption(CodeOptions.list(Path.class, rules, RULES_LABEL, RULES_DESCRIPTION, RULES)
                .build());
    }

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
