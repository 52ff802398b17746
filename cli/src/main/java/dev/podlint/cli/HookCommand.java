package dev.podlint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code podlint hook}: git hooks for users without the pre-commit framework. */
@Command(
        name = "hook",
        mixinStandardHelpOptions = true,
        description = "Git hooks: 'podlint hook install' writes a pre-commit hook that lints staged manifests.",
        subcommands = {HookInstallCommand.class})
final class HookCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: install");
    }
}
