package io.holcstore.store.jdbc;

import io.holcstore.store.dialect.ChunkSql;
import io.holcstore.grid.OffGridTimestampException;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.IrregularSeries;
import io.holcstore.series.LocalSeries;
import io.holcstore.series.Series;
import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthUtcStore;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.StoreTestBase;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.PARIS;
import static io.holcstore.testing.StoreFixtures.QUARTER;
import static io.holcstore.testing.StoreFixtures.UTC;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.stored;
import static io.holcstore.testing.StoreFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** setManyTs: first writes of many series, all or nothing. */
class ChunkStoreSetManyTest extends StoreTestBase {

    private DenseSeries get(SeriesKey key) {
        return db.inTransaction(MonthUtcStore.class, s -> s.getTs(key));
    }

    @Test
    void setManyTsWritesEverySeries() {
        Map<SeriesKey, DenseSeries> many = new LinkedHashMap<>();
        many.put(key(1, "a"), ramp(utc("2024-01-31T23:00"), QUARTER, 8, 1)); // 2 chunks
        many.put(key(1, "b"), ramp(utc("2024-03-10T00:00"), QUARTER, 4, 100)); // 1 chunk
        many.put(key(2, "a"), ramp(utc("2023-12-31T23:45"), QUARTER, 4 * 24 * 32, 1000)); // 3 chunks

        int written = db.inTransaction(MonthUtcStore.class, s -> s.setManyTs(many));

        assertEquals(6, written);
        assertEquals(6, db.count(MonthUtcStore.class));
        many.forEach((key, series) -> assertSeries(stored(series, UTC), get(key)));
    }

    @Test
    void setManyTsWritesMoreChunksThanOneBlockOfIds() {
        // 12 series of 90 monthly chunks: more rows than one COPY reserves ids for, so ids are reserved twice.
        Map<SeriesKey, DenseSeries> many = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            many.put(key(i, "long"), ramp(utc("2010-01-01T00:00"), QUARTER, 4 * 24 * 2738, i * 1000));
        }

        int written = db.inTransaction(MonthUtcStore.class, s -> s.setManyTs(many));

