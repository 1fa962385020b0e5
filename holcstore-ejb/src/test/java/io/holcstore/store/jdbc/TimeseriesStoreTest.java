package io.holcstore.store.jdbc;

import io.holcstore.series.DenseSeries;
import io.holcstore.series.IndexedSeries;
import io.holcstore.series.IrregularSeries;
import io.holcstore.series.LocalSeries;
import io.holcstore.series.Series;
import io.holcstore.store.AmbiguousSeriesException;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.SeriesNotFoundException;
import io.holcstore.store.TimeseriesEntry;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.SiteParisSeries;
import io.holcstore.testing.TimeseriesStoreTestBase;
import io.holcstore.testing.YearKindSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store of whole series on PostgreSQL, as the reference's tests use it: three series under keys (year, kind),
 * read back by full and partial keys, flat reads and their errors, first write, update, replace and clear.
 */
class TimeseriesStoreTest extends TimeseriesStoreTestBase {
    private static final SeriesKey Y2020_A = SeriesKey.of("year", 2020, "kind", "a");
    private static final SeriesKey Y2020_B = SeriesKey.of("year", 2020, "kind", "b");
    private static final SeriesKey Y2024_A = SeriesKey.of("year", 2024, "kind", "a");
    private static final DenseSeries S2020_A = hourly("2020-01-01T00:00:00Z", 1, 2, 3);
    /** Written at +01:00, as the reference's test: instants are kept, not the offset they were written with. */
    private static final DenseSeries S2020_B = DenseSeries.of(OffsetDateTime.parse("2020-01-01T00:00:00+01:00").toInstant(),
            Duration.ofHours(1), 10, 20, 30);
    private static final DenseSeries S2024_A = hourly("2024-01-01T00:00:00Z", 11, 21, 31);

    @BeforeEach
    void threeSeries() {
        write(Y2020_A, S2020_A, WriteMode.INSERT);
        write(Y2020_B, S2020_B, WriteMode.INSERT);
        write(Y2024_A, S2024_A, WriteMode.INSERT);
    }

    static DenseSeries hourly(String start, double... values) {
        return DenseSeries.of(Instant.parse(start), Duration.ofHours(1), values);
    }

    private static IndexedSeries utc(Series series) {
        return IndexedSeries.of(series, ZoneOffset.UTC);
    }

    private static boolean write(SeriesKey key, Series series, WriteMode mode) {
        return db.inTransaction(YearKindSeries.class, s -> s.setTs(key, series, mode));
    }

    private static List<TimeseriesEntry> get(SeriesKey filter) {
        return db.inTransaction(YearKindSeries.class, s -> s.getTs(filter));
    }

    private static IndexedSeries getOne(SeriesKey filter) {
        return db.inTransaction(YearKindSeries.class, s -> s.getOneTs(filter));
    }

    private static long count(SeriesKey filter) {
        return db.inTransaction(YearKindSeries.class, s -> s.count(filter));
    }

    private static int clear(SeriesKey filter) {
        return db.inTransaction(YearKindSeries.class, s -> s.clear(filter));
    }

    // ---- reads ----

    @Test
    void eachSeriesReadsBackByItsFullKey() {
        List<TimeseriesEntry> found = get(Y2020_A);
        assertEquals(List.of(new TimeseriesEntry(Y2020_A, utc(S2020_A))), found);
        assertEquals(utc(S2020_A), getOne(Y2020_A));
        assertEquals(utc(S2020_B), getOne(Y2020_B), "written at +01:00, the same instants read back");
        assertEquals(Instant.parse("2019-12-31T23:00:00Z"), getOne(Y2020_B).instantAt(0));
        assertEquals(utc(S2024_A), getOne(Y2024_A));
    }

    @Test
    void keysOfReadSeriesHaveTheFieldTypes() {
        TimeseriesEntry entry = get(Y2024_A).get(0);
        assertEquals(2024, entry.key().get("year"));
        assertEquals("a", entry.key().get("kind"));
        assertEquals(Y2024_A, get(SeriesKey.of("year", "2024", "kind", "a")).get(0).key(), "text values are parsed");
    }

    @Test
    void aPartialFilterReadsEveryMatchingSeriesOrderedByKey() {
        List<TimeseriesEntry> kindA = get(SeriesKey.of("kind", "a"));
        assertEquals(List.of(Y2020_A, Y2024_A), kindA.stream().map(TimeseriesEntry::key).toList());
        assertEquals(List.of(utc(S2020_A), utc(S2024_A)), kindA.stream().map(TimeseriesEntry::series).toList());
        List<SeriesKey> all = get(SeriesKey.all()).stream().map(TimeseriesEntry::key).toList();
        assertEquals(List.of(Y2020_A, Y2024_A, Y2020_B), all, "the empty filter reads all, ordered by kind then year");
    }

