package io.holcstore.store.jdbc;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.StoreTestBase;
import io.holcstore.testing.TypedKeyStore.Mode;
import io.holcstore.testing.TypedKeyStore;
import io.holcstore.testing.TypedKeySyncStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static io.holcstore.testing.StoreFixtures.countPresent;
import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.UTC;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.stored;
import static io.holcstore.testing.StoreFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Key fields that are not int or String: LocalDate, enums by name and by ordinal, long. */
class ChunkStoreTypedKeyTest extends StoreTestBase {
    private static final LocalDate MAY_FIRST = LocalDate.of(2024, 5, 1);
    private static final SeriesKey KEY = SeriesKey.of("day", MAY_FIRST, "mode", Mode.FAST, "level", Mode.SLOW, "meter", 12L);
    private static final SeriesKey AS_TEXT = SeriesKey.of("day", "2024-05-01", "mode", "FAST", "level", "SLOW", "meter", "12");
    private static final DenseSeries SERIES = ramp(utc("2024-05-31T22:00"), HOUR, 4, 1); // May and June

    private static SeriesKey key(String day, Mode mode, Mode level, long meter) {
        return SeriesKey.of("day", LocalDate.parse(day), "mode", mode, "level", level, "meter", meter);
    }

    private DenseSeries get(SeriesKey key) {
        return db.inTransaction(TypedKeyStore.class, s -> s.getTs(key));
    }

    @Test
    void typedKeyRoundTripAndColumnValues() {
        db.run(TypedKeyStore.class, s -> s.setTs(KEY, SERIES, WriteMode.INSERT));

        assertSeries(stored(SERIES, UTC), get(KEY));
        assertEquals(2, db.count(TypedKeyStore.class,
                "WHERE day = DATE '2024-05-01' AND mode = 'FAST' AND level = 1 AND meter = 12"), "enum by name, enum by ordinal");
    }

    @Test
    void typedKeyGivenAsTextNamesTheSameSeries() {
        db.run(TypedKeyStore.class, s -> s.setTs(AS_TEXT, SERIES, WriteMode.INSERT));

        assertSeries(stored(SERIES, UTC), get(KEY));
        assertSeries(stored(SERIES, UTC), get(AS_TEXT));
        assertSeries(stored(SERIES, UTC), get(SeriesKey.of("day", MAY_FIRST, "mode", Mode.FAST, "level", Mode.SLOW, "meter", 12)));
        SeriesAlreadyExistsException e = assertThrows(SeriesAlreadyExistsException.class,
                () -> db.run(TypedKeyStore.class, s -> s.setTs(KEY, SERIES, WriteMode.INSERT)));
        assertEquals(KEY, e.key());
    }

    @Test
    void badTypedKeyValuesAreRefusedNamingTheField() {
        Map<String, Object> bad = Map.of(
                "mode", "MEDIUM",
                "level", 7.5,
                "day", "2024-13-01",
                "meter", 1.5);
        bad.forEach((field, value) -> {
            Map<String, Object> fields = new HashMap<>(KEY.fields());
            fields.put(field, value);
            InvalidKeyException e = assertThrows(InvalidKeyException.class,
                    () -> db.run(TypedKeyStore.class, s -> s.setTs(SeriesKey.of(fields), SERIES, WriteMode.INSERT)), field);
            assertMentions(e.getMessage(), "'" + field + "'");
        });
        assertEquals(0, db.count(TypedKeyStore.class));
    }

    @Test
    void yieldManyTsReturnsTypedKeys() {
        SeriesKey slowDay2 = key("2024-05-02", Mode.SLOW, Mode.FAST, 3);
        SeriesKey fastDay2 = key("2024-05-02", Mode.FAST, Mode.FAST, 3);
        db.run(TypedKeyStore.class, s -> {
            s.setTs(KEY, SERIES, WriteMode.INSERT);
            s.setTs(slowDay2, SERIES, WriteMode.INSERT);
            s.setTs(fastDay2, SERIES, WriteMode.INSERT);
        });

        List<KeyedSeries> fast = db.inTransaction(TypedKeyStore.class, s -> {
            try (Stream<KeyedSeries> all = s.streamManyTs(SeriesKey.of("mode", "FAST"), null, null, true)) {
                return all.toList();
            }
        });

        // Ordered by day, then level (ordinal), meter, mode.
        assertEquals(List.of(KEY, fastDay2), fast.stream().map(KeyedSeries::key).toList());
        KeyedSeries first = fast.get(0);
        assertEquals(MAY_FIRST, first.key().get("day"));
        assertEquals(Mode.FAST, first.key().get("mode"));
        assertEquals(Mode.SLOW, first.key().get("level"));
        assertEquals(12L, first.key().get("meter"));
        fast.forEach(one -> assertSeries(stored(SERIES, UTC), one.series()));
    }

