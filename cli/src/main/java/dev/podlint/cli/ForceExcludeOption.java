package dev.podlint.cli;

import dev.podlint.config.LintOptions;
import picocli.CommandLine.Option;

/** {@code --force-exclude}: the config file's include/exclude globs also filter the files named on the command line. */
final class ForceExcludeOption {

    // pre-commit names every staged file, and an excluded one must still be skipped.
    @Option(
            names = "--force-exclude",
            description =
                    "Apply the config file's include/exclude globs to the files "
                            + "named on the command line too (otherwise always read); for pre-commit, which names each staged file.")
    boolean forceExclude;

    LintOptions.Builder applyTo(LintOptions.Builder options) {
        return options.forceExclude(forceExclude);
    }
}
