package io.holcstore.store.loadcurve;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.holcstore.store.loadcurve.Curves.HOUR;
import static io.holcstore.store.loadcurve.Curves.JAN_1;
import static io.holcstore.store.loadcurve.Curves.dense;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Counts and deletes, by prm, version, client and attribute values (the reference's clear and clear_all tests). */
class LoadCurveClearTest extends LoadCurveStoreTestBase {
    private static final int CLIENT = 1;
    private static final DenseSeries DATA = dense(JAN_1, HOUR, 1, 2, 3);

    @BeforeEach
    void setUp() {
        meters(s -> {
            s.setLc("a", DATA, CLIENT);
            s.setLc("b", DATA, CLIENT, LoadCurveWrite.newVersion());
            s.setLc("b", DATA, CLIENT, LoadCurveWrite.newVersion());
            s.setLc("a", DATA, CLIENT + 1);
            return null;
        });
        years(s -> {
            for (int year : new int[]{2024, 2025}) {
                s.setLc("a", DATA, CLIENT, LoadCurveWrite.inPlace().withAttributes(SeriesKey.of("year", year)));
                s.setLc("a", DATA, CLIENT + 1, LoadCurveWrite.inPlace().withAttributes(SeriesKey.of("year", year)));
            }
            return null;
        });
    }

    @Test
    void clearDeletesEveryVersionOfThePrmsOfOneClient() {
        assertEquals(3, (int) meters(s -> s.clear(List.of("a", "b", "absent"), CLIENT, SeriesKey.all())));
        assertEquals(List.of(), meters(s -> s.getLc("a", CLIENT)));
        assertEquals(1L, (long) meters(s -> s.count(CLIENT + 1)), "the other client's curve stays");
    }

    @Test
    void clearVersionDeletesOnlyThatVersion() {
        assertEquals(1, (int) meters(s -> s.clearVersion(List.of("b"), CLIENT, 0, SeriesKey.all())));
        List<LoadCurveEntry> left = meters(s -> s.getLc("b", CLIENT, LoadCurveQuery.versions()));
        assertEquals(List.of(1), left.stream().map(LoadCurveEntry::version).toList());
        assertEquals(1, meters(s -> s.getLc("a", CLIENT, LoadCurveQuery.versions())).size());
    }

    @Test
    void clearAllOfAClientLeavesTheOthers() {
        assertEquals(3, (int) meters(s -> s.clearAll(CLIENT, SeriesKey.all())));
        assertEquals(0L, (long) meters(s -> s.count(CLIENT)));
        assertEquals(1L, (long) meters(s -> s.count(CLIENT + 1)));
    }

    @Test
    void clearAllEmptiesTheStore() {
        assertEquals(4, (int) meters(s -> s.clearAll(SeriesKey.all())));
        assertEquals(0L, (long) meters(s -> s.count(CLIENT + 1)));
    }

    @Test
    void clearsFilterOnAttributeValues() {
        assertEquals(1, (int) years(s -> s.clear(List.of("a"), CLIENT, SeriesKey.of("year", 2024))));
        assertEquals(1L, (long) years(s -> s.count(CLIENT)));
        assertEquals(1, (int) years(s -> s.clearAll(CLIENT + 1, SeriesKey.of("year", "2025"))));
        assertEquals(2, (int) years(s -> s.clearAll(SeriesKey.of("year", 2025)) + s.clearAll(SeriesKey.of("year", 2024))));
        assertEquals(0L, (long) years(s -> s.count(CLIENT) + s.count(CLIENT + 1)));
    }

    @Test
    void badArgumentsDeleteNothing() {
        assertEquals("version", assertThrows(InvalidArgumentException.class,
                () -> meters(s -> s.clearVersion(List.of("a"), CLIENT, -1, SeriesKey.all()))).argument());
        assertEquals("prms", assertThrows(InvalidArgumentException.class,
                () -> meters(s -> s.clear(null, CLIENT, SeriesKey.all()))).argument());
        assertEquals("prm", assertThrows(InvalidArgumentException.class,
                () -> meters(s -> s.clear(java.util.Arrays.asList("a", null), CLIENT, SeriesKey.all()))).argument());
        assertEquals("filters", assertThrows(InvalidArgumentException.class,
                () -> meters(s -> s.clearAll(null))).argument());
        assertEquals(3L, (long) meters(s -> s.count(CLIENT)));
    }
}
