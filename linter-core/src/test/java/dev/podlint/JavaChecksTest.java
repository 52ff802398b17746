package dev.podlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleFileException;
import dev.podlint.check.DocumentCheck;
import dev.podlint.config.LintOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaChecksTest {

    @TempDir
    Path dir;

    private Path rule(String check) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("cross.yaml"), """
                id: cross
                severity: warning
                category: test
                summary: a rule written in Java
                check: %s
                """.formatted(check));
        return rules;
    }

    @Test
    void aRuleFileNamesARegisteredJavaCheckWhichIsBuiltOncePerRunWhenEnabled() throws IOException {
        DocumentCheck marker = (document, sink) -> { };
        JavaChecks.register("test-marker", (rule, options, documentChecks, inventoryChecks) -> documentChecks.add(marker));
        Path rules = rule("java:test-marker");
        LintOptions options = LintOptions.builder().workingDirectory(dir).ruleDirectory(rules).build();
        RuleCatalog catalog = RuleCatalog.load(options.ruleDirectories());
        assertThat(DefaultChecks.build(options, catalog).documentChecks()).contains(marker);
        LintOptions disabled = options.toBuilder().disable("cross").build();
        assertThat(DefaultChecks.build(disabled, catalog).documentChecks()).doesNotContain(marker);
    }

    @Test
    void anUnknownJavaCheckInAUserRuleIsAnErrorNamingFileLineAndField() throws IOException {
        Path rules = rule("java:no-such-check");
        LintOptions options = LintOptions.builder().workingDirectory(dir).ruleDirectory(rules).build();
        RuleCatalog catalog = RuleCatalog.load(options.ruleDirectories());
        assertThatThrownBy(() -> DefaultChecks.build(options, catalog)).isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith(rules.resolve("cross.yaml") + ":5: field 'check': no Java check named 'no-such-check'");
    }
}
