package io.holcstore.store.jdbc;

import io.holcstore.Culprit;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.DuplicateTimestampException;
import io.holcstore.series.IndexedSeries;
import io.holcstore.series.InvalidLocalTimeException;
import io.holcstore.series.IrregularSeries;
import io.holcstore.series.LocalSeries;
import io.holcstore.series.UnstorableInstantException;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.SiteParisSeries;
import io.holcstore.testing.TimeseriesStoreTestBase;
import io.holcstore.testing.YearKindSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bad input to the store of whole series is a typed error naming its culprit, and leaves what is stored as it
 * was: checked after each error by reading the one stored series back and counting the table's rows with SQL.
 */
class TimeseriesStoreInputErrorsTest extends TimeseriesStoreTestBase {
    private static final SeriesKey KEY = SeriesKey.of("year", 2020, "kind", "a");
    private static final DenseSeries STORED = DenseSeries.of(Instant.parse("2020-01-01T00:00:00Z"), Duration.ofHours(1), 1, 2, 3);
    private static final DenseSeries OTHER = DenseSeries.of(Instant.parse("2020-01-01T00:00:00Z"), Duration.ofHours(1), 9, 9);

    @BeforeEach
    void oneSeries() {
        db.inTransaction(YearKindSeries.class, s -> s.setTs(KEY, STORED));
    }

    @AfterEach
    void nothingChanged() {
        assertEquals(1, db.rows(YearKindSeries.class), "no row added or removed");
        assertEquals(IndexedSeries.of(STORED, ZoneOffset.UTC), db.inTransaction(YearKindSeries.class, s -> s.getOneTs(KEY)),
                "the stored series is untouched");
    }

    private static <T extends Throwable> T fails(Class<T> type, Executable call) {
        return assertThrows(type, call);
    }

    private static void write(SeriesKey key, io.holcstore.series.Series series, WriteMode mode) {
        db.inTransaction(YearKindSeries.class, s -> s.setTs(key, series, mode));
    }

    @Test
    void aWriteWithoutKeyFieldsNamesTheMissingOnes() {
        for (WriteMode mode : WriteMode.values()) {
            InvalidKeyException e = fails(InvalidKeyException.class, () -> write(SeriesKey.all(), OTHER, mode));
            assertTrue(e.getMessage().contains("[kind, year]"), e.getMessage());
        }
    }

    @Test
    void aWriteWithAPartialKeyNamesTheMissingField() {
        InvalidKeyException e = fails(InvalidKeyException.class, () -> write(SeriesKey.of("year", 2020), OTHER, WriteMode.UPDATE));
        assertTrue(e.getMessage().contains("[kind]"), e.getMessage());
    }

    @Test
    void anUnknownKeyFieldIsNamedOnWritesAndReads() {
        SeriesKey wrong = SeriesKey.of("year", 2020, "kind", "a", "colour", "red");
        InvalidKeyException write = fails(InvalidKeyException.class, () -> write(wrong, OTHER, WriteMode.REPLACE));
        assertEquals("colour", write.field().orElseThrow());
        assertEquals("colour", write.culprits().get(Culprit.FIELD).orElseThrow());
        SeriesKey filter = SeriesKey.of("colour", "red");
        assertEquals("colour", fails(InvalidKeyException.class,
                () -> db.inTransaction(YearKindSeries.class, s -> s.getTs(filter))).field().orElseThrow());
        assertEquals("colour", fails(InvalidKeyException.class,
                () -> db.inTransaction(YearKindSeries.class, s -> s.getOneTs(filter))).field().orElseThrow());
        assertEquals("colour", fails(InvalidKeyException.class,
                () -> db.inTransaction(YearKindSeries.class, s -> s.clear(filter))).field().orElseThrow());
        assertEquals("colour", fails(InvalidKeyException.class,
                () -> db.inTransaction(YearKindSeries.class, s -> s.count(filter))).field().orElseThrow());
        assertEquals("colour", fails(InvalidKeyException.class,
                () -> db.inTransaction(YearKindSeries.class, s -> s.forEachTs(filter, e -> { }))).field().orElseThrow());
    }

    @Test
    void aKeyValueOfTheWrongTypeNamesItsField() {
        InvalidKeyException e = fails(InvalidKeyException.class,
                () -> write(SeriesKey.of("year", "twenty", "kind", "a"), OTHER, WriteMode.REPLACE));
        assertEquals("year", e.field().orElseThrow());
        assertTrue(e.getMessage().contains("'twenty'"), e.getMessage());
        assertEquals("year", fails(InvalidKeyException.class,
                () -> db.inTransaction(YearKindSeries.class, s -> s.clear(SeriesKey.of("year", 20.5)))).field().orElseThrow());
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("key", fails(InvalidArgumentException.class, () -> write(null, OTHER, WriteMode.UPDATE)).argument());
        assertEquals("series", fails(InvalidArgumentException.class, () -> write(KEY, null, WriteMode.UPDATE)).argument());
        assertEquals("mode", fails(InvalidArgumentException.class, () -> write(KEY, OTHER, null)).argument());
        assertEquals("filter", fails(InvalidArgumentException.class,
                () -> db.inTransaction(YearKindSeries.class, s -> s.getTs(null))).argument());
        assertEquals("filter", fails(InvalidArgumentException.class,
                () -> db.inTransaction(YearKindSeries.class, s -> s.clear(null))).argument());
        assertEquals("consumer", fails(InvalidArgumentException.class,
                () -> db.inTransaction(YearKindSeries.class, s -> s.forEachTs(SeriesKey.all(), null))).argument());
    }

    @Test
    void aSeriesGivingOneInstantTwiceIsRefusedNamingIt() {
        Instant twice = Instant.parse("2020-01-01T01:00:00Z");
        IrregularSeries series = IrregularSeries.of(new Instant[]{twice, Instant.parse("2020-01-01T00:00:00Z"), twice},
                new double[]{5, 6, 7});
        DuplicateTimestampException e = fails(DuplicateTimestampException.class, () -> write(KEY, series, WriteMode.UPDATE));
        assertEquals(twice, e.culprits().get(Culprit.TIMESTAMP).orElseThrow());
    }

    @Test
    void anInstantFinerThanAMillisecondIsRefusedNamingIt() {
        Instant fine = Instant.parse("2020-01-01T00:00:00.000001Z");
        IrregularSeries series = IrregularSeries.of(new Instant[]{fine}, new double[]{1});
        UnstorableInstantException e = fails(UnstorableInstantException.class, () -> write(KEY, series, WriteMode.REPLACE));
        assertEquals(fine, e.culprits().get(Culprit.TIMESTAMP).orElseThrow());
    }

    @Test
    void aLocalTimeTheStoreZoneSkipsIsRefusedNamingIt() {
        LocalDateTime gap = LocalDateTime.parse("2025-03-30T02:30");
        LocalSeries series = LocalSeries.of(new LocalDateTime[]{gap}, new double[]{1});
        InvalidLocalTimeException e = fails(InvalidLocalTimeException.class, () -> db.inTransaction(SiteParisSeries.class,
                s -> s.setTs(SeriesKey.of("site", "x", "day", "2025-03-30"), series, WriteMode.UPDATE)));
        assertEquals(gap, e.culprits().get(Culprit.LOCAL_TIME).orElseThrow());
        assertEquals(0, db.rows(SiteParisSeries.class));
    }
}
