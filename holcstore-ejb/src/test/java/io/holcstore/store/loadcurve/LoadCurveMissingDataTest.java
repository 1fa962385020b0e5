package io.holcstore.store.loadcurve;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.AmbiguousSeriesException;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;
import io.holcstore.testing.YearCurve;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.holcstore.store.loadcurve.Curves.DAY;
import static io.holcstore.store.loadcurve.Curves.HOUR;
import static io.holcstore.store.loadcurve.Curves.constant;
import static io.holcstore.store.loadcurve.Curves.indexed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** findHoles and findGroups on PostgreSQL: the intent of the reference's test_find_holes and tests_find_groups. */
class LoadCurveMissingDataTest extends LoadCurveStoreTestBase {
    private static final int CLIENT = 1;
    private static final Instant SD = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant ED = Instant.parse("2024-01-11T00:00:00Z");

    @BeforeEach
    void setUp() {
        DenseSeries noHole = constant(SD, DAY, 11, 10);
        meters(s -> s.setManyLc(Map.of(
                "no_hole", noHole,
                "one_hole", withNaN(noHole, 1, 2),             // Jan 2 - Jan 3
                "two_holes", withNaN(withNaN(noHole, 1, 2), 4, 7), // Jan 2 - Jan 3, Jan 5 - Jan 8
                "late_and_early", constant(day(3), DAY, 5, 1)),  // Jan 3 - Jan 7 only
                CLIENT));
    }

    private static Instant day(int dayOfJanuary) {
        return SD.plus(DAY.multipliedBy(dayOfJanuary - 1L));
    }

    private static TimeRange days(int first, int last) {
        return new TimeRange(day(first), day(last));
    }

    private static DenseSeries withNaN(DenseSeries series, int from, int to) {
        double[] values = series.values();
        Arrays.fill(values, from, to + 1, Double.NaN);
        return DenseSeries.of(series.start(), series.step(), values);
    }

    @Test
    void holesInsideACurve() {
        assertEquals(Map.of("one_hole", List.of(days(2, 3))),
                meters(s -> s.findHoles(CLIENT, SD, ED, DAY, HoleSearch.everyPrm().prms(List.of("one_hole")))));
        assertEquals(Map.of("two_holes", List.of(days(2, 3), days(5, 8))),
                meters(s -> s.findHoles(CLIENT, SD, ED, DAY, HoleSearch.everyPrm().prms(List.of("two_holes")))));
        assertEquals(Map.of("no_hole", List.of()),
                meters(s -> s.findHoles(CLIENT, SD, ED, DAY, HoleSearch.everyPrm().prms(List.of("no_hole")))));
    }

    @Test
    void holesAtBothEndsAndForAnAbsentPrmInTheOrderAsked() {
        Map<String, List<TimeRange>> holes = meters(s -> s.findHoles(CLIENT, SD, ED, DAY,
                HoleSearch.everyPrm().prms(List.of("non_existing", "late_and_early", "no_hole"))));
        assertEquals(List.of("non_existing", "late_and_early", "no_hole"), List.copyOf(holes.keySet()));
        assertEquals(List.of(new TimeRange(SD, ED)), holes.get("non_existing"));
        assertEquals(List.of(days(1, 2), days(8, 11)), holes.get("late_and_early"));
    }

    @Test
    void everyPrmOfTheClientIsSearchedWhenNoneIsNamed() {
        Map<String, List<TimeRange>> holes = meters(s -> s.findHoles(CLIENT, SD, ED, DAY));
        assertEquals(List.of("late_and_early", "no_hole", "one_hole", "two_holes"), List.copyOf(holes.keySet()));
        assertEquals(Map.of(), meters(s -> s.findHoles(CLIENT + 1, SD, ED, DAY)));
    }

    @Test
    void aMarginWidensEachHoleAndAFinerGridFindsTheGapsBetweenPoints() {
        Duration margin = Duration.ofHours(12);
        assertEquals(List.of(new TimeRange(day(2).minus(margin), day(3).plus(margin))), meters(s -> s.findHoles(CLIENT, SD, ED, DAY,
                HoleSearch.everyPrm().prms(List.of("one_hole")).freqMargin(margin))).get("one_hole"));
        List<TimeRange> hourly = meters(s -> s.findHoles(CLIENT, SD, day(2), HOUR, HoleSearch.everyPrm().prms(List.of("no_hole"))))
                .get("no_hole");
        assertEquals(List.of(new TimeRange(SD.plus(HOUR), day(2).minus(HOUR))), hourly);
    }

