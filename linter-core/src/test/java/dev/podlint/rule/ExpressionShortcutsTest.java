package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionShortcutsTest {

    @Test
    void oneParsePerTextSharedByEveryRuleThatWritesIt() {
        Object parsed = ExpressionShortcuts.of("container.image != null");
        assertThat(parsed).isNotNull();
        assertThat(ExpressionShortcuts.of("container.image != null")).isSameAs(parsed);
    }

    @Test
    void aTextOnlyJexlReadsHasNoShortcut() {
        assertThat(ExpressionShortcuts.of("[1, 2, 3].stream().count() > 1")).isNull();
        assertThat(ExpressionShortcuts.of("[1, 2, 3].stream().count() > 1")).isNull();
    }
}
