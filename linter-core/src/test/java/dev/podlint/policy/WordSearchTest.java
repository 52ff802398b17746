package dev.podlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The word search finds the word exactly where {@code String.contains} does. */
class WordSearchTest {

    private static final WordSearch SEARCH = new WordSearch(IgnoreComments.KEYWORD);

    /** Texts made of the word's own letters (and a few others), so near misses and overlaps abound. */
    @Property(tries = 2000)
    void findsTheWordWhereContainsDoes(
            @ForAll @CharRange(from = 'a', to = 'z') @CharRange(from = '-', to = '-') @StringLength(max = 60)
                    String noise,
            @ForAll boolean withWord,
            @ForAll @CharRange(from = 0, to = 20) char cut) {
        String word = IgnoreComments.KEYWORD;
        int at = Math.min(cut, noise.length());
        String text = withWord
                ? noise.substring(0, at) + word + noise.substring(at)
                : noise.substring(0, at) + word.substring(0, Math.min(word.length() - 1, cut)) + noise.substring(at);
        assertThat(SEARCH.in(text)).as(text).isEqualTo(text.contains(word));
    }

    @Test
    void findsTheWordAtEitherEndAndAfterNonAscii() {
        assertThat(SEARCH.in("podlint-ignore")).isTrue();
        assertThat(SEARCH.in("# é ü — podlint-ignore rule")).isTrue();
        assertThat(SEARCH.in("a: b # podlint-ignor")).isFalse();
        assertThat(SEARCH.in("podlint-ignorepodlint-ignor")).isTrue();
        assertThat(SEARCH.in("")).isFalse();
    }
}
