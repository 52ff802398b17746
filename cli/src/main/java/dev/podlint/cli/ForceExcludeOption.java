package dev.podlint.cli;

import dev.podlint.config.LintOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --force-exclude}: the config file's include/exclude globs also filter the files named on the command line. */
final class ForceExcludeOption {

    private static final String NAME = "--force-exclude";
    private static final String DESCRIPTION = "Apply the config file's include/exclude globs to the files "
            + "named on the command line too (otherwise always read); for pre-commit, which names each staged file.";

    // pre-commit names every staged file, and an excluded one must still be skipped.
    @Option(names = NAME, description = DESCRIPTION)
    boolean forceExclude;

    /** The option declared in code, for {@code lint} ({@link CodeOptions}); the annotation serves the others. */
    void addTo(CommandSpec spec) {
        spec.addOption(CodeOptions.flag(() -> forceExclude, v -> forceExclude = v, DESCRIPTION, NAME)
                .build());
    }

    LintOptions.Builder applyTo(LintOptions.Builder options) {
        return options.forceExclude(forceExclude);
    }
}
