package io.holcstore.sync;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.PostgresStores.StoredRow;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A pull from one store of the test database into another, the source read on connections of its own, the target
 * written on others, as two servers would. Not thread-safe: one thread per instance. Close it after the test.
 */
final class StoreToStore implements AutoCloseable {
    private final ChunkSource source;
    private final AutoCloseable sourceConnections;
    private final EntityManager targetSide;
    private final JpaTimeseriesChunkStore target;
    private final EntityManagerTransactions transactions;
    private final ChunkPuller puller;

    StoreToStore(PostgresStores db, Class<? extends TimeseriesChunk> from, Class<? extends TimeseriesChunk> to) {
        this(new StoreChunkSource(db, from), db, to);
    }

    /** A pull of {@code source} into {@code to}, a store of the persistence unit of {@code targetDb}. */
    StoreToStore(StoreChunkSource source, PostgresStores targetDb, Class<? extends TimeseriesChunk> to) {
        this(source, source, targetDb, to);
    }

    /** A pull of {@code source} into {@code to}; {@code sourceConnections} is closed with this. */
    StoreToStore(ChunkSource source, AutoCloseable sourceConnections, PostgresStores targetDb, Class<? extends TimeseriesChunk> to) {
        this.source = source;
        this.sourceConnections = sourceConnections;
        this.targetSide = targetDb.factory().createEntityManager();
        this.target = new JpaTimeseriesChunkStore(targetSide, to);
        this.transactions = new EntityManagerTransactions(targetSide);
        this.puller = new ChunkPuller(source.upstream() + " into " + to.getSimpleName(), source, target, transactions,
                Duration.ofSeconds(5));
    }

    PullResult pull(SeriesKey filter, int batch, int pageSize) {
        return puller.pull(filter, batch, pageSize);
    }

    ChunkPuller puller() {
        return puller;
    }

    /** A client pulling as the Python reference's does, from this pull's source into its target, on its connections. */
    ReferenceStyleClient referenceStyleClient() {
        return new ReferenceStyleClient(source, target, transactions);
    }

    /** The upstream identity the target keeps this pull's positions under. */
    String upstream() {
        return source.upstream();
    }

    /** The target store, on this pull's connection: call it outside the pull's transactions only. */
    JpaTimeseriesChunkStore target() {
        return target;
    }

    /**
     * Asserts that {@code copy} holds the rows of {@code source} row for row, as imported: the same keys, chunks,
     * dtype, start, deleted flag and blob, and the source's {@code updated_at} as upstream stamp.
     */
    static void assertCopy(List<StoredRow> source, List<StoredRow> copy, String what) {
        assertFalse(source.isEmpty(), what + ": the source holds nothing to compare");
        assertEquals(source.stream().map(StoredRow::asSource).toList(), copy.stream().map(StoredRow::asImported).toList(), what);
    }

    /** Asserts that {@code copy} answers the same series as {@code source} for each of {@code keys}. */
    static void assertSameSeries(PostgresStores db, Class<? extends TimeseriesChunk> source,
                                 Class<? extends TimeseriesChunk> copy, List<SeriesKey> keys, String what) {
        for (SeriesKey key : keys) {
            DenseSeries expected = db.inTransaction(source, s -> s.getTs(key));
            assertEquals(expected, db.inTransaction(copy, s -> s.getTs(key)), what + " " + key);
        }
    }

    @Override
    public void close() {
        try (EntityManagerCloser target = targetSide::close) {
            sourceConnections.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes an entity manager in a try-with-resources. */
    @FunctionalInterface
    private interface EntityManagerCloser extends AutoCloseable {
        @Override
        void close();
    }
}
