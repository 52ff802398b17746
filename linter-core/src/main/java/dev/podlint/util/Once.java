package dev.podlint.util;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value computed on first use, once, by whichever thread asks first (the others wait and share
 * it): a rule's compilation, a JEXL script, a template's parts, the built-in rule files. A computation
 * that throws is not kept: the next caller tries again (and gets the error itself).
 */
public final class Once<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private volatile @Nullable T value;

    public Once(Supplier<T> compute) {
        this.compute = compute;
    }

    /** A value there already. */
    public static <T> Once<T> of(T value) {
        Once<T> once = new Once<>(() -> value);
        once.value = value;
        return once;
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = compute.get();
                    value = result;
                }
            }
        }
        return result;
    }
}
