package io.holcstore.sync;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * A walk run one pack ahead on an executor's thread: the next pack downloads while the puller imports the current
 * one, so the source and the local database work at once instead of taking turns. At most two packs are held (the
 * one importing and the one ready); the source is called from the executor's thread only. A failure of the walk
 * reaches the puller when it asks for the pack that failed, after every pack before it.
 */
final class PrefetchedPacks implements PackFeed {
    private static final Object END = new Object();
    private static final long HANDOVER_POLL_MILLIS = 100;

    private final SynchronousQueue<Object> ready = new SynchronousQueue<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean closed;

    PrefetchedPacks(PackFeed walk, Executor executor) {
        executor.execute(() -> {
            try (walk) {
                for (FetchedPack pack = walk.next(); handOver(pack == null ? END : pack) && pack != null; pack = walk.next()) {
                    // handed over; fetch the next while it imports
                }
            } catch (RuntimeException | Error e) {
                handOver(e);
            } finally {
                finished.countDown();
            }
        });
    }

    /** Waits until the puller takes {@code item}; false if it closed the feed first. */
    private boolean handOver(Object item) {
        try {
            while (!closed) {
                if (ready.offer(item, HANDOVER_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public FetchedPack next() {
        Object item;
        try {
            item = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChunkSourceException("pull interrupted while waiting for the next pack", e);
        }
        if (item instanceof RuntimeException failure) {
            throw failure;
        }
        if (item instanceof Error failure) {
            throw failure;
        }
        return item == END ? null : (FetchedPack) item;
    }

    /** Stops the walk and waits for its thread to leave the source (it finishes the call it is in). */
    @Override
    public void close() {
        closed = true;
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