    @Test
    void groupsOfAbsentPartialAndCompletePrms() {
        Instant start = Instant.parse("2023-01-01T00:00:00Z");
        meters(s -> s.setManyLc(Map.of(
                "prm1", constant(Instant.parse("2024-01-01T00:00:00Z"), HOUR, 8785, 1),
                "prm2", constant(Instant.parse("2024-01-01T00:00:00Z"), HOUR, 8785, 2),
                "prm3", constant(start, HOUR, 17545, 3)), CLIENT));
        TimeRange january = new TimeRange(start, Instant.parse("2023-02-01T00:00:00Z"));
        MissingGroups found = meters(s -> s.findGroups(CLIENT, List.of("prm1", "prm2", "prm3", "absent"), january, HOUR));
        assertEquals(Map.of(january, List.of("prm1", "prm2", "absent")), found.groups());
        assertEquals(List.of("prm3"), List.copyOf(found.data().keySet()));
        assertEquals(indexed(constant(start, HOUR, 745, 3)), found.data().get("prm3").series());
    }

    @Test
    void groupsOfPartialCurvesMergeTheirIntervals() {
        TimeRange range = days(1, 11);
        MissingGroups found = meters(s -> s.findGroups(CLIENT, List.of("late_and_early", "two_holes", "one_hole", "no_hole"), range, DAY));
        // late_and_early: Jan 1 - Jan 3 before its first value, Jan 7 - Jan 11 after its last (bounds at those values);
        // one_hole and two_holes share their first NaN run.
        assertEquals(Map.of(
                days(1, 3), List.of("late_and_early"),
                days(2, 3), List.of("two_holes", "one_hole"),
                days(5, 8), List.of("two_holes"),
                days(7, 11), List.of("late_and_early")), found.groups());
        assertEquals(List.of(days(1, 3), days(2, 3), days(5, 8), days(7, 11)), List.copyOf(found.groups().keySet()), "sorted by start");
        assertEquals(4, found.data().size());
    }

    @Test
    void aNaNRunTouchingAnEndGapMergesWithIt() {
        meters(s -> s.setLc("nan_then_value", withNaN(constant(SD, DAY, 11, 1), 2, 4), CLIENT));
        MissingGroups found = meters(s -> s.findGroups(CLIENT, List.of("nan_then_value"), days(1, 11), DAY));
        assertEquals(Map.of(days(3, 5), List.of("nan_then_value")), found.groups());
        meters(s -> s.setLc("starts_with_nan", withNaN(constant(SD, DAY, 11, 1), 0, 2), CLIENT));
        assertEquals(Map.of(days(1, 4), List.of("starts_with_nan")),
                meters(s -> s.findGroups(CLIENT, List.of("starts_with_nan"), days(1, 11), DAY)).groups(),
                "the NaN run Jan 1 - Jan 3 and the gap before the first value (Jan 1 - Jan 4) are one interval");
    }

    @Test
    void oneCurvePerPrmIsNeeded() {
        stores.run(YearCurve.class, s -> {
            s.setLc("a", constant(SD, DAY, 3, 1), CLIENT, LoadCurveWrite.inPlace().withAttributes(SeriesKey.of("year", 2024)));
            s.setLc("a", constant(SD, DAY, 3, 1), CLIENT, LoadCurveWrite.inPlace().withAttributes(SeriesKey.of("year", 2025)));
        });
        LoadCurveQuery byYear = LoadCurveQuery.combined().combinedBy("prm", "year");
        assertThrows(AmbiguousSeriesException.class, () -> stores.inTransaction(YearCurve.class,
                s -> s.findHoles(CLIENT, SD, ED, DAY, HoleSearch.everyPrm().reading(byYear))));
        assertThrows(AmbiguousSeriesException.class, () -> stores.inTransaction(YearCurve.class,
                s -> s.findGroups(CLIENT, List.of("a"), days(1, 3), DAY, byYear)));
        assertEquals(Map.of("a", List.of()), stores.inTransaction(YearCurve.class, s -> s.findHoles(CLIENT, SD, day(3), DAY,
                HoleSearch.everyPrm().reading(byYear.filters(SeriesKey.of("year", 2024))))));
    }

    @Test
    void badSearchArguments() {
        assertEquals("freq", assertThrows(InvalidArgumentException.class, () -> meters(s -> s.findHoles(CLIENT, SD, ED, Duration.ZERO)))
                .argument());
        assertEquals("end", assertThrows(InvalidArgumentException.class, () -> meters(s -> s.findHoles(CLIENT, ED, SD, DAY)))
                .argument());
        assertEquals("freqMargin", assertThrows(InvalidArgumentException.class,
                () -> HoleSearch.everyPrm().freqMargin(Duration.ofHours(-1))).argument());
        assertEquals("combinedVersions", assertThrows(InvalidArgumentException.class,
                () -> HoleSearch.everyPrm().reading(LoadCurveQuery.versions())).argument());
        assertEquals("combinedVersions", assertThrows(InvalidArgumentException.class,
                () -> meters(s -> s.findGroups(CLIENT, List.of("a"), days(1, 2), DAY, LoadCurveQuery.versions()))).argument());
        assertEquals("range", assertThrows(InvalidArgumentException.class,
                () -> meters(s -> s.findGroups(CLIENT, List.of("a"), null, DAY))).argument());
    }
}
