package io.holcstore.it.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import io.holcstore.codec.ChunkEncoding;
import io.holcstore.codec.CorruptChunkException;
import io.holcstore.codec.UnknownDtypeException;
import io.holcstore.ejb.TimeseriesChunkStoreBean;
import io.holcstore.grid.DuplicateTimestampException;
import io.holcstore.grid.OffGridTimestampException;
import io.holcstore.it.TestDeployments;
import io.holcstore.it.store.ChunkRows.StoredRow;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.IrregularSeries;
import io.holcstore.series.LocalSeries;
import io.holcstore.series.Series;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.InvalidWindowException;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.OperationNotAllowedException;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;
import io.holcstore.store.WriteMode;

/**
 * The chunk store through its EJBs, in Payara Micro on PostgreSQL: one deployment holding four test stores (yearly
 * Europe/Paris hourly, monthly UTC quarter-hourly, monthly Europe/Paris hourly with sync, monthly Europe/Paris
 * half-hourly without key fields), {@link ChunkRows}, which counts and damages rows with native SQL, and
 * {@link HoldingWriter}, which keeps a write's transaction open so that concurrent writers meet it for sure.
 *
 * <p>Every test runs in the container, each store call in its own EJB transaction. Every refused call is checked
 * for its typed error naming the culprit, and for having written nothing (rows counted, series read back).
 */
