package io.holcstore.store.loadcurve;

import io.holcstore.series.DenseSeries;
import io.holcstore.series.IndexedSeries;
import io.holcstore.testing.MeterCurve;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static io.holcstore.store.loadcurve.Curves.DAY;
import static io.holcstore.store.loadcurve.Curves.HOUR;
import static io.holcstore.store.loadcurve.Curves.JAN_1;
import static io.holcstore.store.loadcurve.Curves.constant;
import static io.holcstore.store.loadcurve.Curves.dense;
import static io.holcstore.store.loadcurve.Curves.indexed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes and reads of the load-curve store on PostgreSQL: the intent of the reference's tests_basics and tests_slice_with_delay. */
class LoadCurveWriteReadTest extends LoadCurveStoreTestBase {
    private static final int CLIENT = 1;
    private static final DenseSeries DATA = dense(JAN_1, HOUR, 1, 2, 3);
    private static final DenseSeries DATA_TWICE = dense(JAN_1, HOUR, 2, 4, 6);

    @BeforeEach
    void setUp() {
        stores.run(MeterCurve.class, store -> {
            store.setLc("test_prm", DATA, CLIENT);
            store.setLc("test_prm_2", DATA, CLIENT, LoadCurveWrite.newVersion());
            store.setLc("test_prm_2", DATA_TWICE, CLIENT, LoadCurveWrite.newVersion());
        });
    }

    @Test
    void getReturnsTheCurveWritten() {
        List<LoadCurveEntry> entries = meters(s -> s.getLc("test_prm", CLIENT));
        assertEquals(1, entries.size());
        LoadCurveEntry entry = entries.get(0);
        assertEquals("test_prm", entry.prm());
        assertEquals(CLIENT, entry.clientId());
        assertEquals(0, entry.version());
        assertTrue(entry.attributes().isEmpty());
        assertEquals(indexed(DATA), entry.series());
    }

    @Test
    void setWithoutVersioningReplacesVersionZeroAndKeepsItsCreationTime() {
        LoadCurveEntry before = meters(s -> s.getLc("test_prm", CLIENT)).get(0);
        OptionalInt written = meters(s -> s.setLc("test_prm", DATA_TWICE, CLIENT));
        assertEquals(OptionalInt.of(0), written);
        List<LoadCurveEntry> after = meters(s -> s.getLc("test_prm", CLIENT, LoadCurveQuery.versions()));
        assertEquals(1, after.size());
        assertEquals(0, after.get(0).version());
        assertEquals(indexed(DATA_TWICE), after.get(0).series());
        assertEquals(before.createdAt(), after.get(0).createdAt());
        assertTrue(!after.get(0).lastModified().isBefore(before.lastModified()));
    }

    @Test
    void inPlaceTwiceThenVersionedTwiceMakesVersionsZeroToTwo() {
        meters(s -> s.setLc("new_prm", DATA, CLIENT));
        meters(s -> s.setLc("new_prm", DATA, CLIENT));
        assertEquals(List.of(0), versions(meters(s -> s.getLc("new_prm", CLIENT, LoadCurveQuery.versions().version(0)))));
        assertEquals(OptionalInt.of(1), meters(s -> s.setLc("new_prm", DATA, CLIENT, LoadCurveWrite.newVersion())));
        assertEquals(OptionalInt.of(2), meters(s -> s.setLc("new_prm", DATA, CLIENT, LoadCurveWrite.newVersion())));
        assertEquals(List.of(2, 1, 0), versions(meters(s -> s.getLc("new_prm", CLIENT, LoadCurveQuery.versions()))));
        List<LoadCurveEntry> combined = meters(s -> s.getLc("new_prm", CLIENT));
        assertEquals(List.of(2), versions(combined));
    }

    @Test
    void versioningStartsAtZeroForANewCurve() {
        assertEquals(OptionalInt.of(0), meters(s -> s.setLc("fresh", DATA, CLIENT, LoadCurveWrite.newVersion())));
    }

