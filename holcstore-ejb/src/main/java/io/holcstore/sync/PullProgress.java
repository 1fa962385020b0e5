package io.holcstore.sync;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts what a pull does and logs it at INFO: a progress line at most once per interval (a pull of a whole store
 * walks thousands of pages, and a line per page would drown the server log), and one summary line at the end.
 * Not thread-safe: one per pull.
 */
final class PullProgress {
    private static final Logger LOG = Logger.getLogger(ChunkPuller.class.getName());

    private final String pull;
    private final long intervalNanos;
    private final long startNanos = System.nanoTime();
    private long lastLogNanos = startNanos;
    private long fetched;
    private long deleted;
    private long deferred;
    private long pages;
    private long bytes;

    /**
     * @param pull     what the lines call this pull (store, source, filter)
     * @param interval the least time between two progress lines; zero logs one per page
     */
    PullProgress(String pull, Duration interval) {
        this.pull = pull;
        this.intervalNanos = interval.toNanos();
    }

    /** A pack received ({@code bytes} of blobs) and imported: {@code live} chunks and {@code tombstones}. */
    void packImported(int live, int tombstones, int leftForLater, long blobBytes) {
        fetched += live;
        deleted += tombstones;
        deferred += leftForLater;
        bytes += blobBytes;
    }

    /** A page done: logs a progress line if the interval has passed since the last one. */
    void pageDone() {
        pages++;
        long now = System.nanoTime();
        if (now - lastLogNanos >= intervalNanos) {
            lastLogNanos = now;
            LOG.log(Level.INFO, "{0}: {1}", new Object[] {pull, counts(now)});
        }
    }

    /** Logs the summary line and returns the counts. */
    PullResult finish() {
        long now = System.nanoTime();
        LOG.log(Level.INFO, "{0} done: {1}", new Object[] {pull, counts(now)});
        return new PullResult(fetched, deleted, pages, bytes, Duration.ofNanos(now - startNanos));
    }

    private String counts(long now) {
        double seconds = Math.max(now - startNanos, 1) / 1e9;
        return String.format("%d pages, %d chunks fetched, %d tombstones, %d left for a later listing, %.1f MB in %.1f s"
                        + " (%.0f chunks/s, %.2f MB/s)",
                pages, fetched, deleted, deferred, bytes / 1e6, seconds, (fetched + deleted) / seconds, bytes / 1e6 / seconds);
    }
}
