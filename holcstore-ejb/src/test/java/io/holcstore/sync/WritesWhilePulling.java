package io.holcstore.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writers and pull loops run side by side, each on a thread of its own: every loop pulls over and over until all the
 * writers have finished, so that pulls meet writes in flight. Not thread-safe: the test's thread drives it. Close it
 * after the test: it stops whatever still runs, a failed writer's loops included.
 */
final class WritesWhilePulling implements AutoCloseable {
    /** What the run did: the writers' writes, and the rounds of each pull loop in the order the loops were started. */
    record Rounds(int writes, List<Integer> pulls) {
        int totalPulls() {
            return pulls.stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final long WAIT_SECONDS = 120;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final List<Future<Integer>> writers = new ArrayList<>();
    private final List<Future<Integer>> loops = new ArrayList<>();

    /** Starts {@code writer}, which answers how many writes it made. */
    void write(Callable<Integer> writer) {
        writers.add(threads.submit(writer));
    }

    /** Starts a loop of {@code pull}, which runs until the writers are done. */
    void pullInLoop(Runnable pull) {
        loops.add(threads.submit(() -> {
            int pulls = 0;
            while (writing.get()) {
                pull.run();
                pulls++;
            }
            return pulls;
        }));
    }

    /**
     * Waits for every writer (a failed write fails the test here), then stops the loops and waits for their last
     * round (a failed pull fails the test here).
     */
    Rounds finish() throws Exception {
        int writes = 0;
        try {
            for (Future<Integer> writer : writers) {
                writes += writer.get(WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } finally {
            writing.set(false);
        }
        List<Integer> pulls = new ArrayList<>();
        for (Future<Integer> loop : loops) {
            pulls.add(loop.get(WAIT_SECONDS, TimeUnit.SECONDS));
        }
        return new Rounds(writes, pulls);
    }

    @Override
    public void close() throws InterruptedException {
        writing.set(false);
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS), "the writers and the pull loops stop");
    }
}