    @Test
    void combinedReadTakesTheNewestVersionAndFillsItsGapsFromOlderOnes() {
        meters(s -> s.setLc("gappy", dense(JAN_1, HOUR, 1, 1, 1, 1), CLIENT, LoadCurveWrite.newVersion()));
        meters(s -> s.setLc("gappy", dense(JAN_1.plus(HOUR), HOUR, 2, Double.NaN, 2, 2, 2), CLIENT, LoadCurveWrite.newVersion()));
        List<LoadCurveEntry> combined = meters(s -> s.getLc("gappy", CLIENT));
        assertEquals(1, combined.size());
        assertEquals(1, combined.get(0).version());
        assertEquals(indexed(dense(JAN_1, HOUR, 1, 2, 1, 2, 2, 2)), combined.get(0).series());
    }

    @Test
    void combinedVersionsOfTheSetUpGiveTheSecondVersion() {
        List<LoadCurveEntry> combined = meters(s -> s.getLc("test_prm_2", CLIENT));
        assertEquals(List.of(1), versions(combined));
        assertEquals(indexed(DATA_TWICE), combined.get(0).series());
    }

    @Test
    void aSpecificVersionIsReadAlone() {
        List<LoadCurveEntry> one = meters(s -> s.getLc("test_prm_2", CLIENT, LoadCurveQuery.versions().version(0)));
        assertEquals(List.of(0), versions(one));
        assertEquals(indexed(DATA), one.get(0).series());
        List<LoadCurveEntry> combinedOne = meters(s -> s.getLc("test_prm_2", CLIENT, LoadCurveQuery.combined().version(1)));
        assertEquals(List.of(1), versions(combinedOne));
        assertEquals(indexed(DATA_TWICE), combinedOne.get(0).series());
    }

    @Test
    void uncombinedReadListsEveryVersionNewestFirstOrAsAsked() {
        List<LoadCurveEntry> all = meters(s -> s.getLc("test_prm_2", CLIENT, LoadCurveQuery.versions()));
        assertEquals(List.of(1, 0), versions(all));
        assertEquals(indexed(DATA_TWICE), all.get(0).series());
        assertEquals(indexed(DATA), all.get(1).series());
        List<LoadCurveEntry> oldestFirst = meters(s -> s.getLc("test_prm_2", CLIENT,
                LoadCurveQuery.versions().orderBy(LoadCurveOrder.asc(LoadCurveFields.VERSION))));
        assertEquals(List.of(0, 1), versions(oldestFirst));
    }

    @Test
    void combiningOldestFirstLetsTheOldestVersionWin() {
        List<LoadCurveEntry> entries = meters(s -> s.getLc("test_prm_2", CLIENT,
                LoadCurveQuery.combined().orderBy(LoadCurveOrder.parse("version"))));
        assertEquals(List.of(0), versions(entries));
        assertEquals(indexed(DATA), entries.get(0).series());
    }

    @Test
    void getManyGivesEveryAskedPrmAnEmptyListWhenNothingIsStored() {
        Map<String, List<LoadCurveEntry>> many = meters(s -> s.getManyLc(List.of("test_prm", "non_existing_prm", "test_prm_2"), CLIENT));
        assertEquals(List.of("test_prm", "non_existing_prm", "test_prm_2"), List.copyOf(many.keySet()));
        assertEquals(List.of(), many.get("non_existing_prm"));
        assertEquals(indexed(DATA), many.get("test_prm").get(0).series());
        assertEquals(indexed(DATA_TWICE), many.get("test_prm_2").get(0).series());
    }

    @Test
    void setManyWritesEveryCurveAndReturnsTheirVersions() {
        Map<String, DenseSeries> series = new LinkedHashMap<>();
        series.put("prm_1", dense(JAN_1, HOUR, 1, 2, 3));
        series.put("prm_2", dense(JAN_1, HOUR, 4, 5, 6));
        series.put("test_prm_2", dense(JAN_1, HOUR, 7));
        Map<String, Integer> versions = meters(s -> s.setManyLc(series, CLIENT, LoadCurveWrite.newVersion()));
        assertEquals(Map.of("prm_1", 0, "prm_2", 0, "test_prm_2", 2), versions);
        Map<String, List<LoadCurveEntry>> read = meters(s -> s.getManyLc(List.of("prm_1", "prm_2"), CLIENT));
        assertEquals(indexed(series.get("prm_1")), read.get("prm_1").get(0).series());
        assertEquals(indexed(series.get("prm_2")), read.get("prm_2").get(0).series());
    }

