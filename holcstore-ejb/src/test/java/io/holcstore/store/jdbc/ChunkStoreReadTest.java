package io.holcstore.store.jdbc;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.InvalidWindowException;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthUtcStore;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.SingleSeriesStore;
import io.holcstore.testing.StoreTestBase;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static io.holcstore.testing.StoreFixtures.countPresent;
import static io.holcstore.testing.StoreFixtures.HALF_HOUR;
import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.NEW_YORK;
import static io.holcstore.testing.StoreFixtures.NaN;
import static io.holcstore.testing.StoreFixtures.PARIS;
import static io.holcstore.testing.StoreFixtures.QUARTER;
import static io.holcstore.testing.StoreFixtures.UTC;
import static io.holcstore.testing.StoreFixtures.assertEmpty;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.stored;
import static io.holcstore.testing.StoreFixtures.utc;
import static io.holcstore.testing.StoreFixtures.version;
import static io.holcstore.testing.StoreFixtures.withGap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Window reads (getTs), yieldManyTs, getMaxHorodate and lastUpdatedAt. */
class ChunkStoreReadTest extends StoreTestBase {
    private static final SeriesKey KEY = key(1, "load");
    /** 2024-12-30 00:00 to 2025-01-02 23:00 Paris, hourly: 96 points over the 2024 and 2025 yearly chunks. */
    private static final DenseSeries FOUR_DAYS = ramp(paris("2024-12-30T00:00"), HOUR, 96, 1);

    private void writeFourDays() {
        db.run(YearParisStore.class, s -> s.setTs(KEY, FOUR_DAYS, WriteMode.INSERT));
    }

    private DenseSeries read(Instant start, Instant end, boolean dropBoundsNa) {
        return db.inTransaction(YearParisStore.class, s -> s.getTs(KEY, start, end, dropBoundsNa));
    }

    private static DenseSeries expected(DenseSeries written, Instant start, Instant end) {
        return written.slice(start, end).withZone(PARIS);
    }

    // ---- windows ----

    @Test
    void nullBoundsReadTheWholeSeries() {
        writeFourDays();

        assertSeries(stored(FOUR_DAYS, PARIS), read(null, null, true));
        assertSeries(stored(FOUR_DAYS, PARIS), db.inTransaction(YearParisStore.class, s -> s.getTs(KEY, null, null)));
    }