        assertEquals(12 * 90, written);
        List<PostgresStores.StoredRow> rows = db.rows(MonthUtcStore.class);
        assertEquals(12 * 90, rows.size());
        assertEquals(rows.size(), rows.stream().mapToLong(PostgresStores.StoredRow::id).distinct().count(), "distinct ids");
        many.forEach((key, series) -> assertSeries(stored(series, UTC), get(key)));
    }

    @Test
    void aRowTheServerRefusesMidCopyFailsTheCallAndTheConnectionsStayUsable() {
        // A CHECK the second series breaks: the server refuses a row of the COPY already streaming.
        db.execute(MonthUtcStore.class, "ALTER TABLE {table} ADD CONSTRAINT test_before_2030 CHECK (chunk_index < " + 2030 * 12 + ")");
        try {
            Map<SeriesKey, DenseSeries> many = new LinkedHashMap<>();
            many.put(key(1, "early"), ramp(utc("2029-01-01T00:00"), QUARTER, 4 * 24 * 365, 1));
            many.put(key(2, "late"), ramp(utc("2029-06-01T00:00"), QUARTER, 4 * 24 * 365, 1));

            ChunkStoreException e = assertThrows(ChunkStoreException.class,
                    () -> db.inTransaction(MonthUtcStore.class, s -> s.setManyTs(many)));

            assertMentions(e.getMessage(), db.table(MonthUtcStore.class), "test_before_2030");
            assertEquals(0, db.count(MonthUtcStore.class), "nothing written");
            many.remove(key(2, "late"));
            for (int i = 0; i < 5; i++) { // every pooled connection is back in a usable state
                db.clear(MonthUtcStore.class);
                int written = db.inTransaction(MonthUtcStore.class, s -> s.setManyTs(many));
                assertEquals(12, written);
            }
        } finally {
            db.execute(MonthUtcStore.class, "ALTER TABLE {table} DROP CONSTRAINT test_before_2030");
        }
    }

    @Test
    void setManyTsTakesEveryKindOfSeries() {
        Map<SeriesKey, Series> many = new LinkedHashMap<>();
        many.put(key(1, "dense"), ramp(paris("2024-05-01T00:00"), HOUR, 3, 1));
        many.put(key(1, "irregular"), IrregularSeries.of(
                new Instant[] {paris("2024-05-01T02:00"), paris("2024-05-01T00:00")}, new double[] {3, 1}));
        many.put(key(1, "local"), LocalSeries.of(
                new LocalDateTime[] {LocalDateTime.parse("2024-05-01T00:00"), LocalDateTime.parse("2024-05-01T02:00")}, new double[] {1, 3}));

        db.run(YearParisStore.class, s -> s.setManyTs(many));

        DenseSeries expected = DenseSeries.of(paris("2024-05-01T00:00"), HOUR, PARIS, 1, Double.NaN, 3);
        assertSeries(stored(ramp(paris("2024-05-01T00:00"), HOUR, 3, 1), PARIS),
                db.inTransaction(YearParisStore.class, s -> s.getTs(key(1, "dense"))));
        assertSeries(expected, db.inTransaction(YearParisStore.class, s -> s.getTs(key(1, "irregular"))));
        assertSeries(expected, db.inTransaction(YearParisStore.class, s -> s.getTs(key(1, "local"))));
    }

    @Test
    void setManyTsWithOneStoredSeriesWritesNone() {
        DenseSeries existing = ramp(utc("2024-06-01T00:00"), QUARTER, 4, 1);
        db.run(MonthUtcStore.class, s -> s.setTs(key(1, "b"), existing, WriteMode.INSERT));
        List<PostgresStores.StoredRow> before = db.rows(MonthUtcStore.class);

        Map<SeriesKey, DenseSeries> many = new LinkedHashMap<>();
        many.put(key(1, "a"), ramp(utc("2024-01-31T23:00"), QUARTER, 8, 1));
        // Another chunk than the stored one: the series exists all the same.
        many.put(key(1, "b"), ramp(utc("2024-01-10T00:00"), QUARTER, 4, 100));
        many.put(key(2, "a"), ramp(utc("2024-01-10T00:00"), QUARTER, 4, 200));

        SeriesAlreadyExistsException e = assertThrows(SeriesAlreadyExistsException.class,
                () -> db.run(MonthUtcStore.class, s -> s.setManyTs(many)));

        assertEquals(key(1, "b"), e.key());
        assertEquals(before, db.rows(MonthUtcStore.class), "nothing written");
        assertSeries(stored(existing, UTC), get(key(1, "b")));
        assertEquals(0, get(key(1, "a")).size());
        assertEquals(0, get(key(2, "a")).size());
    }

    @Test
    void setManyTsWithAnOffGridTimestampWritesNothing() {
        // Enough good series before the bad one for the writer to have sent a batch of rows already.
        Map<SeriesKey, Series> many = new LinkedHashMap<>();
        for (int v = 0; v < ChunkSql.BATCH + 20; v++) {
            many.put(key(v, "good"), ramp(utc("2024-01-10T00:00"), QUARTER, 4, v));
        }
        Instant offGrid = utc("2024-01-10T00:20");
        many.put(key(1, "bad"), IrregularSeries.of(
                new Instant[] {utc("2024-01-10T00:00"), offGrid, utc("2024-01-10T00:30")}, new double[] {1, 2, 3}));
        many.put(key(2, "good"), ramp(utc("2024-01-10T00:00"), QUARTER, 4, 1));

        OffGridTimestampException e = assertThrows(OffGridTimestampException.class,
                () -> db.run(MonthUtcStore.class, s -> s.setManyTs(many)));

        assertEquals(offGrid, e.timestamp());
        assertMentions(e.getMessage(), offGrid.toString());
        assertEquals(0, db.count(MonthUtcStore.class), "the transaction rolled back");
    }

    @Test
    void setManyTsRevivesDeletedSeries() {
        db.run(MonthUtcStore.class, s -> s.setTs(key(1, "a"), ramp(utc("2024-01-10T00:00"), QUARTER, 4, 1), WriteMode.INSERT));
        db.run(MonthUtcStore.class, s -> s.delete(key(1, "a"), true));
        long tombstoneId = db.rows(MonthUtcStore.class).get(0).id();

        DenseSeries again = ramp(utc("2024-01-20T00:00"), QUARTER, 4, 50);
        DenseSeries other = ramp(utc("2024-01-20T00:00"), QUARTER, 4, 60);
        int written = db.inTransaction(MonthUtcStore.class, s -> s.setManyTs(Map.of(key(1, "a"), again, key(1, "b"), other)));

        assertEquals(2, written);
        assertEquals(2, db.count(MonthUtcStore.class));
        PostgresStores.StoredRow revived = db.rows(MonthUtcStore.class, "WHERE kind = 'a'").get(0);
        assertEquals(tombstoneId, revived.id());
        assertFalse(revived.deleted());
        assertSeries(stored(again, UTC), get(key(1, "a")));
        assertSeries(stored(other, UTC), get(key(1, "b")));
    }

    @Test
    void setManyTsOfNothingWritesNothing() {
        assertEquals(0, (int) db.inTransaction(MonthUtcStore.class, s -> s.setManyTs(Map.of())));
        assertEquals(0, db.count(MonthUtcStore.class));
    }
}
