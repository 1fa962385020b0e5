package io.holcstore.store.jdbc;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.mapping.IdSequence;
import io.holcstore.mapping.InvalidStoreDefinitionException;
import io.holcstore.mapping.OwnConnections;
import io.holcstore.mapping.StoreMapping;
import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.UnsupportedIsolationException;
import io.holcstore.store.UpdatesListing;
import io.holcstore.store.WriteMode;
import io.holcstore.store.dialect.ChunkSql;
import io.holcstore.store.dialect.PortableDialect;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.OpenTransaction;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.YearParisStore;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What a store gets on H2, the embedded default: series locks (a delete waits for a writer), a listing that waits for
 * the writes in flight before its horizon, READ COMMITTED only; and what it would get on a database without a dialect
 * of its own: sync stores refused, plain stores served.
 */
class H2DialectTest {
    private static final SeriesKey KEY = key(1, "a");
    private static final DenseSeries JANUARY = ramp(paris("2025-01-01T00:00"), HOUR, 24, 1);
    private static final DenseSeries FEBRUARY = ramp(paris("2025-02-01T00:00"), HOUR, 24, 100);

    private static PostgresStores db;

    @BeforeAll
    static void openDatabase() {
        db = new PostgresStores(PostgresStores.TEST_UNIT, PostgresStores.h2Properties("holcstore-h2-dialect"));
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    /** The stores of this test (the typed-key ones have columns H2 reserves as keywords, so they have no table on it). */
    @BeforeEach
    void clearTables() {
        db.clear(MonthParisSyncStore.class);
        db.clear(YearParisStore.class);
    }

    @Test
    void aTrackedDeleteWaitsForAWriterAddingAChunkAndTombstonesItToo() throws Exception {
        db.run(MonthParisSyncStore.class, s -> s.setTs(KEY, JANUARY, WriteMode.UPDATE));
        CompletableFuture<Integer> delete;
        try (OpenTransaction writer = new OpenTransaction(db, MonthParisSyncStore.class)) {
            writer.run(s -> s.setTs(KEY, FEBRUARY, WriteMode.UPDATE));
            delete = CompletableFuture.supplyAsync(() -> db.inTransaction(MonthParisSyncStore.class, s -> s.delete(KEY, true)));
            Thread.sleep(300); // time enough for the delete to finish, were it not waiting
            assertFalse(delete.isDone(), "the delete waits for the writer of its series");
            writer.commit();
        }
        assertEquals(2, delete.get(10, TimeUnit.SECONDS), "both months tombstoned");
        assertEquals(2, db.count(MonthParisSyncStore.class, "WHERE is_deleted"));
    }

    @Test
    void aListingWaitsForAWriteInFlightThenListsIt() throws Exception {
        db.run(MonthParisSyncStore.class, s -> s.setTs(key(1, "c"), JANUARY, WriteMode.UPDATE));
        CompletableFuture<UpdatesListing> listing;
        try (OpenTransaction slow = new OpenTransaction(db, MonthParisSyncStore.class)) {
            slow.run(s -> s.setTs(KEY, JANUARY, WriteMode.UPDATE));
            listing = CompletableFuture.supplyAsync(() -> db.inTransaction(MonthParisSyncStore.class,
                    s -> s.listUpdates(Instant.EPOCH, SeriesKey.all(), 100, null)));
            Thread.sleep(300); // time enough for the listing to finish, were it not waiting
            assertFalse(listing.isDone(), "the listing waits for the write stamped before its horizon");
            slow.commit();
        }
        List<SeriesKey> listed = listing.get(10, TimeUnit.SECONDS).updates().stream().map(ChunkUpdate::key).toList();
        assertEquals(List.of(key(1, "c"), KEY), listed, "the write that was in flight is listed, in stamp order");
    }

    @Test
    void writesAndListingsRefuseEveryIsolationLevelButReadCommittedAndWriteNothing() {
        int[] refused = {Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_REPEATABLE_READ,
                Connection.TRANSACTION_SERIALIZABLE};
        for (int level : refused) {
            UnsupportedIsolationException write = assertThrows(UnsupportedIsolationException.class,
                    () -> atIsolation(level, s -> s.setTs(KEY, JANUARY, WriteMode.UPDATE)));
            assertMentions(write.getMessage(), "READ COMMITTED");
            assertThrows(UnsupportedIsolationException.class,
                    () -> atIsolation(level, s -> s.listUpdates(Instant.EPOCH, SeriesKey.all(), 10, null)));
        }
        assertEquals("read uncommitted", assertThrows(UnsupportedIsolationException.class,
                () -> atIsolation(Connection.TRANSACTION_READ_UNCOMMITTED, s -> s.delete(KEY, true))).isolationLevel());
        assertEquals(0, db.count(MonthParisSyncStore.class));
        assertEquals(1, (int) atIsolation(Connection.TRANSACTION_READ_COMMITTED, s -> s.setTs(KEY, JANUARY, WriteMode.UPDATE)),
                "READ COMMITTED writes");
    }

    @Test
    void aSyncStoreOnADatabaseWithoutGuaranteesIsRefusedAPlainStoreIsServed() {
        InvalidStoreDefinitionException e = assertThrows(InvalidStoreDefinitionException.class,
                () -> contextOnPortableDialect(MonthParisSyncStore.class));
        assertMentions(e.getMessage(), MonthParisSyncStore.class.getName(), "sync", "PortableDialect", "series locks no",
                "lossless listing of updates no");

        assertEquals(PortableDialect.class, contextOnPortableDialect(YearParisStore.class).dialect.getClass());
    }

    /** The context of a store forced onto the dialect of a database HoLcStore has no dialect for. */
    private static StoreContext contextOnPortableDialect(Class<? extends TimeseriesChunk> entity) {
        EntityManager em = db.factory().createEntityManager();
        try {
            StoreMapping mapping = StoreMapping.of(em, entity);
            ChunkSql sql = new ChunkSql(mapping, IdSequence.of(em, entity));
            return StoreContext.create(mapping, sql, new PortableDialect(sql), OwnConnections.of(em, mapping.name()));
        } finally {
            em.close();
        }
    }

    /** Runs {@code work} in a transaction at {@code level}; rolls back if it throws. */
    private static <T> T atIsolation(int level, Function<JpaTimeseriesChunkStore, T> work) {
        return db.inTransaction(MonthParisSyncStore.class, (store, connection) -> {
            int before = connection.getTransactionIsolation();
            connection.setTransactionIsolation(level);
            try {
                return work.apply(store);
            } finally {
                connection.setTransactionIsolation(before);
            }
        });
    }
}
