package io.holcstore.it.store;

import static io.holcstore.testing.StoreFixtures.UTC;
import static io.holcstore.testing.StoreFixtures.assertEmpty;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.codec.ChunkEncoding;
import io.holcstore.codec.CorruptChunkException;
import io.holcstore.grid.OffGridTimestampException;
import io.holcstore.it.TestDeployments;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.IrregularSeries;
import io.holcstore.series.Series;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.InvalidChunkException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.MonthUtcStore;
import io.holcstore.testing.PostgresStores.StoredRow;
import io.holcstore.testing.StoreFixtures;

/**
 * What the container's transactions add to a failing or refused call: a call that fails after rows already reached
 * the database (more than one JDBC batch of {@value #BATCH} rewrites, more than one COPY block of {@value #ID_BLOCK}
 * new rows) leaves nothing, and store calls join the caller's transaction, so that the caller's rollback, or a
 * refusal it caught, undoes them.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionRollbackIT {

    /** Rewrites the library sends per JDBC batch. */
    private static final int BATCH = 128;
    /** New rows the library sends per COPY (ids reserved at once), on PostgreSQL. */
    private static final int ID_BLOCK = 1024;
    /** Series of {@value #MONTHS} monthly chunks each: {@value #SERIES} of them are more than one COPY block. */
    private static final int SERIES = 11;
    private static final int MONTHS = 100;

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.war("transaction-rollback")
                .entities(MonthUtcStore.class, MonthParisSyncStore.class)
                .classes(MonthUtcStoreBean.class, MonthParisSyncStoreBean.class, ChunkRows.class, CallerTransaction.class)
                .fixtures()
                .build();
    }

    @EJB
    private MonthUtcStoreBean store;
    @EJB
    private MonthParisSyncStoreBean syncStore;
    @EJB
    private ChunkRows rows;
    @EJB
    private CallerTransaction caller;
    @Resource
    private UserTransaction transaction;

    @BeforeEach
    void emptyStores() {
        rows.clear(List.of(MonthUtcStore.class, MonthParisSyncStore.class));
    }

    @Test
    void setManyTsFailingAfterTheFirstCopyBlockLeavesNothing() {
        Map<SeriesKey, Series> good = new LinkedHashMap<>();
        for (int version = 1; version <= SERIES; version++) {
            good.put(key(version, "bulk"), monthStarts(UTC, 2020, MONTHS, version * 1000));
        }
        assertTrue(SERIES * MONTHS > ID_BLOCK, "more rows than one COPY block");
        Map<SeriesKey, Series> withBadLast = new LinkedHashMap<>(good);
        Instant offGrid = utc("2030-01-01T00:05");
        withBadLast.put(key(99, "bulk"), IrregularSeries.of(new Instant[] {utc("2030-01-01T00:00"), offGrid},
                new double[] {1, 2}));

        OffGridTimestampException e = assertThrows(OffGridTimestampException.class, () -> store.setManyTs(withBadLast));
        assertEquals(offGrid, e.timestamp());
        assertEquals(List.of(), rows.rows(MonthUtcStore.class), "the rows sent before the failure were rolled back");

        // Nothing half-written is left to collide with: the good series now go in whole.
        assertEquals(SERIES * MONTHS, store.setManyTs(good));
        assertEquals(SERIES * MONTHS, rows.rows(MonthUtcStore.class).size());
    }

    @Test
    void updateFailingAfterTheFirstBatchOfRewritesLeavesEveryChunkAsItWas() {
        int months = BATCH + 12;
        SeriesKey k = key(1, "batch");
        assertEquals(months, store.setTs(k, monthStarts(UTC, 2020, months, 0), WriteMode.INSERT));
        StoredRow last = rows.rows(MonthUtcStore.class).get(months - 1);
        assertEquals(1, rows.setData(MonthUtcStore.class, last.id(), "not an LZ4 frame".getBytes(StandardCharsets.US_ASCII)));
        List<StoredRow> before = rows.rows(MonthUtcStore.class);

        // Every chunk changes; the chunks are merged in order, so a full batch is sent before the damaged last one fails.
        CorruptChunkException e = assertThrows(CorruptChunkException.class,
                () -> store.setTs(k, monthStarts(UTC, 2020, months, 5000), WriteMode.UPDATE));
        assertMentions(e.getMessage(), "row id " + last.id());
        assertEquals(before, rows.rows(MonthUtcStore.class), "every row as it was: data, updated_at, flags");
    }

    @Test
    void importChunksFailingAfterTheFirstCopyBlockLeavesNothing() {
        List<ChunkTransfer> chunks = new ArrayList<>();
        for (int version = 1; version <= SERIES; version++) {
            for (int month = 0; month < MONTHS; month++) {
                chunks.add(parisMonthChunk(key(version, "import"), 2020, month,
                        ChunkEncoding.FLOAT64.encode(new double[] {version, month})));
            }
        }
        List<ChunkTransfer> withBadLast = new ArrayList<>(chunks);
        ChunkTransfer bad = parisMonthChunk(key(99, "import"), 2020, 0, "not an LZ4 frame".getBytes(StandardCharsets.US_ASCII));
        withBadLast.add(bad);

        InvalidChunkException e = assertThrows(InvalidChunkException.class, () -> syncStore.importChunks(withBadLast));
        assertMentions(e.getMessage(), "imported chunk " + bad.ref().chunkIndex() + " of " + bad.ref().key());
        assertEquals(List.of(), rows.rows(MonthParisSyncStore.class), "the rows sent before the failure were rolled back");

        assertEquals(chunks.size(), syncStore.importChunks(chunks));
        assertEquals(chunks.size(), rows.rows(MonthParisSyncStore.class).size());
    }

    @Test
    void storeCallsJoinTheCallersTransactionAndItsRollback() throws Exception {
        SeriesKey k = key(1, "caller");
        DenseSeries series = ramp(utc("2024-07-01T00:00"), StoreFixtures.QUARTER, 8, 1);
        transaction.begin();
        try {
            assertEquals(1, store.setTs(k, series, WriteMode.UPDATE));
            assertSeries(series, store.getTs(k)); // same transaction: the uncommitted write is visible
        } finally {
            transaction.rollback();
        }
        assertEmpty(store.getTs(k));
        assertEquals(List.of(), rows.rows(MonthUtcStore.class));
    }

    @Test
    void aRefusalTheCallerCatchesStillRollsBackTheCallersTransaction() {
        SeriesKey existing = key(1, "existing");
        DenseSeries stored = ramp(utc("2024-07-01T00:00"), StoreFixtures.QUARTER, 4, 1);
        store.setTs(existing, stored, WriteMode.INSERT);
        Instant stamp = store.lastUpdatedAt(existing);

        SeriesKey fresh = key(2, "fresh");
        DenseSeries first = ramp(utc("2024-08-01T00:00"), StoreFixtures.QUARTER, 4, 100);
        // The refusal is an application exception with rollback = true: caught or not, the caller's work is undone.
        assertTrue(caller.writeThenCatchARefusedInsert(fresh, first, existing, first));
        assertEmpty(store.getTs(fresh));
        assertSeries(stored, store.getTs(existing));
        assertEquals(stamp, store.lastUpdatedAt(existing));
        assertEquals(1, rows.rows(MonthUtcStore.class).size());
    }

    /** One value at the first instant of each of {@code months} months from January of {@code year}: one chunk per month. */
    private static IrregularSeries monthStarts(ZoneId zone, int year, int months, double first) {
        Instant[] instants = new Instant[months];
        double[] values = new double[months];
        for (int i = 0; i < months; i++) {
            instants[i] = LocalDate.of(year, 1, 1).plusMonths(i).atStartOfDay(zone).toInstant();
            values[i] = first + i;
        }
        return IrregularSeries.of(instants, values);
    }

    /** A chunk of {@link MonthParisSyncStore} as another store would export it: month {@code month} after January of {@code year}. */
    private static ChunkTransfer parisMonthChunk(SeriesKey key, int year, int month, byte[] data) {
        LocalDate start = LocalDate.of(year, 1, 1).plusMonths(month);
        int chunkIndex = start.getYear() * 12 + start.getMonthValue() - 1;
        return new ChunkTransfer(new ChunkRef(key, chunkIndex), "float64", paris(start + "T00:00"),
                Instant.parse("2024-01-01T00:00:00Z"), false, data);
    }
}
