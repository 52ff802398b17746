package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** Only the invoked subcommand is registered: the names it is found by are the commands' own. */
class SubcommandsTest {

    @Test
    void eachNameIsItsCommandsName() {
        for (Map.Entry<String, Class<?>> entry : PodlintCommand.SUBCOMMANDS.entrySet()) {
            assertThat(entry.getValue().getAnnotation(Command.class).name())
                    .as(entry.getValue().getName())
                    .isEqualTo(entry.getKey());
        }
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
