package dev.podlint.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs tasks {@code 0..count-1} on at most one thread a core, rethrowing what a task throws. The
 * threads have a large stack, so that a document nested as deep as the loader allows (1000 levels)
 * gets through the recursive checks and validators on any platform default.
 */
final class Parallel {

    /**
     * Reserved, not committed: the pages a thread never touches cost nothing. Validating an object 995
     * levels deep under a recursive schema takes between 1 and 4 MiB; this leaves a wide margin.
     */
    static final long STACK_BYTES = 64L << 20;

    private Parallel() {
    }

    static void run(int count, IntConsumer task) {
        if (count == 0) {
            return;
        }
        int threads = Math.min(count, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                r -> {
                    Thread thread = new Thread(null, r, "podlint-worker", STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        task.accept(i);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
