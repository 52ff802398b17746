package dev.podlint.cli;

import dev.podlint.config.ConfigFileReader;
import dev.podlint.config.PodlintConfig;
import dev.podlint.config.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --config FILE}: which config file is in force, for every command that reads one. */
final class ConfigFileOption {

    private static final String NAME = "--config";
    private static final String LABEL = "FILE";
    private static final String DESCRIPTION =
            "Config file (default: .podlint.yaml in the working directory or a parent).";

    @Option(names = NAME, paramLabel = LABEL, description = DESCRIPTION)
    Path config;

    /** The option declared in code, for {@code lint} ({@link CodeOptions}); the annotation serves the others. */
    void addTo(CommandSpec spec) {
        spec.addOption(CodeOptions.value(Path.class, () -> config, v -> config = v, LABEL, DESCRIPTION, NAME)
                .build());
    }

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
}
