package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Only the invoked subcommand is registered: the names it is found by are the commands' own. */
class SubcommandsTest {

    @Test
    void eachNameIsItsCommandsName() {
        PrintWriter out = new PrintWriter(new StringWriter());
        PodlintCommand.Streams streams =
                new PodlintCommand.Streams(InputStream.nullInputStream(), System.out, out, out);

        Map<String, CommandLine> registered =
                PodlintCommand.commandLine(new String[0], streams).getSubcommands();

        assertThat(registered.keySet()).containsExactlyElementsOf(PodlintCommand.SUBCOMMANDS.keySet());
        registered.forEach(
                (name, command) -> assertThat(command.getCommandName()).as(name).isEqualTo(name));
    }

    @Test
    void theNamedSubcommandAloneIsRegistered() {
        assertThat(PodlintCommand.subcommandsFor(new String[] {"--debug", "lint", "merge"}))
                .containsExactly(LintCommand.class);
        assertThat(PodlintCommand.subcommandsFor(new String[] {"rules", "--help"}))
                .containsExactly(RulesCommand.class);
    }

    @Test
    void helpMistakesAndNoCommandRegisterAll() {
        int all = PodlintCommand.SUBCOMMANDS.size();
        assertThat(PodlintCommand.subcommandsFor(new String[] {"help", "lint"})).hasSize(all);
        assertThat(PodlintCommand.subcommandsFor(new String[] {"lnit"})).hasSize(all);
        assertThat(PodlintCommand.subcommandsFor(new String[] {"--version"})).hasSize(all);
        assertThat(PodlintCommand.subcommandsFor(new String[] {})).hasSize(all);
    }
}