    @Test
    void aSeriesWithoutAnyValueWritesNothing() {
        DenseSeries nothing = constant(JAN_1, Duration.ofMinutes(30), 48, Double.NaN);
        assertEquals(OptionalInt.empty(), meters(s -> s.setLc("key", nothing, CLIENT)));
        assertEquals(List.of(), meters(s -> s.getLc("key", CLIENT)));
        assertEquals(Map.of("other", 0), meters(s -> s.setManyLc(Map.of("key", nothing, "other", DATA), CLIENT)));
        assertEquals(List.of(), meters(s -> s.getLc("key", CLIENT)));
        assertEquals(OptionalInt.empty(), meters(s -> s.setLc("test_prm", DenseSeries.empty(JAN_1, HOUR, java.time.ZoneOffset.UTC), CLIENT)));
        assertEquals(indexed(DATA), meters(s -> s.getLc("test_prm", CLIENT)).get(0).series(), "the stored curve is kept");
    }

    @Test
    void anUnknownPrmReadsAsNoEntry() {
        assertEquals(List.of(), meters(s -> s.getLc("not_existing_key", CLIENT)));
        assertEquals(List.of(), meters(s -> s.getLc("test_prm", CLIENT + 1)), "another client's curve");
    }

    @Test
    void aLongIrregularCurveRoundTrips() {
        DenseSeries twoYears = constant(Instant.parse("2022-01-01T00:00:00Z"), Duration.ofMinutes(30), 35_089, 0);
        double[] values = twoYears.values();
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(i / 48.0) * 100;
        }
        DenseSeries curve = DenseSeries.of(twoYears.start(), twoYears.step(), values);
        meters(s -> s.setLc("key", curve, CLIENT + 1));
        assertEquals(indexed(curve), meters(s -> s.getLc("key", CLIENT + 1)).get(0).series());
    }

    @Test
    void combinedDelayCutsEachVersionsStartBeforeCombining() {
        DenseSeries first = constant(JAN_1, HOUR, 24 * 10, 1);
        DenseSeries second = constant(JAN_1.plus(DAY), HOUR, 24 * 9, 2);
        meters(s -> s.setLc("delayed", first, CLIENT, LoadCurveWrite.newVersion()));
        meters(s -> s.setLc("delayed", second, CLIENT, LoadCurveWrite.newVersion()));
        for (int days : new int[]{1, 2}) {
            Duration delay = Duration.ofDays(days);
            IndexedSeries expected = indexed(second).withoutFirst(delay).combineFirst(indexed(first).withoutFirst(delay));
            List<LoadCurveEntry> one = meters(s -> s.getLc("delayed", CLIENT, LoadCurveQuery.combined().combinedDelay(delay)));
            assertEquals(expected, one.get(0).series(), "getLc, delay " + delay);
            Map<String, List<LoadCurveEntry>> many = meters(s -> s.getManyLc(List.of("delayed"), CLIENT,
                    LoadCurveQuery.combined().combinedDelay(delay)));
            assertEquals(expected, many.get("delayed").get(0).series(), "getManyLc, delay " + delay);
            assertEquals(JAN_1.plus(delay), one.get(0).series().instantAt(0), "the oldest version, cut, starts the curve");
        }
    }

    @Test
    void forEachVisitsEveryCurveOfTheClientInPrmOrder() {
        List<String> visited = new java.util.ArrayList<>();
        stores.run(MeterCurve.class, s -> s.forEachLc(CLIENT, LoadCurveQuery.combined(), entry -> visited.add(entry.prm() + "@" + entry.version())));
        assertEquals(List.of("test_prm@0", "test_prm_2@1"), visited);
    }

    @Test
    void countsAndZone() {
        assertEquals(3L, (long) meters(s -> s.count(CLIENT)));
        assertEquals(0L, (long) meters(s -> s.count(CLIENT + 1)));
        assertEquals(java.time.ZoneOffset.UTC, meters(s -> s.zone()));
        assertEquals(List.of(), meters(s -> s.attributeFields()));
    }

    private static List<Integer> versions(List<LoadCurveEntry> entries) {
        return entries.stream().map(LoadCurveEntry::version).toList();
    }
}
