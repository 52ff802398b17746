package dev.podlint.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnceTest {

    @Test
    void threadsAskingAtOnceShareOneComputation() throws Exception {
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch computing = new CountDownLatch(1);
        Once<Object> once = new Once<>(() -> {
            computations.incrementAndGet();
            computing.countDown();
            sleep(50); // the other threads ask while this one computes
            return new Object();
        });
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> answers = new ArrayList<>();
            answers.add(threads.submit(once::get));
            computing.await(5, TimeUnit.SECONDS);
            for (int i = 0; i < 3; i++) {
                answers.add(threads.submit(once::get));
            }
            Object first = answers.get(0).get(5, TimeUnit.SECONDS);
            for (Future<Object> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(computations).hasValue(1);
    }

    @Test
    void aFailedComputationIsNotKeptTheNextCallerTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        Once<String> once = new Once<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("resource missing");
            }
            return "read";
        });
        assertThatThrownBy(once::get).hasMessage("resource missing");
        assertThat(once.get()).isEqualTo("read");
        assertThat(once.get()).isEqualTo("read");
        assertThat(calls).hasValue(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
