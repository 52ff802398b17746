package dev.podlint.source;

import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The last results of a function of long strings, per string instance. YAML aliases make many
 * nodes share one scalar, so a rule may ask about the same (possibly megabytes long) string
 * thousands of times in a document: with this, each distinct string costs its length once.
 *
 * <p>Short strings are computed every time (cheaper than looking them up). Each thread has its own
 * few slots (files are linted in parallel), and a slot holds its string weakly, so the memo keeps no
 * document alive.
 */
public final class LongTextMemo<R> {

    public static final int MIN_LENGTH = 1024;
    private static final int SLOTS = 16;

    private final ThreadLocal<Slot<R>[]> slots;

    @SuppressWarnings("unchecked")
    public LongTextMemo() {
        this.slots = ThreadLocal.withInitial(() -> (Slot<R>[]) new Slot<?>[SLOTS]);
    }

    public R get(String text, Function<String, R> compute) {
        return get(text, null, compute);
    }

    /** The result for {@code text} and {@code variant} (a small value the result also depends on). */
    @SuppressWarnings(
            "ReferenceEquality") // a hit is the same string object: comparing contents would cost what the memo saves
    public R get(String text, @Nullable Object variant, Function<String, R> compute) {
        if (text.length() < MIN_LENGTH) {
            return compute.apply(text);
        }
        Slot<R>[] own = slots.get();
        int i = (System.identityHashCode(text) * 31 + Objects.hashCode(variant)) & (SLOTS - 1);
        Slot<R> slot = own[i];
        if (slot != null && slot.get() == text && Objects.equals(slot.variant, variant)) {
            return slot.result;
        }
        R result = compute.apply(text);
        own[i] = new Slot<>(text, variant, result);
        return result;
    }

    private static final class Slot<R> extends WeakReference<String> {
        final @Nullable Object variant;
        final R result;

        Slot(String text, @Nullable Object variant, R result) {
            super(text);
            this.variant = variant;
            this.result = result;
        }
    }
}
