package dev.podlint.cli;

import dev.podlint.config.ConfigFileReader;
import dev.podlint.config.LintOptions;
import dev.podlint.config.PodlintConfig;
import dev.podlint.config.UsageException;
import dev.podlint.rule.RuleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --config FILE} and {@code --rules DIR}: where the config file and user rules come from. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (default: .podlint.yaml in the working directory or a parent).")
    Path config;

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of user rule files, *.yaml (repeatable).")
    List<Path> rules = new ArrayList<>();

    /** The config file in force: --config, or the nearest .podlint.yaml, or none. */
    PodlintConfig load(Path workingDirectory) {
        Path file = config;
        if (file != null) {
            file = workingDirectory.resolve(file);
            if (!Files.isRegularFile(file)) {
                throw new UsageException("--config " + config + ": no such file");
            }
        } else {
            file = ConfigFileReader.find(workingDirectory);
        }
        return file == null ? PodlintConfig.NONE : new ConfigFileReader().read(file);
    }

    /** Options with the config file applied, then the --rules folders. */
    LintOptions.Builder options(Path workingDirectory) {
        LintOptions.Builder builder = LintOptions.builder().workingDirectory(workingDirectory)
                .config(load(workingDirectory));
        rules.forEach(dir -> builder.ruleDirectory(workingDirectory.resolve(dir)));
        return builder;
    }

    /** The rules a run would know: built-in plus the user rule folders. */
    RuleCatalog catalog(Path workingDirectory) {
        return RuleCatalog.load(options(workingDirectory).build().ruleDirectories());
    }
}
