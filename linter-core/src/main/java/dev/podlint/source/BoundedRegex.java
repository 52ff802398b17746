package dev.podlint.source;

import com.google.re2j.PatternSyntaxException;

/**
 * A regular expression whose match takes time linear in the text, for patterns that come from
 * outside (CRD {@code pattern}s, rule expressions). It uses RE2's syntax and automaton, the ones Go's
 * {@code regexp} package (and so the API server) uses: no backtracking, so no pattern, whether it
 * nests repetitions or repeats empty groups, can take exponential time. Two more bounds: a pattern
 * whose compiled program would be too large (nested counted repetitions) is refused, and a match
 * gives up after a step budget (reads of the text) proportional to the text's length.
 */
public final class BoundedRegex {

    /** Largest program, in instructions as estimated by {@link #estimatedSize}. */
    static final int MAX_SIZE = 20_000;

    private static final int MAX_NESTING = 500;
    /** Steps (reads of the text) a match may take, plus {@link #STEPS_PER_CHARACTER} per character. */
    static final long BASE_STEPS = 1_000_000;

    static final long STEPS_PER_CHARACTER = 64;

    private final String source;
    private final com.google.re2j.Pattern pattern;

    private BoundedRegex(String source, com.google.re2j.Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    /** Thrown when a match exceeds its step budget. */
    public static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The pattern compiled.
     *
     * @throws IllegalArgumentException when it is not valid RE2 syntax or too large
     */
    public static BoundedRegex compile(String regex) {
        int size = estimatedSize(regex);
        if (size > MAX_SIZE) {
            throw new IllegalArgumentException("regular expression too large (about " + size
                    + " instructions once its repetitions are expanded; at most " + MAX_SIZE + ")");
        }
        try {
            return new BoundedRegex(regex, com.google.re2j.Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression: " + e.getDescription(), e);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("regular expression too deeply nested");
        }
    }

    public String pattern() {
        return source;
    }

    /** Whether the whole text matches. */
    public boolean matches(CharSequence text) {
        return pattern.matcher(budgeted(text)).matches();
    }

    /** Whether some part of the text matches (JSON Schema's {@code pattern}). */
    public boolean find(CharSequence text) {
        return pattern.matcher(budgeted(text)).find();
    }

    private BudgetedText budgeted(CharSequence text) {
        return new BudgetedText(text, new long[] {BASE_STEPS + STEPS_PER_CHARACTER * text.length()}, source);
    }

    /**
     * An upper estimate of the size of the compiled program: each atom counts 1, a group the sum of
     * its contents, a counted repetition {@code {n,m}} multiplies what it repeats by its largest count.
     * Linear in the pattern's length; above {@link #MAX_SIZE} or {@link #MAX_NESTING} it stops counting.
     */
    static int estimatedSize(String regex) {
        long[] totals = new long[MAX_NESTING + 2];
        long[] lastAtom = new long[MAX_NESTING + 2];
        int depth = 0;
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            long atom = -1;
            switch (c) {
                case '\\' -> {
                    if (i + 1 < n && regex.charAt(i + 1) == 'Q') {
                        int close = regex.indexOf("\\E", i + 2);
                        int end = close < 0 ? n : close + 2;
                        atom = Math.max(1, end - i);
                        i = end;
                    } else {
                        i = endOfEscape(regex, i);
                        atom = 1;
                    }
                }
                case '[' -> {
                    i = endOfClass(regex, i);
                    atom = 1;
                }
                case '(' -> {
                    if (++depth > MAX_NESTING) {
                        return Integer.MAX_VALUE;
                    }
                    totals[depth] = 0;
                    lastAtom[depth] = 0;
                    i++;
                }
                case ')' -> {
                    if (depth > 0) {
                        atom = totals[depth] + 1;
                        depth--;
                    }
                    i++;
                }
                case '{' -> {
                    int close = regex.indexOf('}', i);
                    long count = close < 0 ? -1 : largestCount(regex.substring(i + 1, close));
                    if (count < 0) {
                        atom = 1; // a literal brace
                        i++;
                    } else {
                        long repeated = lastAtom[depth] * Math.max(count, 1);
                        totals[depth] += repeated - lastAtom[depth];
                        lastAtom[depth] = repeated;
                        i = close + 1;
                    }
                }
                case '*', '+', '?', '|' -> {
                    totals[depth]++;
                    i++;
                }
                default -> {
                    atom = 1;
                    i++;
                }
            }
            if (atom >= 0) {
                totals[depth] += atom;
                lastAtom[depth] = atom;
            }
            if (totals[depth] > MAX_SIZE) {
                return Integer.MAX_VALUE;
            }
        }
        long total = 0;
        for (int d = 0; d <= depth; d++) {
            total += totals[d];
        }
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    /** The largest count of {@code n}, {@code n,} or {@code n,m}; -1 when it is no repetition. */
    private static long largestCount(String inside) {
        if (!inside.matches("\\d{1,6}(,\\d{0,6})?")) {
            return -1;
        }
        long largest = 0;
        for (String part : inside.split(",", -1)) {
            if (!part.isEmpty()) {
                largest = Math.max(largest, Long.parseLong(part));
            }
        }
        return largest;
    }

    private static int endOfEscape(String regex, int at) {
        if (at + 1 >= regex.length()) {
            return regex.length();
        }
        char kind = regex.charAt(at + 1);
        int next = at + 2;
        if ((kind == 'p' || kind == 'P' || kind == 'x') && next < regex.length() && regex.charAt(next) == '{') {
            int close = regex.indexOf('}', next);
            return close < 0 ? regex.length() : close + 1;
        }
        return next;
    }

    private static int endOfClass(String regex, int at) {
        int i = at + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++; // a leading ']' is a literal
        }
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[' && i + 1 < regex.length() && regex.charAt(i + 1) == ':') {
                int close = regex.indexOf(":]", i + 2);
                i = close < 0 ? i + 1 : close + 2;
            } else if (c == ']') {
                return i + 1;
            } else {
                i++;
            }
        }
        return regex.length();
    }

    /** A CharSequence that throws once read more often than its budget allows. */
    private static final class BudgetedText implements CharSequence {
        private final CharSequence text;
        private final long[] remaining;
        private final String pattern;

        BudgetedText(CharSequence text, long[] remaining, String pattern) {
            this.text = text;
            this.remaining = remaining;
            this.pattern = pattern;
        }

        @Override
        public char charAt(int index) {
            if (--remaining[0] < 0) {
                throw new BudgetExceeded("regular expression exceeded its step budget matching '" + pattern + "'");
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BudgetedText(text.subSequence(start, end), remaining, pattern);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