    @Test
    void aFilterMatchingNothingReadsNothingAndItsFlatReadIsNotFound() {
        assertEquals(List.of(), get(SeriesKey.of("kind", "z")));
        SeriesNotFoundException e = assertThrows(SeriesNotFoundException.class, () -> getOne(SeriesKey.of("kind", "z")));
        assertEquals(SeriesKey.of("kind", "z"), e.key());
        assertTrue(e.getMessage().contains("YearKindSeries"), e.getMessage());
    }

    @Test
    void aFlatReadOfSeveralSeriesIsAmbiguousNamingFilterAndCount() {
        AmbiguousSeriesException e = assertThrows(AmbiguousSeriesException.class, () -> getOne(SeriesKey.of("kind", "a")));
        assertEquals(SeriesKey.of("kind", "a"), e.filter());
        assertEquals(2, e.count());
        assertEquals(3, assertThrows(AmbiguousSeriesException.class, () -> getOne(SeriesKey.all())).count());
        assertTrue(e.getMessage().contains("{kind=a}") && e.getMessage().contains("2 series"), e.getMessage());
    }

    @Test
    void aFlatReadByAPartialFilterSelectingOneSeriesReadsIt() {
        assertEquals(utc(S2020_B), getOne(SeriesKey.of("kind", "b")));
    }

    @Test
    void forEachHandsOverEverySeriesOneAtATimeInKeyOrder() {
        List<SeriesKey> seen = new ArrayList<>();
        long count = db.inTransaction(YearKindSeries.class, s -> s.forEachTs(SeriesKey.of("year", 2020), e -> seen.add(e.key())));
        assertEquals(2L, count);
        assertEquals(List.of(Y2020_A, Y2020_B), seen);
    }

    @Test
    void countCountsTheMatchingSeries() {
        assertEquals(3, count(SeriesKey.all()));
        assertEquals(2, count(SeriesKey.of("kind", "a")));
        assertEquals(0, count(SeriesKey.of("year", 1999)));
    }

    // ---- writes ----

    @Test
    void aFirstWriteOverAStoredSeriesFailsAndKeepsTheFirst() {
        SeriesKey key = SeriesKey.of("year", 2010, "kind", "wout_upd");
        DenseSeries first = hourly("2010-01-01T00:00:00Z", 1, 2, 3);
        assertTrue(write(key, first, WriteMode.INSERT));
        SeriesAlreadyExistsException e = assertThrows(SeriesAlreadyExistsException.class,
                () -> write(key, hourly("2010-01-01T03:00:00Z", 10, 20, 30), WriteMode.INSERT));
        assertEquals(key, e.key());
        assertThrows(SeriesAlreadyExistsException.class,
                () -> db.inTransaction(YearKindSeries.class, s -> s.setTs(key, hourly("2010-01-01T03:00:00Z", 10))));
        assertEquals(utc(first), getOne(key));
    }

    @Test
    void replaceWritesTheNewSeriesInstead() {
        SeriesKey key = SeriesKey.of("year", 2010, "kind", "with_replace");
        write(key, hourly("2010-01-01T00:00:00Z", 1, 2, 3), WriteMode.INSERT);
        DenseSeries replacement = hourly("2010-01-01T02:00:00Z", 999, 10, 20, 30);
        assertTrue(write(key, replacement, WriteMode.REPLACE));
        assertEquals(utc(replacement), getOne(key));
        assertEquals(4, db.rows(YearKindSeries.class), "one row per series, rewritten in place");
    }

    @Test
    void updateCombinesNewValuesFirstOverTheStoredOnes() {
        SeriesKey key = SeriesKey.of("year", 2010, "kind", "with_upd");
        write(key, hourly("2010-01-01T00:00:00Z", 1, 2, 3), WriteMode.INSERT);
        assertTrue(write(key, hourly("2010-01-01T02:00:00Z", 999, 10, 20, 30), WriteMode.UPDATE));
        assertEquals(utc(hourly("2010-01-01T00:00:00Z", 1, 2, 999, 10, 20, 30)), getOne(key));
    }

    @Test
    void updateKeepsStoredValuesWhereTheNewSeriesIsNaN() {
        SeriesKey key = SeriesKey.of("year", 2011, "kind", "gaps");
        write(key, hourly("2011-01-01T00:00:00Z", 1, 2, 3), WriteMode.INSERT);
        write(key, hourly("2011-01-01T00:00:00Z", Double.NaN, 20, Double.NaN, 40), WriteMode.UPDATE);
        assertEquals(utc(hourly("2011-01-01T00:00:00Z", 1, 20, 3, 40)), getOne(key));
    }

