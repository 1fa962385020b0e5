package io.holcstore.bench;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.SeriesKey;
import io.holcstore.sync.ChunkSource;
import io.holcstore.sync.UpdatesPage;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A source that times the calls a puller makes on it: how much of a pull went into listing and fetching (the source's
 * side: its server, the transfer, the client's reading) and, by difference, into importing. Its two clocks add a
 * nanoTime pair per call, nothing else.
 */
final class TimedChunkSource implements ChunkSource {
    private final ChunkSource source;
    private long updatesNanos;
    private long packNanos;

    TimedChunkSource(ChunkSource source) {
        this.source = source;
    }

    @Override
    public UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken) {
        long start = System.nanoTime();
        try {
            return source.updates(since, filter, pageSize, pageToken);
        } finally {
            updatesNanos += System.nanoTime() - start;
        }
    }

    @Override
    public List<ChunkTransfer> pack(List<ChunkRef> refs) {
        long start = System.nanoTime();
        try {
            return source.pack(refs);
        } finally {
            packNanos += System.nanoTime() - start;
        }
    }

    /** "updates 0.05 s, packs 1.20 s, the rest (import, cursor) 0.40 s" of a pull that took {@code seconds}. */
    String split(double seconds) {
        double updates = updatesNanos / 1e9;
        double packs = packNanos / 1e9;
        return String.format(Locale.ROOT, "updates %.2f s, packs %.2f s, the rest (import, cursor) %.2f s", updates, packs,
                seconds - updates - packs);
    }
}
