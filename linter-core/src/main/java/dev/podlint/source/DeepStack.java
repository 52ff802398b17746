package dev.podlint.source;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work on threads with a stack of a fixed size, whatever the JVM's {@code -Xss} or the thread
 * that calls: the loader accepts documents nested up to {@link YamlLimits} levels deep, and every stage
 * that walks a tree (composing, converting, schema validation, API-size bounds, the YAML writer)
 * recurses once a level. 1000 levels need about 0.4 MiB (the deepest documents fail at -Xss320k and
 * pass at -Xss512k), and validating an object 995 levels deep under a recursive CRD schema takes 1 to 4
 * MiB; {@link #STACK_BYTES} leaves a wide margin. The CLI, the Maven plugin and the
 * tests all run lints this way, so all three have the same stack.
 */
public final class DeepStack {

    /** The stack of every thread that lints. Reserved, not committed: only what is used costs memory. */
    public static final long STACK_BYTES = 16L << 20;

    private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private DeepStack() {}

    /** Work that may throw {@code E}. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code work} on a thread with a stack of {@link #STACK_BYTES} and returns its result, or throws
     * what it threw; on such a thread already, runs it there.
     */
    public static <T, E extends Exception> T call(Work<T, E> work) throws E {
        if (INSIDE.get()) {
            return work.run();
        }
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = threads("podlint").newThread(() -> {
            try {
                result[0] = work.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the work has no way to stop early: wait for it, then pass the interrupt on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            throw DeepStack.<E>rethrow(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Threads with a stack of {@link #STACK_BYTES}, named {@code prefix-N}, for pools of lint workers. */
    public static ThreadFactory threads(String prefix) {
        return task -> {
            Thread thread = new Thread(
                    null,
                    () -> {
                        INSIDE.set(true);
                        task.run();
                    },
                    prefix + "-" + THREADS.incrementAndGet(),
                    STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Throws {@code t} as it is: an unchecked exception, an error, or the work's own checked {@code E}. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> RuntimeException rethrow(Throwable t) throws E {
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error error) {
            throw error;
        }
        throw (E) t;
    }
}
