package dev.podlint.cli;

import dev.podlint.config.ConfigFileReader;
import dev.podlint.config.PodlintConfig;
import dev.podlint.config.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config FILE}: which config file is in force, for every command that reads one. */
final class ConfigFileOption {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Config file (default: .podlint.yaml in the working directory or a parent).")
    Path config;

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
