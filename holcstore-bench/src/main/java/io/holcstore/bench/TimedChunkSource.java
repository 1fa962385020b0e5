package io.holcstore.bench;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.SeriesKey;
import io.holcstore.sync.ChunkSource;
import io.holcstore.sync.UpdatesPage;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A source that times the calls a puller makes on it: how much of a pull went into listing and fetching (the source's
 * side: its server, the transfer, the client's reading). With a prefetching puller these calls run on its executor's
 * thread, overlapping the imports, so a pull takes less than their sum plus the imports. Its clocks add a nanoTime
 * pair per call, nothing else.
 */
final class TimedChunkSource implements ChunkSource {
    private final ChunkSource source;
    /** Written from the puller's prefetch thread, read from the caller's. */
    private final AtomicLong updatesNanos = new AtomicLong();
    private final AtomicLong packNanos = new AtomicLong();

    TimedChunkSource(ChunkSource source) {
        this.source = source;
    }

    @Override
    public String upstream() {
        return source.upstream();
    }

    @Override
    public UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken) {
        long start = System.nanoTime();
        try {
            return source.updates(since, filter, pageSize, pageToken);
        } finally {
            updatesNanos.addAndGet(System.nanoTime() - start);
        }
    }

    @Override
    public List<ChunkTransfer> pack(List<ChunkRef> refs) {
        long start = System.nanoTime();
        try {
            return source.pack(refs);
        } finally {
            packNanos.addAndGet(System.nanoTime() - start);
        }
    }

    /** "in the source: updates 0.05 s, packs 1.20 s (of 1.40 s)" for a pull that took {@code seconds}. */
    String split(double seconds) {
        return String.format(Locale.ROOT, "in the source: updates %.2f s, packs %.2f s (of %.2f s)", updatesNanos.get() / 1e9,
                packNanos.get() / 1e9, seconds);
    }
}
