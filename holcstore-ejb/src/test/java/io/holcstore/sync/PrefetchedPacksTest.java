package io.holcstore.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every wait of a prefetching feed is bounded: a source that hangs or an executor that does not run the walk fails
 * the pull after the feed's wait, and closing does not wait on a thread stuck in the source for longer. The stuck
 * parts here are released after ten seconds at most, so that a feed waiting without bound ends too (and fails).
 */
class PrefetchedPacksTest {
    private static final Duration WAIT = Duration.ofMillis(200);
    private static final FetchedPack PACK = new FetchedPack(List.of(), List.of(), true);

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void releaseEverything() throws InterruptedException {
        release.countDown();
        threads.shutdown();
        assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void handsOverThePacksThenTheEnd() {
        PackFeed walk = feed(PACK, null);
        try (PrefetchedPacks packs = new PrefetchedPacks("test", walk, threads, WAIT)) {
            assertSame(PACK, packs.next());
            assertNull(packs.next());
        }
    }

    @Test
    void aSourceThatHangsFailsThePullAfterTheWait() {
        AtomicBoolean walkReturned = new AtomicBoolean();
        PackFeed hanging = new PackFeed() {
            @Override
            public FetchedPack next() {
                awaitRelease();
                walkReturned.set(true);
                return null;
            }

            @Override
            public void close() {
            }
        };
        PrefetchedPacks packs = new PrefetchedPacks("test", hanging, threads, WAIT);

        ChunkSourceException e = assertThrows(ChunkSourceException.class, packs::next);
        packs.close();

        assertEquals("pull test: no pack from the source within PT0.2S (the source hangs, or the executor did not run"
                + " the walk)", e.getMessage());
        assertFalse(walkReturned.get(), "neither the wait nor the close waited for the source to return");
    }

    @Test
    void anExecutorThatDoesNotRunTheWalkFailsThePullAfterTheWait() {
        Executor late = task -> threads.execute(() -> {
            awaitRelease();
            task.run();
        });
        PrefetchedPacks packs = new PrefetchedPacks("test", feed(PACK, null), late, WAIT);

        assertThrows(ChunkSourceException.class, packs::next);
        packs.close();
    }

    private void awaitRelease() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A walk giving {@code first} then {@code then}. */
    private static PackFeed feed(FetchedPack first, FetchedPack then) {
        return new PackFeed() {
            private int calls;

            @Override
            public FetchedPack next() {
                return calls++ == 0 ? first : then;
            }

            @Override
            public void close() {
            }
        };
    }
}
