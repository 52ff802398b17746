package dev.podlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rule message that quotes a huge value keeps its start and its end, and stays short. */
class BoundedMessageTest {

    @Test
    void aShortMessageIsKeptWhole() {
        String message = "x".repeat(RuleCheck.MAX_MESSAGE_LENGTH);
        assertThat(RuleCheck.bounded(message)).isSameAs(message);
    }

    @Test
    void aLongMessageKeepsItsStartAndEnd() {
        String message = "volume name '" + "v".repeat(1 << 20) + "' is not a DNS-1123 label: use at most 63 characters";
        String bounded = RuleCheck.bounded(message);
        assertThat(bounded)
                .startsWith("volume name 'vvv")
                .endsWith("vvv' is not a DNS-1123 label: use at most 63 characters")
                .contains("characters left out")
                .hasSizeLessThan(RuleCheck.MAX_MESSAGE_LENGTH + 100);
        int left = Integer.parseInt(bounded.replaceAll("(?s).*\\((\\d+) characters left out\\).*", "$1"));
        assertThat(bounded.length() - left).isLessThan(RuleCheck.MAX_MESSAGE_LENGTH + 100);
    }

    @Test
    void noSurrogatePairIsCut() {
        String message = "\uD83D\uDE00".repeat(5000);
        String bounded = RuleCheck.bounded(message);
        String[] parts = bounded.split(" \\.\\.\\. ");
        assertThat(parts[0].codePoints().allMatch(c -> c == 0x1F600)).isTrue();
        assertThat(parts[2].codePoints().allMatch(c -> c == 0x1F600)).isTrue();
    }
}
