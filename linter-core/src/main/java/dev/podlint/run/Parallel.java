package dev.podlint.run;

import dev.podlint.source.DeepStack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs tasks {@code 0..count-1} on at most one thread a core, each with the stack of {@link DeepStack},
 * rethrowing what a task throws.
 */
final class Parallel {

    private Parallel() {}

    static void run(int count, IntConsumer task) {
        if (count <= 1) {
            DeepStack.call(() -> {
                IntStream.range(0, count).forEach(task);
                return true; // Work has a result; this one has none to give
            });
            return;
        }
        int threads = Math.min(count, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, DeepStack.threads("podlint-worker"));
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
            next.set(count); // the other workers take no further task
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
