package io.holcstore.sync;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;
import io.holcstore.testing.PostgresStores;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chunk source over another store of the test unit, each call in a transaction of its own, as a server answers
 * each request: pages by offset (the token is the offset), as our server does for now. Records the packs asked, and
 * runs a hook before each, which may write to the source store or throw as a failing server does.
 */
final class StoreChunkSource implements ChunkSource {
    /** Runs before the pack numbered {@code pack} (from 1) is read. */
    @FunctionalInterface
    interface BeforePack {
        void run(int pack, List<ChunkRef> refs);
    }

    private final PostgresStores db;
    private final Class<? extends TimeseriesChunk> entity;
    private final List<List<ChunkRef>> packs = new ArrayList<>();
    private int pages;
    private BeforePack beforePack = (pack, refs) -> { };

    StoreChunkSource(PostgresStores db, Class<? extends TimeseriesChunk> entity) {
        this.db = db;
        this.entity = entity;
    }

    StoreChunkSource beforePack(BeforePack hook) {
        this.beforePack = hook;
        return this;
    }

    /** The refs of every pack asked so far, in order. */
    List<List<ChunkRef>> packs() {
        return packs;
    }

    int pages() {
        return pages;
    }

    @Override
    public UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken) {
        long offset = pageToken == null ? 0 : Long.parseLong(pageToken);
        pages++;
        return db.inTransaction(entity, store -> {
            List<ChunkUpdate> updates = store.listUpdates(since, filter, pageSize, offset);
            long count = store.countUpdates(since, filter);
            Optional<String> next = offset + pageSize < count ? Optional.of(Long.toString(offset + pageSize)) : Optional.empty();
            return new UpdatesPage(updates, next);
        });
    }

    @Override
    public List<ChunkTransfer> pack(List<ChunkRef> refs) {
        packs.add(List.copyOf(refs));
        beforePack.run(packs.size(), refs);
        return db.inTransaction(entity, store -> store.exportChunks(refs));
    }
}
