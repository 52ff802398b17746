package dev.podlint.rule;

import dev.podlint.source.LongTextMemo;
import java.math.MathContext;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlArithmetic;

/**
 * JEXL arithmetic whose regular-expression match ({@code value =~ 'regex'}) gives up after a fixed
 * number of steps, so a catastrophic pattern on a long value cannot hang a run.
 */
final class BoundedArithmetic extends JexlArithmetic {

    static final int REGEX_STEP_BUDGET = 1_000_000;

    BoundedArithmetic() {
        super(false);
    }

    private BoundedArithmetic(boolean strict, MathContext context, int scale) {
        super(strict, context, scale);
    }

    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext context, int scale) {
        return new BoundedArithmetic(strict, context, scale);
    }

    @Override
    public Boolean contains(Object container, Object value) {
        if (value instanceof CharSequence text && (container instanceof String || container instanceof Pattern)) {
            Pattern pattern = container instanceof Pattern p ? p : compiled((String) container);
            try {
                // an aliased value is matched once per pattern, however many nodes share it
                return text instanceof String s ? MATCHES.get(s, pattern, t -> matches(pattern, t)) : matches(pattern, text);
            } catch (BudgetExceeded e) {
                // JEXL turns exceptions inside operators into a plain false; keep the failure for the caller
                FAILURE.set(e.getMessage() + " matching '" + pattern.pattern() + "'");
                throw e;
            }
        }
        return super.contains(container, value);
    }

    private static final LongTextMemo<Boolean> MATCHES = new LongTextMemo<>();

    private static boolean matches(Pattern pattern, CharSequence text) {
        return pattern.matcher(new BudgetedText(text, REGEX_STEP_BUDGET)).matches();
    }

    private static final ThreadLocal<String> FAILURE = new ThreadLocal<>();

    /** The budget failure of the last evaluation on this thread (and clears it), or null. */
    static String takeFailure() {
        String failure = FAILURE.get();
        if (failure != null) {
            FAILURE.remove();
        }
        return failure;
    }

    private static final int PATTERN_CACHE_SIZE = 256;
    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern compiled(String regex) {
        Pattern pattern = PATTERNS.get(regex);
        if (pattern == null) {
            pattern = Pattern.compile(regex);
            if (PATTERNS.size() < PATTERN_CACHE_SIZE) {
                PATTERNS.put(regex, pattern);
            }
        }
        return pattern;
    }

    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded(String message) {
            super(message, null, false, false);
        }
    }

    /** A CharSequence that throws once read more often than its budget allows. */
    private static final class BudgetedText implements CharSequence {
        private final CharSequence text;
        private final int[] remaining;

        BudgetedText(CharSequence text, int budget) {
            this(text, new int[] {budget});
        }

        private BudgetedText(CharSequence text, int[] remaining) {
            this.text = text;
            this.remaining = remaining;
        }

        @Override
        public char charAt(int index) {
            if (--remaining[0] < 0) {
                throw new BudgetExceeded("regular expression exceeded its step budget ("
                        + REGEX_STEP_BUDGET + " character reads)");
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BudgetedText(text.subSequence(start, end), remaining);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