    @Test
    void farAwayBoundsReadAsOpen() {
        writeFourDays();

        assertSeries(stored(FOUR_DAYS, PARIS), read(Instant.MIN, Instant.MAX, true));
        assertSeries(stored(FOUR_DAYS, PARIS), read(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59Z"), true));
    }

    @Test
    void startOnlyReadsFromStartToTheEnd() {
        writeFourDays();
        Instant start = paris("2025-01-01T05:00");

        DenseSeries read = read(start, null, true);

        assertSeries(expected(FOUR_DAYS, start, null), read);
        assertEquals(start, read.start());
        assertEquals(FOUR_DAYS.end(), read.end());
    }

    @Test
    void endOnlyReadsFromTheStartToEnd() {
        writeFourDays();
        Instant end = paris("2024-12-31T10:00");

        DenseSeries read = read(null, end, true);

        assertSeries(expected(FOUR_DAYS, null, end), read);
        assertEquals(FOUR_DAYS.start(), read.start());
        assertEquals(end, read.end(), "the end bound is inclusive");
    }

    @Test
    void boundsGivenInAnotherZoneAreTheSameInstants() {
        writeFourDays();
        // 2024-12-30 20:00 New York = 2024-12-31 02:00 Paris; 2025-01-01 10:00 New York = 2025-01-01 16:00 Paris.
        Instant start = ZonedDateTime.of(2024, 12, 30, 20, 0, 0, 0, NEW_YORK).toInstant();
        Instant end = ZonedDateTime.of(2025, 1, 1, 10, 0, 0, 0, NEW_YORK).toInstant();

        DenseSeries read = read(start, end, true);

        assertEquals(paris("2024-12-31T02:00"), read.start());
        assertEquals(paris("2025-01-01T16:00"), read.end());
        assertEquals(PARIS, read.zone());
        assertSeries(expected(FOUR_DAYS, start, end), read);
    }

    @Test
    void boundsOffTheGridSelectTheGridPointsInside() {
        writeFourDays();
        Instant start = paris("2024-12-31T10:30");
        Instant end = paris("2024-12-31T14:45");

        DenseSeries read = read(start, end, true);

        assertEquals(paris("2024-12-31T11:00"), read.start());
        assertEquals(paris("2024-12-31T14:00"), read.end());
        assertSeries(expected(FOUR_DAYS, start, end), read);
        assertEquals(4, read.size());

        DenseSeries oneNanoAfter = read(paris("2024-12-31T10:00").plusNanos(1), paris("2024-12-31T11:00").minusNanos(1), true);
        assertEmpty(oneNanoAfter);
    }

    @Test
    void startEqualToEndReadsOnePoint() {
        writeFourDays();
        Instant at = paris("2025-01-01T00:00");

        DenseSeries read = read(at, at, true);

        assertEquals(1, read.size());
        assertEquals(at, read.start());
        assertEquals(FOUR_DAYS.valueAt(48), read.valueAt(0));
    }

    @Test
    void startAfterEndIsAnInvalidWindow() {
        writeFourDays();
        Instant start = paris("2025-01-02T00:00");
        Instant end = paris("2025-01-01T00:00");

        InvalidWindowException e = assertThrows(InvalidWindowException.class, () -> read(start, end, true));
        assertMentions(e.getMessage(), start.toString(), end.toString());
        assertThrows(InvalidWindowException.class, () -> db.run(YearParisStore.class, s -> {
            try (Stream<KeyedSeries> all = s.streamManyTs(SeriesKey.all(), start, end, true)) {
                all.count();
            }
        }));
    }

    @Test
    void dropBoundsNaTrimsOrKeepsTheNaNAtTheWindowEdges() {
        // Values on 2024-12-31 06:00..17:00 Paris only.
        DenseSeries written = withGap(withGap(FOUR_DAYS, 0, 30), 42, 96);
        db.run(YearParisStore.class, s -> s.setTs(KEY, written, WriteMode.INSERT));
        Instant start = paris("2024-12-31T00:00");
        Instant end = paris("2024-12-31T20:00");

        DenseSeries trimmed = read(start, end, true);
        DenseSeries kept = read(start, end, false);

        assertEquals(paris("2024-12-31T06:00"), trimmed.start());
        assertEquals(paris("2024-12-31T17:00"), trimmed.end());
        assertSeries(stored(written, PARIS), trimmed);

        assertEquals(start, kept.start(), "the window start, NaN kept");
        assertEquals(end, kept.end(), "the window end, NaN kept");
        assertEquals(21, kept.size());
        assertSeries(expected(written, start, end), kept);
        assertTrue(Double.isNaN(kept.valueAt(0)) && Double.isNaN(kept.valueAt(20)));
        assertEquals(kept.trimNaN(), trimmed);
    }

    @Test
    void dropBoundsNaFalseKeepsTheNaNOfTheStoredChunksBeyondTheData() {
        writeFourDays();

        DenseSeries kept = read(null, null, false);

        // The joined 2024 and 2025 yearly chunks, NaN around the four days.
        assertEquals(paris("2024-01-01T00:00"), kept.start());
        assertEquals(paris("2025-12-31T23:00"), kept.end());
        assertEquals(8784 + 8760, kept.size());
        assertSeries(stored(FOUR_DAYS, PARIS), kept.trimNaN());
    }

    @Test
    void windowWithoutDataReadsEmpty() {
        writeFourDays();

        assertEmpty(read(paris("2023-06-01T00:00"), paris("2023-06-30T00:00"), true));
        assertEmpty(read(paris("2023-06-01T00:00"), paris("2023-06-30T00:00"), false));
        assertEmpty(read(paris("2026-01-01T00:00"), null, true));
        // In a stored chunk but where it holds only NaN.
        assertEmpty(read(paris("2024-06-01T00:00"), paris("2024-06-02T00:00"), true));
        DenseSeries nanOnly = read(paris("2024-06-01T00:00"), paris("2024-06-02T00:00"), false);
        assertEquals(25, nanOnly.size());
        assertEquals(0, countPresent(nanOnly));
    }

    @Test
    void windowSpanningAMissingChunkFillsItWithNaN() {
        DenseSeries early = ramp(paris("2023-12-31T20:00"), HOUR, 4, 1);
        DenseSeries late = ramp(paris("2025-01-01T00:00"), HOUR, 4, 5);
        db.run(YearParisStore.class, s -> s.setTs(KEY, early.combineFirst(late), WriteMode.INSERT));

        DenseSeries read = read(paris("2023-12-31T22:00"), paris("2025-01-01T01:00"), true);

        assertEquals(2, db.count(YearParisStore.class), "2023 and 2025; no 2024 chunk");
        assertSeries(early.combineFirst(late).slice(paris("2023-12-31T22:00"), paris("2025-01-01T01:00")).withZone(PARIS), read);
        assertEquals(2 + 8784 + 2, read.size());
    }

    // ---- yieldManyTs ----

    private void writeVersions() {
        db.run(YearParisStore.class, s -> s.setManyTs(Map.of(
                key(1, "b"), ramp(paris("2024-06-01T00:00"), HOUR, 10, 100),
                key(1, "a"), ramp(paris("2024-06-01T05:00"), HOUR, 10, 200),
                key(2, "a"), ramp(paris("2024-06-01T00:00"), HOUR, 10, 300),
                key(1, "c"), ramp(paris("2023-12-31T20:00"), HOUR, 10, 400),
                key(3, "b"), ramp(paris("2024-06-01T00:00"), HOUR, 10, 500))));
    }

    private List<KeyedSeries> yieldAll(SeriesKey filter, Instant start, Instant end, boolean dropBoundsNa) {
        return db.inTransaction(YearParisStore.class, s -> {
            try (Stream<KeyedSeries> series = s.streamManyTs(filter, start, end, dropBoundsNa)) {
                return series.toList();
            }
        });
    }

    private DenseSeries get(SeriesKey key, Instant start, Instant end) {
        return db.inTransaction(YearParisStore.class, s -> s.getTs(key, start, end));
    }

    @Test
    void yieldManyTsWithAPartialFilterYieldsTheMatchingSeriesOrderedByKey() {
        writeVersions();

        List<KeyedSeries> yielded = yieldAll(version(1), null, null, true);

        assertEquals(List.of(key(1, "a"), key(1, "b"), key(1, "c")), yielded.stream().map(KeyedSeries::key).toList());
        for (KeyedSeries one : yielded) {
            assertSeries(get(one.key(), null, null), one.series());
        }
        assertSeries(ramp(paris("2023-12-31T20:00"), HOUR, 10, 400).withZone(PARIS), yielded.get(2).series());
    }

    @Test
    void yieldManyTsCutsEachSeriesToTheWindow() {
        writeVersions();
        Instant start = paris("2024-06-01T03:00");
        Instant end = paris("2024-06-01T07:30");

        List<KeyedSeries> yielded = yieldAll(version(1), start, end, true);

        // (1, c) holds nothing in the window, so it is not yielded.
        assertEquals(List.of(key(1, "a"), key(1, "b")), yielded.stream().map(KeyedSeries::key).toList());
        assertSeries(ramp(paris("2024-06-01T05:00"), HOUR, 3, 200).withZone(PARIS), yielded.get(0).series());
        assertSeries(ramp(paris("2024-06-01T03:00"), HOUR, 5, 103).withZone(PARIS), yielded.get(1).series());
        for (KeyedSeries one : yielded) {
            assertSeries(get(one.key(), start, end), one.series());
        }
    }

    @Test
    void yieldManyTsWithoutDroppingBoundsNaSpansTheWindow() {
        writeVersions();
        Instant start = paris("2024-06-01T03:00");
        Instant end = paris("2024-06-01T07:00");

        List<KeyedSeries> yielded = yieldAll(version(1), start, end, false);

        // (1, c) has a chunk over the window, holding only NaN there: kept as NaN.
        assertEquals(List.of(key(1, "a"), key(1, "b"), key(1, "c")), yielded.stream().map(KeyedSeries::key).toList());
        assertSeries(DenseSeries.of(start, HOUR, PARIS, NaN, NaN, 200, 201, 202), yielded.get(0).series());
        assertSeries(DenseSeries.of(start, HOUR, PARIS, 103, 104, 105, 106, 107), yielded.get(1).series());
        assertSeries(DenseSeries.of(start, HOUR, PARIS, NaN, NaN, NaN, NaN, NaN), yielded.get(2).series());
        for (KeyedSeries one : yielded) {
            assertSeries(db.inTransaction(YearParisStore.class, s -> s.getTs(one.key(), start, end, false)), one.series());
        }
    }

    @Test
    void yieldManyTsWithTheEmptyFilterYieldsEverySeries() {
        writeVersions();

        List<KeyedSeries> yielded = yieldAll(SeriesKey.all(), null, null, true);

        // Ordered by key fields in name order: kind, then version.
        assertEquals(List.of(key(1, "a"), key(2, "a"), key(1, "b"), key(3, "b"), key(1, "c")),
                yielded.stream().map(KeyedSeries::key).toList());
        for (KeyedSeries one : yielded) {
            assertSeries(get(one.key(), null, null), one.series());
        }
        List<KeyedSeries> viaShortForm = db.inTransaction(YearParisStore.class, s -> {
            try (Stream<KeyedSeries> series = s.streamManyTs(SeriesKey.all(), null, null, true)) {
                return series.toList();
            }
        });
        assertEquals(yielded, viaShortForm);
    }

    @Test
    void yieldManyTsSkipsDeletedSeriesAndYieldsNothingForNoMatch() {
        writeVersions();
        db.run(YearParisStore.class, s -> s.delete(key(1, "b"), true));

        assertEquals(List.of(key(1, "a"), key(1, "c")), yieldAll(version(1), null, null, true).stream().map(KeyedSeries::key).toList());
        assertEquals(List.of(), yieldAll(version(9), null, null, true));
    }

    @Test
    void yieldManyTsOnTheStoreWithoutKeys() {
        DenseSeries series = ramp(paris("2024-01-31T23:00"), HALF_HOUR, 6, 1);
        db.run(SingleSeriesStore.class, s -> s.setTs(SeriesKey.all(), series, WriteMode.INSERT));

        List<KeyedSeries> yielded = db.inTransaction(SingleSeriesStore.class, s -> {
            try (Stream<KeyedSeries> all = s.streamManyTs(SeriesKey.all(), null, null, true)) {
                return all.toList();
            }
        });

        assertEquals(1, yielded.size());
        assertEquals(SeriesKey.all(), yielded.get(0).key());
        assertSeries(stored(series, PARIS), yielded.get(0).series());
    }

    /** Portals (server-side cursors) open in this session. */
    private static int openCursors(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pg_cursors")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void yieldManyTsStreamsLazilyAndReleasesItsCursorWhenClosed() {
        // More series than the fetch size, so that the result set is still open after the first one.
        Map<SeriesKey, DenseSeries> many = new LinkedHashMap<>();
        for (int v = 0; v < 300; v++) {
            many.put(key(v, "k"), ramp(paris("2024-03-01T00:00"), HOUR, 3, v));
        }
        db.run(YearParisStore.class, s -> s.setManyTs(many));

        List<Integer> cursorsSeen = db.inTransaction(YearParisStore.class, (s, connection) -> {
            List<Integer> seen = new ArrayList<>();
            seen.add(openCursors(connection));
            Stream<KeyedSeries> stream = s.streamManyTs(SeriesKey.of("kind", "k"), null, null, true);
            Iterator<KeyedSeries> it = stream.iterator();
            KeyedSeries first = it.next();
            assertEquals(key(0, "k"), first.key());
            seen.add(openCursors(connection));
            stream.close();
            seen.add(openCursors(connection));
            // The connection is still usable in the same transaction after closing the stream.
            try (Stream<KeyedSeries> again = s.streamManyTs(SeriesKey.of("kind", "k"), null, null, true)) {
                assertEquals(300, again.count());
            }
            seen.add(openCursors(connection));
            return seen;
        });

        // pg_cursors lists the portal of the counting query itself: the baseline is the count before the stream.
        int baseline = cursorsSeen.get(0);
        assertEquals(baseline + 1, cursorsSeen.get(1), "the stream holds a cursor while it is consumed: " + cursorsSeen);
        assertEquals(baseline, cursorsSeen.get(2), "closing the stream closed its cursor: " + cursorsSeen);
        assertEquals(baseline, cursorsSeen.get(3), "a stream closed by try-with-resources leaves no cursor: " + cursorsSeen);
    }

    @Test
    void yieldManyTsStreamOverEverySeriesConsumedFully() {
        Map<SeriesKey, DenseSeries> many = new LinkedHashMap<>();
        for (int v = 0; v < 300; v++) {
            many.put(key(v, "k"), ramp(paris("2024-03-01T00:00"), HOUR, 3, v));
        }
        db.run(YearParisStore.class, s -> s.setManyTs(many));

        List<KeyedSeries> yielded = yieldAll(SeriesKey.of("kind", "k"), null, null, true);

        assertEquals(300, yielded.size());
        for (int v = 0; v < 300; v++) {
            assertEquals(key(v, "k"), yielded.get(v).key(), "ordered by version");
            assertSeries(stored(many.get(key(v, "k")), PARIS), yielded.get(v).series());
        }
    }

    // ---- getMaxHorodate ----

    @Test
    void maxHorodateIsTheLatestValueAmongTheFilteredSeries() {
        db.run(MonthUtcStore.class, s -> {
            // (1, a): January 10 and March 5, trailing NaN after its last value.
            s.setTs(key(1, "a"), DenseSeries.of(utc("2024-01-10T00:00"), QUARTER, 1, 2), WriteMode.INSERT);
            s.setTs(key(1, "a"), DenseSeries.of(utc("2024-03-05T00:00"), QUARTER, 3, 4, NaN, NaN), WriteMode.UPDATE);
            // (1, b): February 28 to March 20: the latest among version 1.
            s.setTs(key(1, "b"), DenseSeries.of(utc("2024-02-28T00:00"), QUARTER, 5), WriteMode.INSERT);
            s.setTs(key(1, "b"), DenseSeries.of(utc("2024-03-20T10:00"), QUARTER, 6, 7, NaN), WriteMode.UPDATE);
            // (2, a): later still, but another version.
            s.setTs(key(2, "a"), DenseSeries.of(utc("2024-05-01T00:00"), QUARTER, 8), WriteMode.INSERT);
        });

        assertEquals(Optional.of(utc("2024-03-20T10:15")), db.inTransaction(MonthUtcStore.class, s -> s.getMaxHorodate(version(1))));
        assertEquals(Optional.of(utc("2024-03-05T00:15")), db.inTransaction(MonthUtcStore.class, s -> s.getMaxHorodate(key(1, "a"))));
        assertEquals(Optional.of(utc("2024-05-01T00:00")), db.inTransaction(MonthUtcStore.class, s -> s.getMaxHorodate(SeriesKey.all())));
        assertEquals(Optional.of(utc("2024-05-01T00:00")), db.inTransaction(MonthUtcStore.class, s -> s.getMaxHorodate(SeriesKey.of("kind", "a"))));
        assertEquals(Optional.empty(), db.inTransaction(MonthUtcStore.class, s -> s.getMaxHorodate(version(3))));
    }

    @Test
    void maxHorodateLooksPastALaterChunkOfAnotherSeriesHoldingEarlierValues() {
        // (1, a) ends early in the 2025 chunk; (1, b) ends late in the same chunk; (1, c) only in 2024.
        db.run(YearParisStore.class, s -> {
            s.setTs(key(1, "a"), DenseSeries.of(paris("2025-01-01T00:00"), HOUR, 1, NaN, NaN), WriteMode.INSERT);
            s.setTs(key(1, "b"), DenseSeries.of(paris("2024-12-31T23:00"), HOUR, 1, NaN, 2, 3, NaN), WriteMode.INSERT);
            s.setTs(key(1, "c"), DenseSeries.of(paris("2024-12-31T22:00"), HOUR, 1), WriteMode.INSERT);
        });

        assertEquals(Optional.of(paris("2025-01-01T02:00")), db.inTransaction(YearParisStore.class, s -> s.getMaxHorodate(version(1))));
        assertEquals(Optional.of(paris("2024-12-31T22:00")), db.inTransaction(YearParisStore.class, s -> s.getMaxHorodate(key(1, "c"))));
    }

    @Test
    void maxHorodateAcrossDstIsTheInstantOfTheLastValue() {
        // 2025-10-26 Paris has 25 hours; the last value is at 23:00 local, 22:00 UTC.
        DenseSeries day = ramp(paris("2025-10-26T00:00"), HOUR, 25, 1);
        db.run(YearParisStore.class, s -> s.setTs(KEY, day, WriteMode.INSERT));

        assertEquals(Optional.of(paris("2025-10-26T23:00")), db.inTransaction(YearParisStore.class, s -> s.getMaxHorodate(KEY)));
        assertEquals(Instant.parse("2025-10-26T22:00:00Z"), paris("2025-10-26T23:00"));
    }

    @Test
    void maxHorodateIgnoresDeletedSeriesAndIsEmptyForAnEmptyStore() {
        assertEquals(Optional.empty(), db.inTransaction(YearParisStore.class, s -> s.getMaxHorodate(SeriesKey.all())));

        db.run(YearParisStore.class, s -> {
            s.setTs(key(1, "a"), DenseSeries.of(paris("2024-01-01T00:00"), HOUR, 1), WriteMode.INSERT);
            s.setTs(key(1, "b"), DenseSeries.of(paris("2025-01-01T00:00"), HOUR, 1), WriteMode.INSERT);
        });
        db.run(YearParisStore.class, s -> s.delete(key(1, "b"), true));

        assertEquals(Optional.of(paris("2024-01-01T00:00")), db.inTransaction(YearParisStore.class, s -> s.getMaxHorodate(SeriesKey.all())));
        assertEquals(Optional.empty(), db.inTransaction(YearParisStore.class, s -> s.getMaxHorodate(key(1, "b"))));
    }

    // ---- lastUpdatedAt ----

    @Test
    void lastUpdatedAtIsMidnightOfYear2000InTheStoreZoneWhenNothingMatches() {
        // as the reference: 2000-01-01 00:00 in the store zone, 1999-12-31T23:00Z for Paris
        assertEquals(paris("2000-01-01T00:00"), db.inTransaction(YearParisStore.class, s -> s.lastUpdatedAt(SeriesKey.all())));
        assertEquals(Instant.parse("2000-01-01T00:00:00Z"), db.inTransaction(MonthUtcStore.class, s -> s.lastUpdatedAt(SeriesKey.all())));
        db.run(YearParisStore.class, s -> s.setTs(KEY, FOUR_DAYS, WriteMode.INSERT));
        assertEquals(paris("2000-01-01T00:00"), db.inTransaction(YearParisStore.class, s -> s.lastUpdatedAt(version(2))));
    }

    @Test
    void lastUpdatedAtFollowsWritesAndTombstones() throws InterruptedException {
        Instant before = Instant.now().minusMillis(1);
        db.run(YearParisStore.class, s -> s.setTs(key(1, "a"), FOUR_DAYS, WriteMode.INSERT));
        Instant afterFirst = db.inTransaction(YearParisStore.class, s -> s.lastUpdatedAt(SeriesKey.all()));
        assertFalse(afterFirst.isBefore(before), "updated at the write: " + afterFirst + " vs " + before);
        assertFalse(afterFirst.isAfter(Instant.now()));
        assertEquals(db.rows(YearParisStore.class).stream().map(PostgresStores.StoredRow::updatedAt).max(Instant::compareTo).orElseThrow(),
                afterFirst, "the newest updated_at stored");

        Thread.sleep(5);
        db.run(YearParisStore.class, s -> s.setTs(key(2, "a"), FOUR_DAYS, WriteMode.INSERT));
        Instant afterSecond = db.inTransaction(YearParisStore.class, s -> s.lastUpdatedAt(SeriesKey.all()));
        assertTrue(afterSecond.isAfter(afterFirst), afterSecond + " after " + afterFirst);
        assertEquals(afterFirst, db.inTransaction(YearParisStore.class, s -> s.lastUpdatedAt(version(1))), "filtered");

        Thread.sleep(5);
        db.run(YearParisStore.class, s -> s.delete(key(1, "a"), true));
        Instant afterDelete = db.inTransaction(YearParisStore.class, s -> s.lastUpdatedAt(version(1)));
        assertTrue(afterDelete.isAfter(afterSecond), "tombstones count: " + afterDelete + " after " + afterSecond);
        assertEquals(afterDelete, db.inTransaction(YearParisStore.class, s -> s.lastUpdatedAt(SeriesKey.all())));
        assertEquals(afterSecond, db.inTransaction(YearParisStore.class, s -> s.lastUpdatedAt(version(2))));
    }

    @Test
    void lastUpdatedAtDoesNotMoveWhenAnUpdateChangesNothing() throws InterruptedException {
        db.run(YearParisStore.class, s -> s.setTs(KEY, FOUR_DAYS, WriteMode.INSERT));
        Instant first = db.inTransaction(YearParisStore.class, s -> s.lastUpdatedAt(KEY));

        Thread.sleep(5);
        int written = db.inTransaction(YearParisStore.class, s -> s.setTs(KEY, FOUR_DAYS.slice(null, paris("2024-12-31T12:00")), WriteMode.UPDATE));

        assertEquals(0, written);
        assertEquals(first, db.inTransaction(YearParisStore.class, s -> s.lastUpdatedAt(KEY)));
    }
}
