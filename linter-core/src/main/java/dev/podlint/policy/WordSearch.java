package dev.podlint.policy;

import java.util.Arrays;

/**
 * Whether a text holds a fixed ASCII word, by Boyer-Moore-Horspool: it reads about one character in
 * the word's length, where {@code String.contains} reads them all. Every file's text is searched
 * for {@code podlint-ignore}, which almost none holds.
 */
final class WordSearch {

    private final String word;
    /** How far the window moves when its last character is this one (ASCII; others move it the whole word). */
    private final int[] shifts = new int[128];

    WordSearch(String word) {
        this.word = word;
        int m = word.length();
        Arrays.fill(shifts, m);
        for (int j = 0; j < m - 1; j++) {
            shifts[word.charAt(j)] = m - 1 - j;
        }
    }

    boolean in(String text) {
        int m = word.length();
        char last = word.charAt(m - 1);
        for (int end = m - 1, n = text.length(); end < n; ) {
            char c = text.charAt(end);
            if (c == last && text.startsWith(word, end - m + 1)) {
                return true;
            }
            end += c < 128 ? shifts[c] : m;
        }
        return false;
    }
}
