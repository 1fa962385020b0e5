package io.holcstore.store.jdbc;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store's SQL on H2, the embedded database the example application runs on when no other is
 * configured: schema generation, every write mode, streaming reads and the sync primitives.
 */
class H2CompatibilityTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static PostgresStores h2;

    @BeforeAll
    static void open() {
        h2 = new PostgresStores(PostgresStores.TEST_UNIT, PostgresStores.h2Properties("holcstore-h2-test"));
    }

    @AfterAll
    static void close() {
        h2.close();
    }

    private static DenseSeries hourly(String localStart, double... values) {
        return DenseSeries.of(ZonedDateTime.of(java.time.LocalDateTime.parse(localStart), PARIS), Duration.ofHours(1), values);
    }

    @Test
    void writesInEveryModeAndReadsBack() {
        SeriesKey key = SeriesKey.of("version", 1, "kind", "h2");
        DenseSeries first = hourly("2024-12-31T22:00", 1, 2, 3, 4);
        DenseSeries second = hourly("2025-01-01T01:00", Double.NaN, 20, 30);
        h2.inTransaction(YearParisStore.class, s -> s.setTs(key, first, WriteMode.INSERT));
        assertThrows(SeriesAlreadyExistsException.class,
                () -> h2.inTransaction(YearParisStore.class, s -> s.setTs(key, first, WriteMode.INSERT)));
        h2.inTransaction(YearParisStore.class, s -> s.setTs(key, second, WriteMode.UPDATE));

        DenseSeries merged = h2.inTransaction(YearParisStore.class, s -> s.getTs(key));
        assertEquals(second.combineFirst(first).trimNaN().withZone(PARIS), merged);

        DenseSeries replacement = hourly("2025-06-01T00:00", 7, 8);
        h2.inTransaction(YearParisStore.class, s -> s.setTs(key, replacement, WriteMode.REPLACE));
        assertEquals(replacement, h2.inTransaction(YearParisStore.class, s -> s.getTs(key)));

        List<KeyedSeries> all = h2.inTransaction(YearParisStore.class, s -> {
            try (Stream<KeyedSeries> series = s.streamManyTs(SeriesKey.of("kind", "h2"), null, null, true)) {
                return series.toList();
            }
        });
        assertEquals(List.of(new KeyedSeries(key, replacement)), all);
        assertEquals(Instant.parse("2025-05-31T23:00:00Z"),
                h2.inTransaction(YearParisStore.class, s -> s.getMaxHorodate(SeriesKey.all())).orElseThrow());
    }

    @Test
    void syncPrimitivesRoundTrip() {
        SeriesKey key = SeriesKey.of("version", 2, "kind", "sync");
        h2.inTransaction(MonthParisSyncStore.class, s -> s.setTs(key, hourly("2025-01-31T22:00", 1, 2, 3, 4), WriteMode.UPDATE));
        List<ChunkUpdate> updates = h2.inTransaction(MonthParisSyncStore.class,
                s -> s.listUpdates(Instant.EPOCH, SeriesKey.all(), 10, 0).updates());
        assertEquals(2, updates.size());
        List<ChunkTransfer> exported = h2.inTransaction(MonthParisSyncStore.class,
                s -> s.exportChunks(updates.stream().map(ChunkUpdate::ref).toList()));
        h2.inTransaction(MonthParisSyncStore.class, s -> s.delete(SeriesKey.all(), true));
        assertTrue(h2.inTransaction(MonthParisSyncStore.class, s -> s.getTs(key)).isEmpty());

        // Tombstones written in this store are overwritten by an import: the copies revive the series.
        assertEquals(2, (int) h2.inTransaction(MonthParisSyncStore.class, s -> s.importChunks(exported)));
        assertEquals(hourly("2025-01-31T22:00", 1, 2, 3, 4), h2.inTransaction(MonthParisSyncStore.class, s -> s.getTs(key)));
        // The same copies again are held already: nothing is rewritten.
        assertEquals(0, (int) h2.inTransaction(MonthParisSyncStore.class, s -> s.importChunks(exported)));

        // Into an empty table they all go.
        h2.clear(MonthParisSyncStore.class);
        int imported = h2.inTransaction(MonthParisSyncStore.class, s -> s.importChunks(exported));
        assertEquals(2, imported);
        List<ChunkTransfer> again = h2.inTransaction(MonthParisSyncStore.class,
                s -> s.exportChunks(updates.stream().map(ChunkUpdate::ref).toList()));
        for (int i = 0; i < exported.size(); i++) {
            assertArrayEquals(exported.get(i).data(), again.get(i).data());
            assertFalse(again.get(i).updatedAt().isBefore(exported.get(i).updatedAt()), "stamped by this store's clock, after");
        }
        assertEquals(hourly("2025-01-31T22:00", 1, 2, 3, 4), h2.inTransaction(MonthParisSyncStore.class, s -> s.getTs(key)));
    }
}