@ExtendWith(ArquillianExtension.class)
class ChunkStoreIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Duration H1 = Duration.ofHours(1);
    private static final Duration M30 = Duration.ofMinutes(30);
    private static final Duration M15 = Duration.ofMinutes(15);
    private static final double NaN = Double.NaN;

    private static final List<Class<? extends TimeseriesChunk>> STORES =
            List.of(ParisYearStore.class, UtcMonthStore.class, SyncMonthStore.class, NoKeyStore.class);

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.war("chunk-store")
                .entities(ParisYearStore.class, UtcMonthStore.class, SyncMonthStore.class, NoKeyStore.class)
                .classes(ParisYearStoreBean.class, UtcMonthStoreBean.class, SyncMonthStoreBean.class,
                        NoKeyStoreBean.class, ChunkRows.class, ChunkRows.StoredRow.class, HoldingWriter.class)
                .build();
    }

    @EJB
    private ParisYearStoreBean parisYear;
    @EJB
    private UtcMonthStoreBean utcMonth;
    @EJB
    private SyncMonthStoreBean syncMonth;
    @EJB
    private NoKeyStoreBean noKey;
    @EJB
    private ChunkRows rows;
    @EJB
    private HoldingWriter holder;

    /** Two writes of the same new series, in the same July chunk of {@link UtcMonthStore}. */
    private static final DenseSeries FIRST = DenseSeries.of(ZonedDateTime.of(2024, 7, 1, 0, 0, 0, 0, UTC), M15, 1, 2);
    private static final DenseSeries SECOND = DenseSeries.of(ZonedDateTime.of(2024, 7, 1, 0, 15, 0, 0, UTC), M15, 20, 30);

    @BeforeEach
    void emptyStores() {
        assertNotNull(rows, "in-container test: EJBs injected");
        rows.clear(STORES);
    }

    // ---------------------------------------------------------------- set / get

    @Test
    void yearAxisParisSetGetAcrossYearAndDst() {
        SeriesKey k1 = key(1, "load");
        DenseSeries s = DenseSeries.of(paris(2023, 12, 31, 20, 0), H1, ramp(10, 1)); // to 2024-01-01 05:00
        assertEquals(2, parisYear.setTs(k1, s, WriteMode.INSERT), "chunk rows written");

        DenseSeries back = parisYear.getTs(k1);
        assertSeries(s, back);
        assertEquals(PARIS, back.zone());
        assertEquals(H1, back.step());
        assertEquals(2, rows.live(ParisYearStore.class));
        List<StoredRow> stored = rows.rows(ParisYearStore.class);
        assertEquals(List.of(2023, 2024), stored.stream().map(StoredRow::chunkIndex).toList());
        assertEquals(paris(2023, 1, 1, 0, 0).toInstant(), stored.get(0).startTs(), "chunk starts at local midnight");
        assertEquals(paris(2024, 1, 1, 0, 0).toInstant(), stored.get(1).startTs());
        assertTrue(stored.stream().allMatch(r -> "float64".equals(r.dtype()) && !r.deleted()), stored::toString);

        // Across the spring DST change: steps are absolute hours, the 23-hour day holds 23 points.
        SeriesKey k2 = key(2, "load");
        DenseSeries dst = DenseSeries.of(paris(2024, 3, 30, 0, 0), H1, ramp(72, 100));
        parisYear.setTs(k2, dst);
        DenseSeries dstBack = parisYear.getTs(k2);
        assertSeries(dst, dstBack);
        assertEquals(LocalDateTime.of(2024, 3, 31, 3, 0), dstBack.instantAt(26).atZone(PARIS).toLocalDateTime());
        assertEquals(LocalDateTime.of(2024, 4, 2, 0, 0), dstBack.end().atZone(PARIS).toLocalDateTime());
        assertEquals(3, rows.live(ParisYearStore.class));
        assertSeries(s, parisYear.getTs(k1)); // the other series is untouched
    }

    @Test
    void monthAxisUtcSetGetAcrossMonths() {
        SeriesKey k = key(1, "load");
        DenseSeries s = DenseSeries.of(utc(2024, 1, 31, 22, 0), M15, ramp(16, 1)); // to 2024-02-01 01:45
        assertEquals(2, utcMonth.setTs(k, s, WriteMode.INSERT));
        DenseSeries back = utcMonth.getTs(k);
        assertSeries(s, back);
        assertEquals(UTC, back.zone());
        assertEquals(M15, back.step());
        List<StoredRow> stored = rows.rows(UtcMonthStore.class);
        assertEquals(List.of(2024 * 12, 2024 * 12 + 1), stored.stream().map(StoredRow::chunkIndex).toList());
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), stored.get(0).startTs());
        assertEquals(Instant.parse("2024-02-01T00:00:00Z"), stored.get(1).startTs());

        // Irregular input, unordered and with a hole, comes back dense.
        SeriesKey k2 = key(1, "irregular");
        Instant t0 = Instant.parse("2024-03-01T00:00:00Z");
        IrregularSeries irregular = IrregularSeries.of(
                new Instant[] {t0.plus(Duration.ofMinutes(45)), t0, t0.plus(M15)}, new double[] {4, 1, 2});
        assertEquals(1, utcMonth.setTs(k2, irregular, WriteMode.INSERT));
        assertSeries(DenseSeries.of(t0, M15, UTC, 1, 2, NaN, 4), utcMonth.getTs(k2));
        assertEquals(3, rows.live(UtcMonthStore.class));
        assertSeries(s, utcMonth.getTs(k));
    }

    @Test
    void noKeyStoreHoldsOneSeries() {
        SeriesKey none = SeriesKey.all();
        DenseSeries s = DenseSeries.of(paris(2024, 2, 29, 22, 0), M30, ramp(8, 1)); // to 2024-03-01 01:30
        assertEquals(2, noKey.setTs(none, s, WriteMode.INSERT));
        DenseSeries back = noKey.getTs(none);
        assertSeries(s, back);
        assertEquals(PARIS, back.zone());
        assertEquals(M30, back.step());
        List<StoredRow> stored = rows.rows(NoKeyStore.class);
        assertEquals(List.of(2024 * 12 + 1, 2024 * 12 + 2), stored.stream().map(StoredRow::chunkIndex).toList());
        assertEquals(Instant.parse("2024-01-31T23:00:00Z"), stored.get(0).startTs(), "Paris midnight, 1 February");
        assertEquals(Instant.parse("2024-02-29T23:00:00Z"), stored.get(1).startTs(), "Paris midnight, 1 March");

        DenseSeries later = DenseSeries.of(paris(2024, 3, 1, 1, 0), M30, 10, 11, 12); // overlaps the last 2 points
        SeriesAlreadyExistsException exists = assertThrows(SeriesAlreadyExistsException.class,
                () -> noKey.setTs(none, later));
        assertEquals(none, exists.key());
        assertSeries(s, noKey.getTs(none));

        assertEquals(1, noKey.setTs(none, later, WriteMode.UPDATE), "only the March chunk changes");
        DenseSeries merged = later.combineFirst(s);
        assertSeries(merged, noKey.getTs(none));
        assertEquals(2, rows.live(NoKeyStore.class));

        Instant march = paris(2024, 3, 1, 0, 0).toInstant();
        assertSeries(merged.slice(march, null), noKey.getTs(none, march, null));

        List<KeyedSeries> yielded = new ArrayList<>();
        assertEquals(1, noKey.yieldManyTs(none, null, null, true, yielded::add));
        assertEquals(none, yielded.get(0).key());
        assertSeries(merged, yielded.get(0).series());
        assertEquals(Optional.of(paris(2024, 3, 1, 2, 0).toInstant()), noKey.getMaxHorodate(none));

        InvalidKeyException unknown = assertThrows(InvalidKeyException.class, () -> noKey.getTs(key(1, "x")));
        assertMessageContains(unknown, "no key field 'kind'");

        assertEquals(2, noKey.delete(none, false), "untracked delete removes the rows");
        assertEquals(0, rows.all(NoKeyStore.class));
        assertTrue(noKey.getTs(none).isEmpty());
    }

    @Test
    void nanGapsMonthAxisUtc() {
        SeriesKey k = key(1, "gaps");
        ZonedDateTime start = utc(2024, 1, 31, 23, 0);
        int n = steps(start, utc(2024, 3, 1, 0, 45), M15) + 1;
        double[] v = nans(n);
        v[0] = 1;
        v[2] = 3; // v[1] stays NaN: a hole inside January
        v[3] = 4;
        v[n - 4] = 5; // 1 March 00:00
        v[n - 1] = 8; // 1 March 00:45, with two NaN before it
        DenseSeries s = DenseSeries.of(start, M15, v);
        assertEquals(2, utcMonth.setTs(k, s, WriteMode.INSERT), "February holds only NaN: no chunk for it");
        assertEquals(List.of(2024 * 12, 2024 * 12 + 2),
                rows.rows(UtcMonthStore.class).stream().map(StoredRow::chunkIndex).toList());
        DenseSeries back = utcMonth.getTs(k);
        assertSeries(s, back); // February comes back as NaN
        assertEquals(5, back.countPresent());

        // Leading and trailing NaN are not values: trimmed on read, unless asked otherwise.
        SeriesKey k2 = key(2, "gaps");
        DenseSeries padded = DenseSeries.of(utc(2024, 5, 10, 0, 0), M15, NaN, NaN, 1, NaN, 2, NaN, NaN);
        assertEquals(1, utcMonth.setTs(k2, padded, WriteMode.INSERT));
        DenseSeries trimmed = DenseSeries.of(utc(2024, 5, 10, 0, 30), M15, 1, NaN, 2);
        assertSeries(trimmed, utcMonth.getTs(k2));
        DenseSeries raw = utcMonth.getTs(k2, null, null, false);
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), raw.start(), "open bounds, NaN kept: the whole chunk");
        assertEquals(31 * 96, raw.size());
        assertSeries(trimmed, raw.trimNaN());
    }

    @Test
    void nanGapsYearAxisParis() {
        SeriesKey k = key(1, "gaps");
        ZonedDateTime start = paris(2022, 12, 31, 22, 0);
        int n = steps(start, paris(2024, 1, 1, 1, 0), H1) + 1;
        double[] v = nans(n);
        v[0] = 1;
        v[1] = 2;
        v[n - 2] = 3;
        v[n - 1] = 4;
        DenseSeries s = DenseSeries.of(start, H1, v);
        assertEquals(2, parisYear.setTs(k, s, WriteMode.INSERT), "2023 holds only NaN: no chunk for it");
        assertEquals(List.of(2022, 2024), rows.rows(ParisYearStore.class).stream().map(StoredRow::chunkIndex).toList());
        assertSeries(s, parisYear.getTs(k));
        assertTrue(parisYear.getTs(k, paris(2023, 6, 1, 0, 0).toInstant(), paris(2023, 6, 2, 0, 0).toInstant()).isEmpty(),
                "a window inside the gap holds no value");
    }

    @Test
    void allNaNInputStoresNothing() {
        SeriesKey k = key(1, "nan");
        DenseSeries hourly = DenseSeries.of(paris(2024, 1, 1, 0, 0), H1, nans(48));
        assertEquals(0, parisYear.setTs(k, hourly, WriteMode.INSERT));
        assertEquals(0, parisYear.setTs(k, hourly, WriteMode.UPDATE));
        assertEquals(0, parisYear.setTs(k, hourly, WriteMode.REPLACE));
        DenseSeries none = parisYear.getTs(k);
        assertTrue(none.isEmpty());
        assertEquals(PARIS, none.zone(), "even an empty read is rendered in the store zone");
        assertEquals(H1, none.step());

        DenseSeries quarterly = DenseSeries.of(utc(2024, 1, 31, 0, 0), M15, nans(200));
        assertEquals(0, utcMonth.setTs(k, quarterly, WriteMode.INSERT));
        assertEquals(0, utcMonth.setTs(k, IrregularSeries.of(new Instant[] {utc(2024, 1, 1, 0, 0).toInstant()},
                new double[] {NaN}), WriteMode.INSERT));
        assertEquals(0, utcMonth.setTs(k, DenseSeries.empty(Instant.parse("2024-01-01T00:00:00Z"), M15, UTC),
                WriteMode.INSERT));
        assertEquals(0, syncMonth.setTs(k, DenseSeries.of(paris(2024, 1, 1, 0, 0), H1, nans(10)), WriteMode.UPDATE));
        assertEquals(0, noKey.setTs(SeriesKey.all(), DenseSeries.of(paris(2024, 1, 1, 0, 0), M30, nans(10)),
                WriteMode.INSERT));

        Map<SeriesKey, Series> many = new LinkedHashMap<>();
        many.put(key(2, "nan"), quarterly);
        many.put(key(3, "real"), DenseSeries.of(utc(2024, 1, 1, 0, 0), M15, 7));
        assertEquals(1, utcMonth.setManyTs(many), "only the series with a value is stored");
        assertTrue(utcMonth.getTs(key(2, "nan")).isEmpty());

        assertEquals(0, rows.all(ParisYearStore.class));
        assertEquals(1, rows.all(UtcMonthStore.class));
        assertEquals(0, rows.all(SyncMonthStore.class));
        assertEquals(0, rows.all(NoKeyStore.class));
    }

    // ---------------------------------------------------------------- windows

    @Test
    void windowReadsWithOpenBoundsAndBoundsInOtherZones() {
        SeriesKey k = key(1, "window");
        DenseSeries s = DenseSeries.of(paris(2023, 12, 31, 0, 0), H1, ramp(72, 1)); // to 2024-01-02 23:00
        parisYear.setTs(k, s);

        assertSeries(s, parisYear.getTs(k, null, null));

        // Start given in Tokyo: 2024-01-01 09:00+09:00 is 01:00 in Paris.
        Instant tokyo = ZonedDateTime.of(2024, 1, 1, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo")).toInstant();
        DenseSeries from = parisYear.getTs(k, tokyo, null);
        assertEquals(PARIS, from.zone(), "rendered in the store zone, whatever the bounds' zone");
        assertEquals(LocalDateTime.of(2024, 1, 1, 1, 0), from.start().atZone(PARIS).toLocalDateTime());
        assertEquals(26.0, from.valueAt(0));
        assertEquals(s.end(), from.end());
        assertSeries(s.slice(tokyo, null), from);

        // End given in New York, off the grid: 09:30-05:00 is 15:30 in Paris, the last point is 15:00.
        Instant newYork = ZonedDateTime.of(2024, 1, 1, 9, 30, 0, 0, ZoneId.of("America/New_York")).toInstant();
        DenseSeries to = parisYear.getTs(k, null, newYork);
        assertEquals(s.start(), to.start());
        assertEquals(paris(2024, 1, 1, 15, 0).toInstant(), to.end());
        assertEquals(40, to.size());
        assertSeries(s.slice(null, newYork), to);

        // Both bounds in UTC, across the yearly chunk boundary.
        DenseSeries across = parisYear.getTs(k, utc(2023, 12, 31, 21, 10).toInstant(), utc(2024, 1, 1, 1, 0).toInstant());
        assertSeries(DenseSeries.of(paris(2023, 12, 31, 23, 0), H1, 24, 25, 26, 27), across);

        Instant point = paris(2024, 1, 2, 12, 0).toInstant();
        assertSeries(DenseSeries.of(paris(2024, 1, 2, 12, 0), H1, 61), parisYear.getTs(k, point, point));

        assertTrue(parisYear.getTs(k, paris(2024, 6, 1, 0, 0).toInstant(), paris(2024, 7, 1, 0, 0).toInstant()).isEmpty());
        assertTrue(parisYear.getTs(k, paris(2020, 1, 1, 0, 0).toInstant(), paris(2021, 1, 1, 0, 0).toInstant()).isEmpty());

        // NaN at the window's edges: kept with dropBoundsNa = false, trimmed with true.
        Instant wideStart = s.start().minus(Duration.ofHours(5));
        Instant wideEnd = s.end().plus(Duration.ofHours(5));
        DenseSeries wide = parisYear.getTs(k, wideStart, wideEnd, false);
        assertEquals(wideStart, wide.start());
        assertEquals(wideEnd, wide.end());
        assertEquals(82, wide.size());
        assertEquals(72, wide.countPresent());
        assertSeries(s, wide.trimNaN());
        assertSeries(s, parisYear.getTs(k, wideStart, wideEnd, true));
    }

    @Test
    void windowReadsMonthAxisUtc() {
        SeriesKey k = key(1, "window");
        DenseSeries s = DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, ramp(8, 1)); // to 2024-02-01 00:45
        utcMonth.setTs(k, s);
        // Bounds in Paris: 2024-02-01 00:00+01:00 to 01:15+01:00 are 23:00Z to 00:15Z.
        DenseSeries w = utcMonth.getTs(k, paris(2024, 2, 1, 0, 0).toInstant(), paris(2024, 2, 1, 1, 15).toInstant());
        assertSeries(DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, 1, 2, 3, 4, 5, 6), w);
        assertEquals(UTC, w.zone());
        // Open start, end between two grid points.
        assertSeries(DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, 1, 2, 3, 4, 5),
                utcMonth.getTs(k, null, Instant.parse("2024-02-01T00:10:00Z")));
        // Start between two grid points, open end.
        assertSeries(DenseSeries.of(utc(2024, 2, 1, 0, 15), M15, 6, 7, 8),
                utcMonth.getTs(k, Instant.parse("2024-02-01T00:00:01Z"), null));
    }

    @Test
    void invalidWindowIsRefused() {
        SeriesKey k = key(1, "window");
        parisYear.setTs(k, DenseSeries.of(paris(2024, 1, 1, 0, 0), H1, 1, 2, 3));
        Instant start = Instant.parse("2024-01-02T00:00:00Z");
        Instant end = Instant.parse("2024-01-01T00:00:00Z");
        InvalidWindowException get = assertThrows(InvalidWindowException.class, () -> parisYear.getTs(k, start, end));
        assertMessageContains(get, start.toString());
        assertMessageContains(get, end.toString());
        List<KeyedSeries> seen = new ArrayList<>();
        InvalidWindowException yield = assertThrows(InvalidWindowException.class,
                () -> utcMonth.yieldManyTs(SeriesKey.all(), start, end, true, seen::add));
        assertMessageContains(yield, start.toString());
        assertTrue(seen.isEmpty());
    }

    // ---------------------------------------------------------------- insert / update / replace

    @Test
    void insertUpdateReplaceOverlappingMonthAxisUtc() {
        DenseSeries a = DenseSeries.of(utc(2024, 1, 31, 20, 0), M15, ramp(24, 1)); // to 02-01 01:45
        DenseSeries b = DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, holes(16, 100)); // to 02-01 02:45
        DenseSeries c = DenseSeries.of(utc(2024, 2, 1, 1, 0), M15, ramp(8, 200)); // February only
        DenseSeries d = DenseSeries.of(utc(2024, 2, 1, 2, 30), M15, 300, NaN, 302);
        DenseSeries e = DenseSeries.of(utc(2024, 1, 15, 0, 0), M15, 400, 401); // revives January
        insertUpdateReplace(utcMonth, UtcMonthStore.class, key(1, "seq"), a, b, 2, c, 1, 2, d, 1, 2);
        DenseSeries dc = d.combineFirst(c);
        assertEquals(1, utcMonth.setTs(key(1, "seq"), e, WriteMode.UPDATE));
        assertSeries(e.combineFirst(dc), utcMonth.getTs(key(1, "seq")));
        assertEquals(2, rows.live(UtcMonthStore.class));
        assertEquals(2, rows.all(UtcMonthStore.class), "the January tombstone was revived, not duplicated");
    }

    @Test
    void insertUpdateReplaceWithGapsMonthAxisUtc() {
        DenseSeries a = DenseSeries.of(utc(2024, 1, 1, 0, 0), M15, ramp(8, 1));
        DenseSeries b = DenseSeries.of(utc(2024, 4, 1, 0, 0), M15, 10, NaN, 12); // February, March: nothing
        DenseSeries c = DenseSeries.of(utc(2024, 6, 1, 0, 0), M15, 20, 21);
        DenseSeries d = DenseSeries.of(utc(2024, 9, 1, 0, 0), M15, 30);
        insertUpdateReplace(utcMonth, UtcMonthStore.class, key(1, "gap"), a, b, 2, c, 1, 3, d, 2, 4);
    }

    @Test
    void insertUpdateReplaceOverlappingYearAxisParis() {
        DenseSeries a = DenseSeries.of(paris(2023, 12, 31, 18, 0), H1, ramp(12, 1)); // to 2024-01-01 05:00
        DenseSeries b = DenseSeries.of(paris(2024, 1, 1, 0, 0), H1, holes(10, 100)); // to 09:00
        DenseSeries c = DenseSeries.of(paris(2024, 1, 1, 3, 0), H1, ramp(4, 200)); // 2024 only
        DenseSeries d = DenseSeries.of(paris(2024, 1, 1, 5, 0), H1, 300, NaN, 302);
        insertUpdateReplace(parisYear, ParisYearStore.class, key(1, "seq"), a, b, 2, c, 1, 2, d, 1, 2);
    }

    @Test
    void insertUpdateReplaceWithGapsYearAxisParis() {
        DenseSeries a = DenseSeries.of(paris(2021, 12, 31, 22, 0), H1, 1, 2);
        DenseSeries b = DenseSeries.of(paris(2024, 3, 31, 1, 0), H1, 10, NaN, 12); // 2022, 2023: nothing; DST day
        DenseSeries c = DenseSeries.of(paris(2025, 1, 1, 0, 0), H1, 20, 21);
        DenseSeries d = DenseSeries.of(paris(2025, 12, 31, 23, 0), H1, 30, 31); // into 2026
        insertUpdateReplace(parisYear, ParisYearStore.class, key(1, "gap"), a, b, 2, c, 1, 3, d, 2, 4);
    }

    @Test
    void updateWithNothingNewWritesNothing() {
        SeriesKey k = key(1, "same");
        DenseSeries s = DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, ramp(8, 1));
        utcMonth.setTs(k, s, WriteMode.INSERT);
        Instant stamp = utcMonth.lastUpdatedAt(k);
        assertTrue(stamp.isAfter(Instant.parse("2000-01-01T00:00:00Z")));
        assertEquals(0, utcMonth.setTs(k, s, WriteMode.UPDATE), "same values: no row rewritten");
        assertEquals(0, utcMonth.setTs(k, DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, 1, NaN, 3), WriteMode.UPDATE));
        assertEquals(stamp, utcMonth.lastUpdatedAt(k), "updated_at kept when nothing changed");
        assertEquals(1, utcMonth.setTs(k, DenseSeries.of(utc(2024, 2, 1, 0, 0), M15, 50), WriteMode.UPDATE));
        assertTrue(utcMonth.lastUpdatedAt(k).isAfter(stamp));
        assertSeries(DenseSeries.of(utc(2024, 2, 1, 0, 0), M15, 50).combineFirst(s), utcMonth.getTs(k));
    }

    @Test
    void deleteKeepsTombstonesAndInsertRevivesThem() {
        assertEquals(Instant.parse("2000-01-01T00:00:00Z"), utcMonth.lastUpdatedAt(SeriesKey.all()));
        SeriesKey a = key(1, "a");
        SeriesKey b = key(1, "b");
        utcMonth.setTs(a, DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, ramp(8, 1)));
        DenseSeries sb = DenseSeries.of(utc(2024, 1, 1, 0, 0), M15, 5);
        utcMonth.setTs(b, sb);
        Instant stamp = utcMonth.lastUpdatedAt(a);

        assertEquals(2, utcMonth.delete(a, true));
        assertTrue(utcMonth.getTs(a).isEmpty());
        assertSeries(sb, utcMonth.getTs(b));
        assertEquals(1, rows.live(UtcMonthStore.class));
        assertEquals(3, rows.all(UtcMonthStore.class));
        assertTrue(utcMonth.lastUpdatedAt(a).isAfter(stamp), "a tombstone is a change");
        assertEquals(Optional.empty(), utcMonth.getMaxHorodate(a));

        DenseSeries again = DenseSeries.of(utc(2024, 1, 5, 0, 0), M15, 9, 10);
        utcMonth.setTs(a, again); // INSERT: only tombstones are stored for this key
        assertSeries(again, utcMonth.getTs(a));
        assertEquals(2, rows.live(UtcMonthStore.class));
        assertEquals(3, rows.all(UtcMonthStore.class), "the tombstone was revived");

        assertEquals(3, utcMonth.delete(SeriesKey.of("version", 1), false));
        assertEquals(0, rows.all(UtcMonthStore.class));
    }

    // ---------------------------------------------------------------- many series

    @Test
    void setManyTsThenReadEach() {
        Map<SeriesKey, Series> many = new LinkedHashMap<>();
        DenseSeries s1 = DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, ramp(8, 1)); // 2 chunks
        DenseSeries s2 = DenseSeries.of(utc(2024, 3, 1, 0, 0), M15, 5, NaN, 7); // 1 chunk
        Instant t = Instant.parse("2024-05-31T23:45:00Z");
        IrregularSeries s3 = IrregularSeries.of(new Instant[] {t, t.plus(M15)}, new double[] {8, 9}); // 2 chunks
        many.put(key(1, "a"), s1);
        many.put(key(1, "b"), s2);
        many.put(SeriesKey.of("version", "2", "kind", "a"), s3); // text is converted to the field's type
        assertEquals(5, utcMonth.setManyTs(many));
        assertEquals(5, rows.live(UtcMonthStore.class));
        assertSeries(s1, utcMonth.getTs(key(1, "a")));
        assertSeries(s2, utcMonth.getTs(key(1, "b")));
        assertSeries(DenseSeries.of(t, M15, UTC, 8, 9), utcMonth.getTs(key(2, "a")));

        Map<SeriesKey, Series> yearly = new LinkedHashMap<>();
        DenseSeries p1 = DenseSeries.of(paris(2023, 12, 31, 23, 0), H1, 1, 2);
        DenseSeries p2 = DenseSeries.of(paris(2024, 7, 14, 12, 0), H1, 3);
        yearly.put(key(1, "a"), p1);
        yearly.put(key(2, "a"), p2);
        assertEquals(3, parisYear.setManyTs(yearly));
        assertSeries(p1, parisYear.getTs(key(1, "a")));
        assertSeries(p2, parisYear.getTs(key(2, "a")));
        assertEquals(3, rows.live(ParisYearStore.class));
    }

    @Test
    void setManyTsRefusalsWriteNothing() {
        DenseSeries stored = DenseSeries.of(utc(2024, 1, 1, 0, 0), M15, 1, 2);
        utcMonth.setTs(key(1, "a"), stored);
        DenseSeries other = DenseSeries.of(utc(2024, 2, 1, 0, 0), M15, 3, 4);

        Map<SeriesKey, Series> withExisting = new LinkedHashMap<>();
        withExisting.put(key(2, "a"), other);
        withExisting.put(SeriesKey.of("version", "1", "kind", "a"), other);
        SeriesAlreadyExistsException exists = assertThrows(SeriesAlreadyExistsException.class,
                () -> utcMonth.setManyTs(withExisting));
        assertEquals(key(1, "a"), exists.key());
        assertMessageContains(exists, "UtcMonthStore");

        Map<SeriesKey, Series> twice = new LinkedHashMap<>();
        twice.put(key(5, "x"), other);
        twice.put(SeriesKey.of("version", "5", "kind", "x"), other);
        InvalidKeyException duplicate = assertThrows(InvalidKeyException.class, () -> utcMonth.setManyTs(twice));
        assertMessageContains(duplicate, "two series");

        Map<SeriesKey, Series> partial = new LinkedHashMap<>();
        partial.put(key(6, "x"), other);
        partial.put(SeriesKey.of("version", 7), other);
        InvalidKeyException lacks = assertThrows(InvalidKeyException.class, () -> utcMonth.setManyTs(partial));
        assertMessageContains(lacks, "lacks [kind]");

        assertEquals(1, rows.all(UtcMonthStore.class), "nothing written by the refused calls");
        assertSeries(stored, utcMonth.getTs(key(1, "a")));
        for (SeriesKey k : List.of(key(2, "a"), key(5, "x"), key(6, "x"))) {
            assertTrue(utcMonth.getTs(k).isEmpty(), k::toString);
        }
    }

    @Test
    void yieldManyTsWithPartialFilter() {
        DenseSeries a1 = DenseSeries.of(paris(2024, 1, 1, 0, 0), H1, 1, 2, 3);
        DenseSeries b1 = DenseSeries.of(paris(2024, 1, 1, 1, 0), H1, 10, 11);
        DenseSeries a2 = DenseSeries.of(paris(2023, 12, 31, 23, 0), H1, 20, NaN, 22);
        DenseSeries b2 = DenseSeries.of(paris(2025, 6, 1, 0, 0), H1, 30, 31);
        // Written in a scrambled order: the stream is ordered by key (kind, then version), not by insertion.
        parisYear.setTs(key(2, "b"), b2);
        parisYear.setTs(key(1, "b"), b1);
        parisYear.setTs(key(2, "a"), a2);
        parisYear.setTs(key(1, "a"), a1);

        List<KeyedSeries> got = new ArrayList<>();
        assertEquals(2, parisYear.yieldManyTs(SeriesKey.of("version", 1), null, null, true, got::add));
        assertEquals(List.of(key(1, "a"), key(1, "b")), got.stream().map(KeyedSeries::key).toList());
        assertSeries(a1, got.get(0).series());
        assertSeries(b1, got.get(1).series());

        got.clear();
        assertEquals(2, parisYear.yieldManyTs(SeriesKey.of("kind", "a"), null, null, true, got::add));
        assertEquals(List.of(key(1, "a"), key(2, "a")), got.stream().map(KeyedSeries::key).toList());
        assertSeries(a1, got.get(0).series());
        assertSeries(a2, got.get(1).series());

        got.clear();
        assertEquals(2, parisYear.yieldManyTs(SeriesKey.of("version", "2"), null, null, true, got::add));
        assertEquals(List.of(key(2, "a"), key(2, "b")), got.stream().map(KeyedSeries::key).toList());

        // A window: series without a value in it are not handed over; each one equals a getTs of the same window.
        Instant start = paris(2024, 1, 1, 0, 0).toInstant();
        Instant end = paris(2024, 1, 1, 4, 0).toInstant();
        got.clear();
        assertEquals(3, parisYear.yieldManyTs(SeriesKey.all(), start, end, false, got::add));
        assertEquals(List.of(key(1, "a"), key(2, "a"), key(1, "b")), got.stream().map(KeyedSeries::key).toList());
        for (KeyedSeries ks : got) {
            assertSeries(parisYear.getTs(ks.key(), start, end, false), ks.series());
            assertEquals(start, ks.series().start());
            assertEquals(end, ks.series().end());
        }
        assertSeries(DenseSeries.of(paris(2024, 1, 1, 0, 0), H1, NaN, 22),
                got.get(1).series().slice(null, paris(2024, 1, 1, 1, 0).toInstant()));

        got.clear();
        assertEquals(0, parisYear.yieldManyTs(SeriesKey.of("version", 9), null, null, true, got::add));
        assertTrue(got.isEmpty());
    }

    @Test
    void unknownOrBadFilterFieldsAreRefused() {
        SeriesKey k = key(1, "a");
        DenseSeries s = DenseSeries.of(utc(2024, 1, 1, 0, 0), M15, 1, 2);
        utcMonth.setTs(k, s);
        SeriesKey colour = SeriesKey.of("colour", "red");
        List<KeyedSeries> got = new ArrayList<>();
        assertMessageContains(assertThrows(InvalidKeyException.class,
                () -> utcMonth.yieldManyTs(colour, null, null, true, got::add)), "no key field 'colour'");
        assertMessageContains(assertThrows(InvalidKeyException.class, () -> utcMonth.getMaxHorodate(colour)),
                "'colour'");
        assertMessageContains(assertThrows(InvalidKeyException.class, () -> utcMonth.lastUpdatedAt(colour)),
                "'colour'");
        assertMessageContains(assertThrows(InvalidKeyException.class, () -> utcMonth.delete(colour, false)),
                "'colour'");
        assertMessageContains(assertThrows(InvalidKeyException.class,
                () -> utcMonth.delete(SeriesKey.of("version", "one"), true)), "'version'");
        assertTrue(got.isEmpty());
        assertEquals(1, rows.live(UtcMonthStore.class), "nothing deleted");
        assertSeries(s, utcMonth.getTs(k));
    }

    @Test
    void getMaxHorodate() {
        assertEquals(Optional.empty(), utcMonth.getMaxHorodate(SeriesKey.all()));
        utcMonth.setTs(key(1, "a"), DenseSeries.of(utc(2024, 1, 31, 23, 30), M15, 1, 2, 3, NaN)); // last: 02-01 00:00
        utcMonth.setTs(key(2, "a"), DenseSeries.of(utc(2024, 3, 10, 12, 0), M15, 5, NaN));
        utcMonth.setTs(key(1, "b"), DenseSeries.of(utc(2023, 12, 1, 0, 0), M15, 7));
        assertEquals(Optional.of(Instant.parse("2024-03-10T12:00:00Z")), utcMonth.getMaxHorodate(SeriesKey.all()));
        assertEquals(Optional.of(Instant.parse("2024-02-01T00:00:00Z")),
                utcMonth.getMaxHorodate(SeriesKey.of("version", 1)));
        assertEquals(Optional.of(Instant.parse("2023-12-01T00:00:00Z")),
                utcMonth.getMaxHorodate(SeriesKey.of("kind", "b")));
        assertEquals(Optional.empty(), utcMonth.getMaxHorodate(SeriesKey.of("version", 9)));
        utcMonth.delete(key(2, "a"), true);
        assertEquals(Optional.of(Instant.parse("2024-02-01T00:00:00Z")), utcMonth.getMaxHorodate(SeriesKey.all()),
                "tombstones hold no value");

        // Paris, autumn DST change: 01:00, 02:00 CEST, 02:00 CET, then NaN at 03:00 CET.
        parisYear.setTs(key(1, "a"), DenseSeries.of(paris(2024, 10, 27, 1, 0), H1, 1, 2, 3, NaN));
        assertEquals(Optional.of(Instant.parse("2024-10-27T01:00:00Z")), parisYear.getMaxHorodate(key(1, "a")));
    }

    // ---------------------------------------------------------------- sync store

    @Test
    void syncStoreRefusesUntrackedWrites() {
        SeriesKey k = key(1, "a");
        DenseSeries s = DenseSeries.of(paris(2024, 1, 31, 22, 0), H1, ramp(4, 1)); // January and February
        assertEquals(2, syncMonth.setTs(k, s, WriteMode.UPDATE));
        assertSeries(s, syncMonth.getTs(k));
        Instant stamp = syncMonth.lastUpdatedAt(k);

        SeriesKey k2 = key(2, "a");
        DenseSeries other = DenseSeries.of(paris(2024, 1, 1, 0, 0), H1, 9, 9);
        for (Executable refused : List.<Executable>of(
                () -> syncMonth.setTs(k2, other),
                () -> syncMonth.setTs(k2, other, WriteMode.INSERT),
                () -> syncMonth.setTs(k, other, WriteMode.INSERT),
                () -> syncMonth.setManyTs(Map.of(k2, other)),
                () -> syncMonth.delete(k, false),
                () -> syncMonth.delete(SeriesKey.all(), false))) {
            assertMessageContains(assertThrows(OperationNotAllowedException.class, refused), "SyncMonthStore");
        }
        assertEquals(2, rows.all(SyncMonthStore.class));
        assertEquals(2, rows.live(SyncMonthStore.class));
        assertSeries(s, syncMonth.getTs(k));
        assertTrue(syncMonth.getTs(k2).isEmpty());
        assertEquals(stamp, syncMonth.lastUpdatedAt(k));

        // Tracked writes and deletes are allowed, and leave tombstones.
        DenseSeries replacement = DenseSeries.of(paris(2024, 2, 1, 5, 0), H1, 42);
        assertEquals(2, syncMonth.setTs(k, replacement, WriteMode.REPLACE), "February rewritten, January tombstoned");
        assertSeries(replacement, syncMonth.getTs(k));
        assertEquals(1, rows.live(SyncMonthStore.class));
        assertEquals(2, rows.all(SyncMonthStore.class));
        assertEquals(1, syncMonth.delete(k, true));
        assertTrue(syncMonth.getTs(k).isEmpty());
        assertEquals(0, rows.live(SyncMonthStore.class));
        assertEquals(2, rows.all(SyncMonthStore.class));
        assertTrue(syncMonth.lastUpdatedAt(k).isAfter(stamp));
    }

    // ---------------------------------------------------------------- bad input: typed error, nothing written

    @Test
    void offGridTimestampIsNamedAndNothingWritten() {
        SeriesKey k = key(1, "a");
        Instant good = paris(2024, 1, 1, 10, 0).toInstant();
        Instant bad = good.plus(M30);
        OffGridTimestampException e1 = assertThrows(OffGridTimestampException.class, () -> parisYear.setTs(k,
                IrregularSeries.of(new Instant[] {good, bad, good.plus(H1)}, new double[] {1, 2, 3})));
        assertOffGrid(bad, e1);

        // A dense series starting off the grid.
        Instant offStart = Instant.parse("2024-01-01T00:07:00Z");
        assertOffGrid(offStart, assertThrows(OffGridTimestampException.class,
                () -> utcMonth.setTs(k, DenseSeries.of(offStart, M15, 1, 2))));
        // A dense series of another step: its first point off the grid is named.
        assertOffGrid(paris(2024, 1, 1, 0, 30).toInstant(), assertThrows(OffGridTimestampException.class,
                () -> parisYear.setTs(k, DenseSeries.of(paris(2024, 1, 1, 0, 0), M30, 1, 2, 3))));
        // Sub-second offsets are off the grid too.
        Instant millis = Instant.parse("2024-01-01T00:15:00.001Z");
        assertOffGrid(millis, assertThrows(OffGridTimestampException.class, () -> utcMonth.setTs(k,
                IrregularSeries.of(new Instant[] {Instant.parse("2024-01-01T00:00:00Z"), millis}, new double[] {1, 2}))));
        // Half-hourly Paris grid of the store without keys; the bad point is the last one, in a second chunk.
        Instant quarter = paris(2024, 2, 1, 0, 15).toInstant();
        assertOffGrid(quarter, assertThrows(OffGridTimestampException.class, () -> noKey.setTs(SeriesKey.all(),
                IrregularSeries.of(new Instant[] {paris(2024, 1, 31, 23, 30).toInstant(), quarter},
                        new double[] {1, 2}))));

        for (Class<? extends TimeseriesChunk> store : STORES) {
            assertEquals(0, rows.all(store), store.getSimpleName());
        }
        assertTrue(parisYear.getTs(k).isEmpty());
    }

    @Test
    void offGridWriteOverAStoredSeriesLeavesItUnchanged() {
        SeriesKey k = key(1, "a");
        DenseSeries s = DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, ramp(8, 1));
        utcMonth.setTs(k, s);
        Instant stamp = utcMonth.lastUpdatedAt(k);
        Instant bad = Instant.parse("2024-02-01T00:20:00Z");
        // The first points are on the grid and would change stored values: still nothing may be written.
        IrregularSeries update = IrregularSeries.of(new Instant[] {Instant.parse("2024-01-31T23:00:00Z"), bad},
                new double[] {99, 98});
        assertOffGrid(bad, assertThrows(OffGridTimestampException.class,
                () -> utcMonth.setTs(k, update, WriteMode.UPDATE)));
        assertOffGrid(bad, assertThrows(OffGridTimestampException.class,
                () -> utcMonth.setTs(k, update, WriteMode.REPLACE)));
        assertSeries(s, utcMonth.getTs(k));
        assertEquals(2, rows.all(UtcMonthStore.class));
        assertEquals(stamp, utcMonth.lastUpdatedAt(k));
    }

    @Test
    void duplicateTimestampIsNamedAndNothingWritten() {
        Instant t = Instant.parse("2024-01-01T00:15:00Z");
        DuplicateTimestampException e = assertThrows(DuplicateTimestampException.class, () -> utcMonth.setTs(key(1, "a"),
                IrregularSeries.of(new Instant[] {t, t.plus(M15), t}, new double[] {1, 2, 3})));
        assertMessageContains(e, t.toString());
        assertEquals(0, rows.all(UtcMonthStore.class));
    }

    @Test
    void partialOrUnknownKeysAreNamedAndNothingWritten() {
        DenseSeries s = DenseSeries.of(paris(2024, 1, 1, 0, 0), H1, 1, 2);
        for (WriteMode mode : WriteMode.values()) {
            assertMessageContains(assertThrows(InvalidKeyException.class,
                    () -> parisYear.setTs(SeriesKey.of("version", 1), s, mode)), "lacks [kind]");
        }
        assertMessageContains(assertThrows(InvalidKeyException.class,
                () -> parisYear.setTs(SeriesKey.all(), s)), "lacks [kind, version]");
        assertMessageContains(assertThrows(InvalidKeyException.class,
                () -> parisYear.getTs(SeriesKey.of("kind", "a"))), "lacks [version]");
        assertMessageContains(assertThrows(InvalidKeyException.class,
                () -> utcMonth.setTs(SeriesKey.of("version", 1, "kind", "a", "colour", "red"), s)),
                "no key field 'colour'");
        InvalidKeyException wrongType = assertThrows(InvalidKeyException.class,
                () -> utcMonth.setTs(SeriesKey.of("version", "one", "kind", "a"), s));
        assertMessageContains(wrongType, "'version'");
        assertMessageContains(wrongType, "'one'");
        assertMessageContains(assertThrows(InvalidKeyException.class,
                () -> utcMonth.setTs(SeriesKey.of("version", 1.5, "kind", "a"), s)), "'version'");
        assertEquals(0, rows.all(ParisYearStore.class));
        assertEquals(0, rows.all(UtcMonthStore.class));
    }

    @Test
    void insertOverAnExistingSeriesIsRefused() {
        SeriesKey k = key(1, "a");
        DenseSeries s = DenseSeries.of(paris(2023, 12, 31, 22, 0), H1, ramp(4, 1));
        parisYear.setTs(k, s);
        Instant stamp = parisYear.lastUpdatedAt(k);
        // Another year entirely: any live chunk of the key makes the series exist. The key given as text is the same key.
        SeriesKey sameKey = SeriesKey.of("version", "1", "kind", "a");
        DenseSeries elsewhere = DenseSeries.of(paris(2026, 5, 1, 0, 0), H1, 7, 8);
        SeriesAlreadyExistsException e = assertThrows(SeriesAlreadyExistsException.class,
                () -> parisYear.setTs(sameKey, elsewhere));
        assertEquals(k, e.key());
        assertMessageContains(e, "ParisYearStore");
        assertMessageContains(e, k.toString());
        assertSeries(s, parisYear.getTs(k));
        assertEquals(2, rows.all(ParisYearStore.class));
        assertEquals(stamp, parisYear.lastUpdatedAt(k));
    }

    @Test
    void unknownStoredDtypeNamesTheRow() {
        SeriesKey k = key(1, "a");
        DenseSeries s = DenseSeries.of(paris(2023, 12, 31, 22, 0), H1, ramp(4, 1)); // 2023 and 2024
        parisYear.setTs(k, s);
        StoredRow damaged = rows.rows(ParisYearStore.class).get(1);
        assertEquals(2024, damaged.chunkIndex());
        assertEquals(1, rows.setDtype(ParisYearStore.class, damaged.id(), "float16"));

        CorruptChunkException e = assertThrows(CorruptChunkException.class, () -> parisYear.getTs(k));
        assertMessageContains(e, "row id " + damaged.id());
        assertMessageContains(e, "ParisYearStore");
        assertMessageContains(e, "'float16'");
        UnknownDtypeException cause = assertInstanceOf(UnknownDtypeException.class, e.getCause());
        assertEquals("float16", cause.dtype());
        List<KeyedSeries> got = new ArrayList<>();
        assertMessageContains(assertThrows(CorruptChunkException.class,
                () -> parisYear.yieldManyTs(SeriesKey.all(), null, null, true, got::add)), "row id " + damaged.id());
        assertMessageContains(assertThrows(CorruptChunkException.class,
                () -> parisYear.getMaxHorodate(SeriesKey.all())), "row id " + damaged.id());

        // The sound chunk still reads; the damaged row was left as it was.
        Instant endOf2023 = paris(2023, 12, 31, 23, 0).toInstant();
        assertSeries(s.slice(null, endOf2023), parisYear.getTs(k, null, endOf2023));
        assertEquals("float16", rows.rows(ParisYearStore.class).get(1).dtype());
        assertEquals(2, rows.all(ParisYearStore.class));
    }

    @Test
    void corruptStoredBlobNamesTheRow() {
        SeriesKey k = key(1, "a");
        DenseSeries s = DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, ramp(8, 1));
        utcMonth.setTs(k, s);
        StoredRow damaged = rows.rows(UtcMonthStore.class).get(0);
        byte[] garbage = "this is not an LZ4 frame".getBytes(StandardCharsets.US_ASCII);
        assertEquals(1, rows.setData(UtcMonthStore.class, damaged.id(), garbage));

        CorruptChunkException e = assertThrows(CorruptChunkException.class, () -> utcMonth.getTs(k));
        assertMessageContains(e, "row id " + damaged.id());
        assertMessageContains(e, "UtcMonthStore");
        assertArrayEquals(garbage, rows.data(UtcMonthStore.class, damaged.id()));

        // A well-formed frame of the wrong length is corrupt too.
        StoredRow second = rows.rows(UtcMonthStore.class).get(1);
        rows.setData(UtcMonthStore.class, second.id(), ChunkEncoding.FLOAT64.encode(new double[] {1, 2, 3}));
        Instant feb = Instant.parse("2024-02-01T00:00:00Z");
        CorruptChunkException wrongLength = assertThrows(CorruptChunkException.class, () -> utcMonth.getTs(k, feb, null));
        assertMessageContains(wrongLength, "row id " + second.id());
        assertMessageContains(wrongLength, "holds 3 values");

        // REPLACE does not read the stored chunks, so it repairs the series.
        DenseSeries repaired = DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, ramp(8, 50));
        assertEquals(2, utcMonth.setTs(k, repaired, WriteMode.REPLACE));
        assertSeries(repaired, utcMonth.getTs(k));
    }

    // ---------------------------------------------------------------- transactions

    @Test
    void failedUpdateRollsBackChunksAlreadyWritten() {
        SeriesKey k = key(1, "a");
        DenseSeries s = DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, ramp(8, 1)); // January, February
        utcMonth.setTs(k, s);
        List<StoredRow> stored = rows.rows(UtcMonthStore.class);
        StoredRow january = stored.get(0);
        StoredRow february = stored.get(1);
        byte[] januaryBlob = rows.data(UtcMonthStore.class, january.id());
        rows.setData(UtcMonthStore.class, february.id(), new byte[] {1, 2, 3, 4, 5});
        Instant stamp = utcMonth.lastUpdatedAt(k);

        // January is merged and sent to the database first; February's corrupt blob then fails the call.
        DenseSeries update = DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, ramp(8, 50));
        CorruptChunkException e = assertThrows(CorruptChunkException.class,
                () -> utcMonth.setTs(k, update, WriteMode.UPDATE));
        assertMessageContains(e, "row id " + february.id());

        assertArrayEquals(januaryBlob, rows.data(UtcMonthStore.class, january.id()), "January rolled back");
        Instant endOfJanuary = Instant.parse("2024-01-31T23:45:00Z");
        assertSeries(s.slice(null, endOfJanuary), utcMonth.getTs(k, null, endOfJanuary));
        assertEquals(stamp, utcMonth.lastUpdatedAt(k));
        assertEquals(2, rows.all(UtcMonthStore.class));
    }

    @Test
    void setManyTsRollsBackEverythingWhenTheLastSeriesIsOffGrid() {
        // Three series of 44 monthly chunks: 132 rows, more than one JDBC batch (128), so rows do reach the
        // database before the last series fails.
        ZonedDateTime start = utc(2020, 1, 1, 0, 0);
        int n = steps(start, utc(2023, 9, 1, 0, 0), M15);
        Map<SeriesKey, Series> many = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            double[] v = new double[n];
            for (int j = 0; j < n; j++) {
                v[j] = i * 1000 + j % 97;
            }
            many.put(key(i, "bulk"), DenseSeries.of(start, M15, v));
        }
        Map<SeriesKey, Series> withBad = new LinkedHashMap<>(many);
        Instant bad = Instant.parse("2024-01-01T00:05:00Z");
        withBad.put(key(4, "bulk"), IrregularSeries.of(
                new Instant[] {Instant.parse("2024-01-01T00:00:00Z"), bad}, new double[] {1, 2}));

        assertOffGrid(bad, assertThrows(OffGridTimestampException.class, () -> utcMonth.setManyTs(withBad)));
        assertEquals(0, rows.all(UtcMonthStore.class), "nothing at all written");
        for (SeriesKey k : withBad.keySet()) {
            assertTrue(utcMonth.getTs(k).isEmpty(), k::toString);
        }

        // Nothing left behind either (no half-written series to collide with): the good ones now go in.
        assertEquals(3 * 44, utcMonth.setManyTs(many));
        assertEquals(3 * 44, rows.live(UtcMonthStore.class));
        assertSeries((DenseSeries) many.get(key(2, "bulk")), utcMonth.getTs(key(2, "bulk")));
    }

    // ---------------------------------------------------------------- edge cases

    @Test
    void dstMonthsHaveTheirOwnLength() {
        // Monthly Paris chunks: March 2024 has 743 hours, October 2024 745. A whole month written and read back.
        SeriesKey k = key(1, "dst");
        ZonedDateTime october = paris(2024, 10, 1, 0, 0);
        int octoberHours = steps(october, paris(2024, 11, 1, 0, 0), H1);
        assertEquals(745, octoberHours);
        DenseSeries fullOctober = DenseSeries.of(october, H1, ramp(octoberHours, 1));
        assertEquals(1, syncMonth.setTs(k, fullOctober, WriteMode.UPDATE));
        assertSeries(fullOctober, syncMonth.getTs(k));

        ZonedDateTime march = paris(2024, 3, 1, 0, 0);
        int marchHours = steps(march, paris(2024, 4, 1, 0, 0), H1);
        assertEquals(743, marchHours);
        DenseSeries fullMarch = DenseSeries.of(march, H1, ramp(marchHours, 1000));
        SeriesKey k2 = key(2, "dst");
        assertEquals(1, syncMonth.setTs(k2, fullMarch, WriteMode.REPLACE));
        assertSeries(fullMarch, syncMonth.getTs(k2));
        assertEquals(2, rows.live(SyncMonthStore.class));
        // The points right after the change: 02:00 does not exist on 31 March.
        DenseSeries night = syncMonth.getTs(k2, paris(2024, 3, 31, 1, 0).toInstant(), paris(2024, 3, 31, 3, 0).toInstant());
        assertEquals(2, night.size());
        assertEquals(LocalDateTime.of(2024, 3, 31, 3, 0), night.end().atZone(PARIS).toLocalDateTime());

        // A leap February on the UTC quarter-hour grid: 29 days of 96 points.
        DenseSeries february = DenseSeries.of(utc(2024, 2, 1, 0, 0), M15, ramp(29 * 96, 1));
        assertEquals(1, utcMonth.setTs(k, february, WriteMode.INSERT));
        assertSeries(february, utcMonth.getTs(k));
    }

    @Test
    void localAndCoarserSeriesLandOnTheGrid() {
        // Local date-times are read in the store zone; an ambiguous autumn time is the earlier instant.
        SeriesKey k = key(1, "local");
        LocalSeries autumn = LocalSeries.of(new LocalDateTime[] {LocalDateTime.of(2024, 10, 27, 1, 0),
                LocalDateTime.of(2024, 10, 27, 2, 0), LocalDateTime.of(2024, 10, 27, 3, 0)}, new double[] {1, 2, 3});
        assertEquals(1, parisYear.setTs(k, autumn, WriteMode.INSERT));
        assertSeries(DenseSeries.of(Instant.parse("2024-10-26T23:00:00Z"), H1, PARIS, 1, 2, NaN, 3), parisYear.getTs(k));

        // In spring, 02:00 does not exist and becomes 03:00: given both, one instant gets two values.
        LocalSeries spring = LocalSeries.of(new LocalDateTime[] {LocalDateTime.of(2024, 3, 31, 2, 0),
                LocalDateTime.of(2024, 3, 31, 3, 0)}, new double[] {1, 2});
        DuplicateTimestampException twice = assertThrows(DuplicateTimestampException.class,
                () -> parisYear.setTs(key(2, "local"), spring));
        assertMessageContains(twice, "2024-03-31T01:00:00Z");
        assertTrue(parisYear.getTs(key(2, "local")).isEmpty());

        // A coarser step that lies on the grid is placed point by point, NaN between.
        SeriesKey k3 = key(3, "coarse");
        assertEquals(1, parisYear.setTs(k3, DenseSeries.of(paris(2024, 5, 1, 0, 0), Duration.ofHours(2), 1, 2, 3),
                WriteMode.INSERT));
        assertSeries(DenseSeries.of(paris(2024, 5, 1, 0, 0), H1, 1, NaN, 2, NaN, 3), parisYear.getTs(k3));

        // Keys are bound, not spliced into the SQL.
        SeriesKey odd = key(4, "o'clock; ü \"x\"");
        DenseSeries s = DenseSeries.of(paris(2024, 5, 1, 0, 0), H1, 4, 5);
        parisYear.setTs(odd, s);
        assertSeries(s, parisYear.getTs(odd));
        List<KeyedSeries> got = new ArrayList<>();
        assertEquals(1, parisYear.yieldManyTs(SeriesKey.of("kind", "o'clock; ü \"x\""), null, null, true, got::add));
        assertEquals(odd, got.get(0).key());

        // Whole-range bounds read as open.
        assertSeries(s, parisYear.getTs(odd, Instant.MIN, Instant.MAX));
        // An int key field refuses a value that does not fit.
        assertMessageContains(assertThrows(InvalidKeyException.class,
                () -> parisYear.getTs(SeriesKey.of("version", 3_000_000_000L, "kind", "a"))), "'version'");
        assertEquals(3, rows.all(ParisYearStore.class));
    }

    @Test
    void replaceWithNothingTombstonesAndSetManyTsRevives() {
        SeriesKey k = key(1, "a");
        DenseSeries s = DenseSeries.of(utc(2024, 1, 31, 23, 0), M15, ramp(8, 1));
        utcMonth.setTs(k, s);
        assertEquals(2, utcMonth.setTs(k, DenseSeries.of(utc(2024, 1, 1, 0, 0), M15, nans(4)), WriteMode.REPLACE),
                "an all-NaN REPLACE tombstones the stored series");
        assertTrue(utcMonth.getTs(k).isEmpty());
        assertEquals(0, rows.live(UtcMonthStore.class));
        assertEquals(2, rows.all(UtcMonthStore.class));
        assertEquals(0, utcMonth.delete(k, true), "nothing live left to delete");

        // A first write over tombstones only is allowed, and reuses their rows.
        DenseSeries again = DenseSeries.of(utc(2024, 2, 3, 0, 0), M15, 7, 8);
        assertEquals(2, utcMonth.setManyTs(Map.of(k, again, key(2, "a"), again)));
        assertSeries(again, utcMonth.getTs(k));
        assertSeries(again, utcMonth.getTs(key(2, "a")));
        assertEquals(2, rows.live(UtcMonthStore.class));
        assertEquals(3, rows.all(UtcMonthStore.class), "February of (1, a) revived, one new row for (2, a)");

        // The store without keys takes setManyTs too, under the empty key.
        DenseSeries single = DenseSeries.of(paris(2024, 1, 1, 0, 0), M30, 1, 2);
        assertEquals(1, noKey.setManyTs(Map.of(SeriesKey.all(), single)));
        assertSeries(single, noKey.getTs(SeriesKey.all()));
    }

    @Test
    void concurrentWritersOfOneNewSeriesAreSerialised() throws Exception {
        // Six writers UPDATE the same, not yet stored, chunk at once: none may fail on the unique constraint,
        // and every value must survive the merges.
        SeriesKey k = key(1, "concurrent");
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                DenseSeries point = DenseSeries.of(utc(2024, 7, 1, i, 0), M15, i + 1);
                done.add(pool.submit(() -> {
                    go.await();
                    return utcMonth.setTs(k, point, WriteMode.UPDATE);
                }));
            }
            go.countDown();
            for (Future<Integer> f : done) {
                assertEquals(1, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        DenseSeries back = utcMonth.getTs(k);
        assertEquals(utc(2024, 7, 1, 0, 0).toInstant(), back.start());
        assertEquals(writers, back.countPresent());
        for (int i = 0; i < writers; i++) {
            assertEquals(i + 1, back.valueAt(i * 4), "value at " + i + ":00");
        }
        assertEquals(1, rows.all(UtcMonthStore.class));
    }

    // ---------------------------------------------------------------- concurrent first writes

    @Test
    void insertRacingAHeldInsertGetsSeriesAlreadyExists() throws Exception {
        SeriesKey k = key(1, "race");
        Object outcome = raceAgainstHeldWrite(
                (written, release) -> holder.setTsAndHold(k, FIRST, WriteMode.INSERT, written, release),
                () -> utcMonth.setTs(k, SECOND, WriteMode.INSERT));
        assertSecondWriteRefused(k, "INSERT", outcome);
    }

    @Test
    void updateRacingAHeldInsertWaitsAndMerges() throws Exception {
        SeriesKey k = key(1, "race");
        Object outcome = raceAgainstHeldWrite(
                (written, release) -> holder.setTsAndHold(k, FIRST, WriteMode.INSERT, written, release),
                () -> utcMonth.setTs(k, SECOND, WriteMode.UPDATE));
        assertSecondWriteMerged(k, "UPDATE", outcome);
    }

    @Test
    void setManyTsRacingAHeldSetManyTsGetsSeriesAlreadyExists() throws Exception {
        SeriesKey k = key(1, "race");
        Object outcome = raceAgainstHeldWrite(
                (written, release) -> holder.setManyTsAndHold(Map.of(k, FIRST), written, release),
                () -> utcMonth.setManyTs(Map.of(k, SECOND)));
        assertSecondWriteRefused(k, "setManyTs", outcome);
    }

    @Test
    void updateRacingAHeldSetManyTsWaitsAndMerges() throws Exception {
        SeriesKey k = key(1, "race");
        Object outcome = raceAgainstHeldWrite(
                (written, release) -> holder.setManyTsAndHold(Map.of(k, FIRST), written, release),
                () -> utcMonth.setTs(k, SECOND, WriteMode.UPDATE));
        assertSecondWriteMerged(k, "UPDATE", outcome);
    }

    /**
     * The second write of a race refused: {@code outcome} is a SeriesAlreadyExistsException naming {@code k}, and the
     * first write alone is stored, in one row.
     */
    private void assertSecondWriteRefused(SeriesKey k, String secondWrite, Object outcome) {
        SeriesAlreadyExistsException e = assertInstanceOf(SeriesAlreadyExistsException.class, outcome,
                () -> secondWrite + " of a series another transaction is first-writing: " + outcome);
        assertEquals(k, e.key());
        assertSeries(FIRST, utcMonth.getTs(k));
        assertEquals(1, rows.all(UtcMonthStore.class));
    }

    /**
     * The second write of a race waited for the first to commit, then merged into its chunk: {@code outcome} is one
     * row written, and the one row holds SECOND over FIRST.
     */
    private void assertSecondWriteMerged(SeriesKey k, String secondWrite, Object outcome) {
        assertEquals(1, outcome, () -> secondWrite + " of a series another transaction is first-writing: " + outcome);
        assertSeries(SECOND.combineFirst(FIRST), utcMonth.getTs(k));
        assertEquals(1, rows.all(UtcMonthStore.class));
    }

    /** A write that holds its transaction open until released. */
    @FunctionalInterface
    private interface HeldWrite {
        int run(CountDownLatch written, CountDownLatch release) throws Exception;
    }

    /**
     * Runs {@code held} (through {@link HoldingWriter}, which keeps its transaction open), then {@code second} in
     * another thread; once {@code second} waits on a database lock (or is done), lets the first transaction commit.
     * Returns what {@code second} returned, or the exception it threw.
     */
    private Object raceAgainstHeldWrite(HeldWrite held, Callable<Integer> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<Integer> first = pool.submit(() -> held.run(written, release));
            assertTrue(written.await(30, TimeUnit.SECONDS), "the first writer wrote");
            Future<Integer> other = pool.submit(second);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!other.isDone() && rows.lockWaiters(UtcMonthStore.class) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            release.countDown();
            assertEquals(1, first.get(60, TimeUnit.SECONDS), "the first writer committed its chunk");
            try {
                return other.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                return e.getCause();
            }
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * INSERT a, UPDATE b, REPLACE c, UPDATE d, checking after each step the series read back against
     * {@link DenseSeries#combineFirst} of the inputs, and the live and total (tombstones included) row counts.
     */
    private void insertUpdateReplace(TimeseriesChunkStoreBean<?> store, Class<? extends TimeseriesChunk> entity,
            SeriesKey k, DenseSeries a, DenseSeries b, long liveAfterB, DenseSeries c, long liveAfterC,
            long allAfterC, DenseSeries d, long liveAfterD, long allAfterD) {
        store.setTs(k, a, WriteMode.INSERT);
        assertSeries(a, store.getTs(k));

        store.setTs(k, b, WriteMode.UPDATE);
        assertSeries(b.combineFirst(a), store.getTs(k));
        assertEquals(liveAfterB, rows.live(entity), "live rows after UPDATE");
        assertEquals(liveAfterB, rows.all(entity), "UPDATE leaves no tombstone");

        store.setTs(k, c, WriteMode.REPLACE);
        assertSeries(c, store.getTs(k));
        assertEquals(liveAfterC, rows.live(entity), "live rows after REPLACE");
        assertEquals(allAfterC, rows.all(entity), "rows after REPLACE, tombstones included");

        store.setTs(k, d, WriteMode.UPDATE);
        assertSeries(d.combineFirst(c), store.getTs(k));
        assertEquals(liveAfterD, rows.live(entity), "live rows after the last UPDATE");
        assertEquals(allAfterD, rows.all(entity), "rows after the last UPDATE, tombstones included");
    }

    private static void assertSeries(DenseSeries expected, DenseSeries actual) {
        assertNotNull(actual, "series");
        assertEquals(expected.start(), actual.start(), "start");
        assertEquals(expected.step(), actual.step(), "step");
        assertEquals(expected.zone(), actual.zone(), "zone");
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (Double.compare(expected.valueAt(i), actual.valueAt(i)) != 0) {
                fail("value " + i + " (" + expected.instantAt(i) + "): expected " + expected.valueAt(i) + ", got "
                        + actual.valueAt(i));
            }
        }
        assertEquals(expected.size(), actual.size(), "size");
        assertEquals(expected, actual);
    }

    private static void assertOffGrid(Instant expected, OffGridTimestampException e) {
        assertEquals(expected, e.timestamp());
        assertMessageContains(e, expected.toString());
    }

    private static void assertMessageContains(Throwable e, String part) {
        String message = e.getMessage();
        assertTrue(message != null && message.contains(part),
                () -> e.getClass().getSimpleName() + " message should name " + part + ": " + message);
    }

    private static SeriesKey key(int version, String kind) {
        return SeriesKey.of("version", version, "kind", kind);
    }

    private static ZonedDateTime paris(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PARIS);
    }

    private static ZonedDateTime utc(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, UTC);
    }

    /** Number of steps from {@code from} to {@code to}. */
    private static int steps(ZonedDateTime from, ZonedDateTime to, Duration step) {
        return Math.toIntExact(Duration.between(from, to).dividedBy(step));
    }

    /** {@code from, from + 1, ...}. */
    private static double[] ramp(int n, double from) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + i;
        }
        return v;
    }

    /** A ramp with NaN at every third point (1, 4, 7, ...); its first and last points hold values if n % 3 != 2. */
    private static double[] holes(int n, double from) {
        double[] v = ramp(n, from);
        for (int i = 1; i < n; i += 3) {
            v[i] = NaN;
        }
        if (Double.isNaN(v[n - 1])) {
            throw new IllegalArgumentException("holes(" + n + ") would end with NaN");
        }
        return v;
    }

    private static double[] nans(int n) {
        double[] v = new double[n];
        Arrays.fill(v, NaN);
        return v;
    }
}
