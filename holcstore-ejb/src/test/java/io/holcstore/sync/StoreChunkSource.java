package io.holcstore.sync;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;
import io.holcstore.testing.PostgresStores;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link LocalChunkSource} over another store of the test unit that records the packs asked, and runs a hook
 * before each, which may write to the source store or throw as a failing server does. Close it after the test.
 */
final class StoreChunkSource implements ChunkSource, AutoCloseable {
    /** Runs before the pack numbered {@code pack} (from 1) is read. */
    @FunctionalInterface
    interface BeforePack {
        void run(int pack, List<ChunkRef> refs);
    }

    private final EntityManager em;
    private final LocalChunkSource source;
    private final List<List<ChunkRef>> packs = new ArrayList<>();
    private int pages;
    private BeforePack beforePack = (pack, refs) -> { };

    StoreChunkSource(PostgresStores db, Class<? extends TimeseriesChunk> entity) {
        this.em = db.factory().createEntityManager();
        this.source = new LocalChunkSource(new JpaTimeseriesChunkStore(em, entity), new EntityManagerTransactions(em));
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
    public String upstream() {
        return source.upstream();
    }

    @Override
    public UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken) {
        pages++;
        return source.updates(since, filter, pageSize, pageToken);
    }

    @Override
    public List<ChunkTransfer> pack(List<ChunkRef> refs) {
        packs.add(List.copyOf(refs));
        beforePack.run(packs.size(), refs);
        return source.pack(refs);
    }

    @Override
    public void close() {
        em.close();
    }
}
