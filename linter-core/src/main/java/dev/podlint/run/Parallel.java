package dev.podlint.run;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Runs tasks {@code 0..count-1} on a pool of at most one thread a core, rethrowing what a task throws. */
final class Parallel {

    private Parallel() {
    }

    static void run(int count, IntConsumer task) {
        if (count <= 1) {
            IntStream.range(0, count).forEach(task);
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(Math.min(count, Runtime.getRuntime().availableProcessors()));
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(task)).get();
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
            pool.shutdown();
        }
    }
}
