package io.holcstore.store.jdbc;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.StoreSettings;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.SingleSeriesStore;
import io.holcstore.testing.StoreTestBase;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.PARIS;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Key validation: complete keys for series, partial filters, field names and value types. */
class ChunkStoreKeyTest extends StoreTestBase {
    private static final DenseSeries SERIES = ramp(paris("2024-02-01T00:00"), HOUR, 6, 1);

    private InvalidKeyException refusedWrite(SeriesKey key) {
        InvalidKeyException e = assertThrows(InvalidKeyException.class,
                () -> db.run(YearParisStore.class, s -> s.setTs(key, SERIES, WriteMode.INSERT)));
        assertEquals(0, db.count(YearParisStore.class), "nothing written");
        return e;
    }

    @Test
    void theStoreDescribesItsSettingsAndKeyFields() {
        StoreSettings settings = db.inTransaction(YearParisStore.class, s -> s.settings());

        assertEquals(new StoreSettings(ChunkAxis.YEAR, HOUR, PARIS, false), settings);
        assertEquals(List.of("kind", "version"), db.inTransaction(YearParisStore.class, s -> s.keyFields()));
        assertEquals(List.of(), db.inTransaction(SingleSeriesStore.class, s -> s.keyFields()));
    }

    @Test
    void checkFilterTypesTextValuesAndRefusesUnknownFields() {
        assertEquals(SeriesKey.of("version", 2), db.inTransaction(YearParisStore.class, s -> s.checkFilter(SeriesKey.of("version", "2"))));
        assertEquals(SeriesKey.all(), db.inTransaction(YearParisStore.class, s -> s.checkFilter(SeriesKey.all())));

        InvalidKeyException unknown = assertThrows(InvalidKeyException.class, () -> db.inTransaction(YearParisStore.class,
                s -> s.checkFilter(SeriesKey.of("colour", "red"))));
        assertMentions(unknown.getMessage(), "colour");
        assertEquals(Optional.of("colour"), unknown.field());
        InvalidKeyException badValue = assertThrows(InvalidKeyException.class, () -> db.inTransaction(YearParisStore.class,
                s -> s.checkFilter(SeriesKey.of("version", "two"))));
        assertMentions(badValue.getMessage(), "version", "'two'");
        assertEquals(Optional.of("version"), badValue.field());
    }

    @Test
    void keyValuesWithQuotesSemicolonsAndAccentsAreBoundNotSpliced() {
        SeriesKey odd = key(1, "o'clock; DROP TABLE x; -- \"ü\"");
        DenseSeries series = ramp(paris("2024-05-01T00:00"), HOUR, 3, 1);

        db.run(YearParisStore.class, s -> s.setTs(odd, series, WriteMode.INSERT));
        db.run(YearParisStore.class, s -> s.setTs(key(1, "o"), series, WriteMode.INSERT));

        assertSeries(stored(series, PARIS), db.inTransaction(YearParisStore.class, s -> s.getTs(odd)));
        assertEquals(List.of(odd), db.inTransaction(YearParisStore.class, s -> {
            List<SeriesKey> keys = new java.util.ArrayList<>();
            s.yieldManyTs(SeriesKey.of("kind", odd.get("kind")), null, null, true, keyed -> keys.add(keyed.key()));
            return keys;
        }));
        assertEquals(Integer.valueOf(1), db.inTransaction(YearParisStore.class, s -> s.delete(odd, false)), "its one year chunk");
        assertEquals(1, db.count(YearParisStore.class));
    }

    @Test
    void partialKeyIsRefusedForAWriteNamingTheMissingField() {
        assertMentions(refusedWrite(SeriesKey.of("version", 1)).getMessage(), "kind");
        assertMentions(refusedWrite(SeriesKey.of("kind", "a")).getMessage(), "version");
        assertMentions(refusedWrite(SeriesKey.all()).getMessage(), "kind", "version");
    }

    @Test
    void partialKeyIsRefusedForASingleSeriesRead() {
        InvalidKeyException e = assertThrows(InvalidKeyException.class,
                () -> db.run(YearParisStore.class, s -> s.getTs(SeriesKey.of("version", 1))));
        assertMentions(e.getMessage(), "kind");
    }

    @Test
    void partialKeyIsRefusedInSetManyTs() {
        InvalidKeyException e = assertThrows(InvalidKeyException.class,
                () -> db.run(YearParisStore.class, s -> s.setManyTs(Map.of(key(1, "a"), SERIES, SeriesKey.of("version", 2), SERIES))));
        assertMentions(e.getMessage(), "kind");
        assertEquals(0, db.count(YearParisStore.class));
    }