    @Test
    void updateAndReplaceOfANewSeriesWriteIt() {
        SeriesKey updated = SeriesKey.of("year", 2012, "kind", "new_upd");
        SeriesKey replaced = SeriesKey.of("year", 2012, "kind", "new_rep");
        assertTrue(write(updated, hourly("2012-01-01T00:00:00Z", 5), WriteMode.UPDATE));
        assertTrue(write(replaced, hourly("2012-01-01T00:00:00Z", 6), WriteMode.REPLACE));
        assertEquals(utc(hourly("2012-01-01T00:00:00Z", 5)), getOne(updated));
        assertEquals(utc(hourly("2012-01-01T00:00:00Z", 6)), getOne(replaced));
    }

    @Test
    void irregularSeriesAreKeptPointForPointInTimeOrder() {
        SeriesKey key = SeriesKey.of("year", 2013, "kind", "irregular");
        Instant[] instants = {Instant.parse("2013-05-02T10:17:03.250Z"), Instant.parse("2013-01-01T00:00:00Z"),
                Instant.parse("2013-02-11T08:00:00Z")};
        assertTrue(write(key, IrregularSeries.of(instants, new double[]{3, 1, Double.NaN}), WriteMode.INSERT));
        IndexedSeries read = getOne(key);
        assertEquals(List.of(instants[1], instants[2], instants[0]), List.of(read.instantAt(0), read.instantAt(1), read.instantAt(2)));
        assertEquals(1, read.valueAt(0));
        assertTrue(Double.isNaN(read.valueAt(1)), "a NaN inside the series is kept");
        assertEquals(3, read.valueAt(2));
    }

    @Test
    void allNaNOrEmptyInputWritesNothingInEveryMode() {
        DenseSeries nan = hourly("2020-01-01T00:00:00Z", Double.NaN, Double.NaN);
        DenseSeries empty = DenseSeries.empty(Instant.parse("2020-01-01T00:00:00Z"), Duration.ofHours(1), ZoneOffset.UTC);
        for (WriteMode mode : WriteMode.values()) {
            assertFalse(write(Y2020_A, nan, mode), mode.name());
            assertFalse(write(Y2020_A, empty, mode), mode.name());
            assertFalse(write(SeriesKey.of("year", 1990, "kind", "nan"), nan, mode), mode.name());
        }
        assertEquals(utc(S2020_A), getOne(Y2020_A), "the stored series is untouched");
        assertEquals(3, db.rows(YearKindSeries.class), "no row for a new key");
    }

    @Test
    void localDateTimesAreReadInTheStoreZoneAndSeriesRenderedInIt() {
        SeriesKey key = SeriesKey.of("site", "paris", "day", LocalDate.of(2025, 3, 30));
        LocalDateTime[] local = {LocalDateTime.parse("2025-03-30T01:00"), LocalDateTime.parse("2025-03-30T03:00")};
        db.inTransaction(SiteParisSeries.class, s -> s.setTs(key, LocalSeries.of(local, new double[]{1, 2})));
        IndexedSeries read = db.inTransaction(SiteParisSeries.class, s -> s.getOneTs(SeriesKey.of("day", "2025-03-30")));
        assertEquals(ZoneId.of("Europe/Paris"), read.zone());
        assertEquals(Instant.parse("2025-03-30T00:00:00Z"), read.instantAt(0));
        assertEquals(Instant.parse("2025-03-30T01:00:00Z"), read.instantAt(1), "03:00 is the first hour after the spring gap");
    }

    // ---- clear ----

    @Test
    void clearRemovesTheMatchingSeriesOnly() {
        assertEquals(2, clear(SeriesKey.of("year", 2020)));
        assertEquals(List.of(Y2024_A), get(SeriesKey.all()).stream().map(TimeseriesEntry::key).toList());
        assertEquals(0, clear(SeriesKey.of("kind", "b")));
        assertEquals(1, clear(Y2024_A));
        assertEquals(0, db.rows(YearKindSeries.class));
    }

    @Test
    void clearWithTheEmptyFilterRemovesEverySeries() {
        assertEquals(3, clear(SeriesKey.all()));
        assertEquals(0, db.rows(YearKindSeries.class));
    }

    @Test
    void aClearedSeriesCanBeWrittenAgainAsNew() {
        db.inTransaction(YearKindSeries.class, s -> s.clear(Y2020_A));
        assertTrue(write(Y2020_A, hourly("2020-06-01T00:00:00Z", 7), WriteMode.INSERT));
        assertEquals(utc(hourly("2020-06-01T00:00:00Z", 7)), getOne(Y2020_A));
    }
}