    @Test
    void partialTypedFiltersSelectTheRightSeries() {
        SeriesKey other = key("2024-05-02", Mode.SLOW, Mode.FAST, 3);
        db.run(TypedKeyStore.class, s -> {
            s.setTs(KEY, SERIES, WriteMode.INSERT);
            s.setTs(other, ramp(utc("2024-07-01T00:00"), HOUR, 2, 9), WriteMode.INSERT);
        });

        assertEquals(Optional.of(utc("2024-06-01T01:00")),
                db.inTransaction(TypedKeyStore.class, s -> s.getMaxHorodate(SeriesKey.of("day", MAY_FIRST))));
        assertEquals(Optional.of(utc("2024-07-01T01:00")),
                db.inTransaction(TypedKeyStore.class, s -> s.getMaxHorodate(SeriesKey.of("level", "FAST"))));
        assertEquals(2, (int) db.inTransaction(TypedKeyStore.class, s -> s.delete(SeriesKey.of("level", Mode.SLOW), true)));
        assertEquals(2, db.count(TypedKeyStore.class, "WHERE is_deleted AND level = 1"));
        assertEquals(0, get(KEY).size());
        assertEquals(2, countPresent(get(other)));
    }

    @Test
    void setManyTsRevivesTombstonesOfTypedKeys() {
        SeriesKey other = key("2024-05-02", Mode.SLOW, Mode.FAST, 3);
        db.run(TypedKeyStore.class, s -> s.setManyTs(Map.of(KEY, SERIES, other, SERIES)));
        db.run(TypedKeyStore.class, s -> s.delete(SeriesKey.all(), true));
        List<Long> ids = db.rows(TypedKeyStore.class).stream().map(PostgresStores.StoredRow::id).sorted().toList();

        DenseSeries again = ramp(utc("2024-05-31T23:00"), HOUR, 2, 50);
        int written = db.inTransaction(TypedKeyStore.class, s -> s.setManyTs(Map.of(KEY, again, other, again)));

        assertEquals(4, written);
        assertEquals(ids, db.rows(TypedKeyStore.class).stream().map(PostgresStores.StoredRow::id).sorted().toList(), "tombstones reused");
        assertEquals(0, db.count(TypedKeyStore.class, "WHERE is_deleted"));
        assertSeries(stored(again, UTC), get(KEY));
        assertSeries(stored(again, UTC), get(other));
    }

    @Test
    void setManyTsFindsStoredSeriesOfTypedKeys() {
        db.run(TypedKeyStore.class, s -> s.setTs(KEY, SERIES, WriteMode.INSERT));

        SeriesAlreadyExistsException e = assertThrows(SeriesAlreadyExistsException.class, () -> db.run(TypedKeyStore.class,
                s -> s.setManyTs(Map.of(AS_TEXT, SERIES, key("2024-05-03", Mode.FAST, Mode.FAST, 1), SERIES))));

        assertEquals(KEY, e.key());
        assertEquals(2, db.count(TypedKeyStore.class));
    }

    @Test
    void syncPrimitivesCarryTypedKeys() {
        SeriesKey key = SeriesKey.of("day", MAY_FIRST, "mode", Mode.SLOW);
        db.run(TypedKeySyncStore.class, s -> s.setTs(key, SERIES, WriteMode.UPDATE));

        List<ChunkUpdate> updates = db.inTransaction(TypedKeySyncStore.class, s -> s.listUpdates(Instant.EPOCH, SeriesKey.of("mode", "SLOW"), 10, 0).updates());
        assertEquals(List.of(new ChunkRef(key, 2024 * 12 + 4), new ChunkRef(key, 2024 * 12 + 5)),
                updates.stream().map(ChunkUpdate::ref).toList());
        List<ChunkTransfer> exported = db.inTransaction(TypedKeySyncStore.class,
                s -> s.exportChunks(updates.stream().map(ChunkUpdate::ref).toList()));
        List<PostgresStores.StoredRow> before = db.rows(TypedKeySyncStore.class).stream().map(PostgresStores.StoredRow::asSource).toList();
        db.clear(TypedKeySyncStore.class);

        assertEquals(2, (int) db.inTransaction(TypedKeySyncStore.class, s -> s.importChunks(exported)));

        assertEquals(before, db.rows(TypedKeySyncStore.class).stream().map(PostgresStores.StoredRow::asImported).toList());
        assertSeries(stored(SERIES, UTC), db.inTransaction(TypedKeySyncStore.class, s -> s.getTs(SeriesKey.of("day", "2024-05-01", "mode", "SLOW"))));
    }
}
