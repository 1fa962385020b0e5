package io.holcstore.it.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.SeriesKey;
import io.holcstore.sync.ChunkSource;
import io.holcstore.sync.UpdatesPage;

/**
 * A source whose first pack, once received, is held until the test releases it: a slow pull holding copies that
 * the server rewrites meanwhile, so that it imports them after a faster pull imported the newer ones.
 */
final class HeldPackSource implements ChunkSource {
    private final ChunkSource source;
    private final Duration patience;
    private final CountDownLatch received = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    HeldPackSource(ChunkSource source, Duration patience) {
        this.source = source;
        this.patience = patience;
    }

    /** Waits until the first pack has been received (and is held). */
    void awaitHeld() throws InterruptedException {
        if (!received.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the held pull received no pack within " + patience);
        }
    }

    /** Lets the pull import what it holds. */
    void release() {
        released.countDown();
    }

    @Override
    public String upstream() {
        return source.upstream();
    }

    @Override
    public UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken) {
        return source.updates(since, filter, pageSize, pageToken);
    }

    @Override
    public List<ChunkTransfer> pack(List<ChunkRef> refs) {
        List<ChunkTransfer> pack = source.pack(refs);
        if (received.getCount() > 0) {
            received.countDown();
            try {
                if (!released.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("the held pack was not released within " + patience);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return pack;
    }

    @Override
    public String toString() {
        return source + " (first pack held)";
    }
}
