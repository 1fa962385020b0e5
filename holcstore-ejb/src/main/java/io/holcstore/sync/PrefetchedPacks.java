package io.holcstore.sync;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A walk run one pack ahead on an executor's thread: the next pack downloads while the puller imports the current
 * one, so the source and the local database work at once instead of taking turns. At most two packs are held (the
 * one importing and the one ready); the source is called from the executor's thread only. A failure of the walk
 * reaches the puller when it asks for the pack that failed, after every pack before it.
 *
 * <p>Every wait is bounded by {@code maxWait}: the puller waits that long at most for the next pack (a source that
 * hangs, or an executor that never runs the walk, fails the pull instead of holding it forever), and closing waits
 * that long at most for the walk's thread to leave the source; a thread still in the source then is left to finish
 * its call alone (logged): it hands nothing over once the feed is closed.
 */
final class PrefetchedPacks implements PackFeed {
    private static final Logger LOG = Logger.getLogger(PrefetchedPacks.class.getName());
    private static final Object END = new Object();
    private static final long HANDOVER_POLL_MILLIS = 100;

    private final SynchronousQueue<Object> ready = new SynchronousQueue<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final String name;
    private final Duration maxWait;
    private volatile boolean closed;

    /**
     * Starts {@code walk} on {@code executor}.
     *
     * @param name    what errors call the pull
     * @param maxWait the longest the puller waits for a pack, and for the walk's thread when it closes the feed
     */
    PrefetchedPacks(String name, PackFeed walk, Executor executor, Duration maxWait) {
        this.name = name;
        this.maxWait = maxWait;
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

    /**
     * The next pack, or null at the end of the walk.
     *
     * @throws ChunkSourceException if no pack comes within {@code maxWait}, or the wait is interrupted; the walk's
     *                              own failure as it failed
     */
    @Override
    public FetchedPack next() {
        Object item;
        try {
            item = ready.poll(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChunkSourceException("pull " + name + " interrupted while waiting for the next pack", e);
        }
        if (item == null) {
            throw new ChunkSourceException("pull " + name + ": no pack from the source within " + maxWait
                    + " (the source hangs, or the executor did not run the walk)");
        }
        if (item instanceof RuntimeException failure) {
            throw failure;
        }
        if (item instanceof Error failure) {
            throw failure;
        }
        return item == END ? null : (FetchedPack) item;
    }

    /**
     * Stops the walk and waits, {@code maxWait} at most, for its thread to leave the source (it finishes the call it
     * is in).
     */
    @Override
    public void close() {
        closed = true;
        try {
            if (!finished.await(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                LOG.log(Level.WARNING, "pull {0}: the walk''s thread is still in a call to the source after {1}; it is"
                        + " left to finish that call alone", new Object[] {name, maxWait});
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