    @Test
    void unknownKeyFieldIsRefusedNamingIt() {
        SeriesKey withColor = SeriesKey.of("version", 1, "kind", "a", "color", "red");
        assertMentions(refusedWrite(withColor).getMessage(), "'color'");

        InvalidKeyException asFilter = assertThrows(InvalidKeyException.class,
                () -> db.run(YearParisStore.class, s -> s.getMaxHorodate(SeriesKey.of("colour", "red"))));
        assertMentions(asFilter.getMessage(), "'colour'");

        InvalidKeyException noKeyStore = assertThrows(InvalidKeyException.class,
                () -> db.run(SingleSeriesStore.class, s -> s.setTs(SeriesKey.of("version", 1), SERIES, WriteMode.INSERT)));
        assertMentions(noKeyStore.getMessage(), "'version'");
        assertEquals(0, db.count(SingleSeriesStore.class));
    }

    @Test
    void wrongTypedKeyValuesAreRefusedNamingTheField() {
        for (Object badVersion : List.of("abc", "1.5", 1.5, true)) {
            InvalidKeyException e = refusedWrite(SeriesKey.of("version", badVersion, "kind", "a"));
            assertMentions(e.getMessage(), "'version'");
        }
        InvalidKeyException numberForText = refusedWrite(SeriesKey.of("version", 1, "kind", 5));
        assertMentions(numberForText.getMessage(), "'kind'");
    }

    @Test
    void wrongTypedFilterValueIsRefused() {
        InvalidKeyException e = assertThrows(InvalidKeyException.class,
                () -> db.run(YearParisStore.class, s -> s.delete(SeriesKey.of("version", "one"), true)));
        assertMentions(e.getMessage(), "'version'");
    }

    @Test
    void keyGivenAsTextIsAcceptedAndNamesTheSameSeries() {
        db.run(YearParisStore.class, s -> s.setTs(SeriesKey.of("version", "1", "kind", "a"), SERIES, WriteMode.INSERT));

        assertSeries(stored(SERIES, PARIS), db.inTransaction(YearParisStore.class, s -> s.getTs(key(1, "a"))));
        assertSeries(stored(SERIES, PARIS),
                db.inTransaction(YearParisStore.class, s -> s.getTs(SeriesKey.of("version", "1", "kind", "a"))));
        assertEquals(List.of(key(1, "a")), db.rows(YearParisStore.class).stream().map(PostgresStores.StoredRow::key).toList(),
                "stored with version as the integer 1");
        // The same series given as text then as a number: an INSERT finds it already stored.
        SeriesAlreadyExistsException e = assertThrows(SeriesAlreadyExistsException.class,
                () -> db.run(YearParisStore.class, s -> s.setTs(key(1, "a"), SERIES, WriteMode.INSERT)));
        assertEquals(key(1, "a"), e.key());
    }

    @Test
    void longKeyValueFittingAnIntIsAccepted() {
        db.run(YearParisStore.class, s -> s.setTs(SeriesKey.of("version", 7L, "kind", "a"), SERIES, WriteMode.INSERT));

        assertSeries(stored(SERIES, PARIS), db.inTransaction(YearParisStore.class, s -> s.getTs(key(7, "a"))));
    }

    @Test
    void textAndNumberForTheSameSeriesInOneSetManyTsAreRefused() {
        InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> db.run(YearParisStore.class,
                s -> s.setManyTs(Map.of(key(1, "a"), SERIES, SeriesKey.of("version", "1", "kind", "a"), SERIES))));
        assertMentions(e.getMessage(), "two series");
        assertEquals(0, db.count(YearParisStore.class));
    }

    @Test
    void partialFilterIsAcceptedWhereAFilterIsExpected() {
        db.run(YearParisStore.class, s -> {
            s.setTs(key(1, "a"), SERIES, WriteMode.INSERT);
            s.setTs(key(2, "a"), SERIES, WriteMode.INSERT);
        });

        assertEquals(1, (int) db.inTransaction(YearParisStore.class, s -> s.delete(SeriesKey.of("version", "2"), true)));
        assertEquals(1, db.count(YearParisStore.class, "WHERE is_deleted"));
        assertEquals(1, db.count(YearParisStore.class, "WHERE is_deleted AND version = 2"));
    }
}
