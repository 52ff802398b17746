package dev.podlint.rule;

import dev.podlint.source.BoundedRegex;
import dev.podlint.source.LongTextMemo;
import java.math.MathContext;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlArithmetic;
import org.jspecify.annotations.Nullable;

/**
 * JEXL arithmetic whose operations are bounded: a regular-expression match ({@code value =~ 'regex'})
 * runs in linear time under a step budget ({@link BoundedRegex}) and only against a string, number or
 * boolean, and a range ({@code a..b}) has at most {@link #MAX_RANGE} elements.
 */
final class BoundedArithmetic extends JexlArithmetic {

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

    /** Most elements a range ({@code 1..n}) may have. */
    static final long MAX_RANGE = 100_000;

    @Override
    public Iterable<?> createRange(Object from, Object to) {
        long low = toLong(from);
        long high = toLong(to);
        if (Math.abs((double) high - (double) low) >= MAX_RANGE) {
            throw new IllegalStateException("range " + low + ".." + high + " has more than " + MAX_RANGE + " elements");
        }
        return super.createRange(from, to);
    }

    @Override
    public Boolean contains(Object container, Object value) {
        if (container instanceof String || container instanceof Pattern) {
            String regex = container instanceof Pattern p ? p.pattern() : (String) container;
            CharSequence text = subject(value);
            if (text == null) {
                return super.contains(container, value);
            }
            BoundedRegex pattern = compiled(regex);
            try {
                // an aliased value is matched once per pattern, however many nodes share it
                return text instanceof String s
                        ? MATCHES.get(s, pattern, t -> pattern.matches(t))
                        : pattern.matches(text);
            } catch (BoundedRegex.BudgetExceeded e) {
                // JEXL turns exceptions inside operators into a plain false; keep the failure for the caller
                FAILURE.set(e.getMessage());
                throw e;
            }
        }
        return super.contains(container, value);
    }

    /**
     * What a regular expression is matched against: a string, or the short text of a number or
     * boolean; null for null. A map or list is refused: its string form would be the whole subtree.
     */
    private static @Nullable CharSequence subject(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence text) {
            return text;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            return value.toString();
        }
        String failure = "a regular expression (=~) is matched against a string, not a "
                + (value instanceof java.util.Map
                        ? "map"
                        : value instanceof Iterable ? "list" : "value of another type");
        FAILURE.set(failure);
        throw new IllegalStateException(failure);
    }

    private static final LongTextMemo<Boolean> MATCHES = new LongTextMemo<>();

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
    private static final java.util.Map<String, BoundedRegex> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static BoundedRegex compiled(String regex) {
        BoundedRegex pattern = PATTERNS.get(regex);
        if (pattern == null) {
            try {
                pattern = BoundedRegex.compile(regex);
            } catch (IllegalArgumentException e) {
                String failure = e.getMessage() + ": '" + regex + "'";
                FAILURE.set(failure);
                throw new IllegalStateException(failure);
            }
            if (PATTERNS.size() < PATTERN_CACHE_SIZE) {
                PATTERNS.put(regex, pattern);
            }
        }
        return pattern;
    }
}
