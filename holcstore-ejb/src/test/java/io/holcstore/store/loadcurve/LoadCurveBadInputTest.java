package io.holcstore.store.loadcurve;

import io.holcstore.series.DenseSeries;
import io.holcstore.series.DuplicateTimestampException;
import io.holcstore.series.IrregularSeries;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.holcstore.store.loadcurve.Curves.HOUR;
import static io.holcstore.store.loadcurve.Curves.JAN_1;
import static io.holcstore.store.loadcurve.Curves.dense;
import static io.holcstore.store.loadcurve.Curves.indexed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every bad input is a typed error naming its culprit, and leaves what is stored as it was. */
class LoadCurveBadInputTest extends LoadCurveStoreTestBase {
    private static final int CLIENT = 7;
    private static final DenseSeries STORED = dense(JAN_1, HOUR, 1, 2, 3);
    private static final DenseSeries DATA = dense(JAN_1, HOUR, 4, 5, 6);

    @BeforeEach
    void setUp() {
        meters(s -> s.setLc("kept", STORED, CLIENT));
    }

    /** Runs a bad call, checks the argument its error names, and that the stored curve is untouched. */
    private void refused(String argument, Executable call) {
        assertEquals(argument, assertThrows(InvalidArgumentException.class, call).argument());
        List<LoadCurveEntry> stored = meters(s -> s.getLc("kept", CLIENT, LoadCurveQuery.versions()));
        assertEquals(1, stored.size());
        assertEquals(indexed(STORED), stored.get(0).series());
        assertEquals(1L, (long) meters(s -> s.count(CLIENT)));
    }

    @Test
    void prmMustBeGivenAndFitSeventyCharacters() {
        refused("prm", () -> meters(s -> s.setLc(null, DATA, CLIENT)));
        refused("prm", () -> meters(s -> s.setLc("", DATA, CLIENT)));
        refused("prm", () -> meters(s -> s.setLc("p".repeat(71), DATA, CLIENT)));
        refused("prm", () -> meters(s -> s.getLc(null, CLIENT)));
        meters(s -> s.setLc("p".repeat(70), DATA, CLIENT));
        assertEquals(1, meters(s -> s.getLc("p".repeat(70), CLIENT)).size());
    }

    @Test
    void seriesAndOptionsMustBeGiven() {
        refused("series", () -> meters(s -> s.setLc("kept", null, CLIENT)));
        refused("write", () -> meters(s -> s.setLc("kept", DATA, CLIENT, null)));
        refused("query", () -> meters(s -> s.getLc("kept", CLIENT, null)));
        refused("series", () -> meters(s -> s.setManyLc(null, CLIENT)));
        refused("attributes", () -> LoadCurveWrite.inPlace().withAttributes(null));
        refused("filters", () -> LoadCurveQuery.combined().filters(null));
    }

    @Test
    void setManyWritesNothingWhenOneCurveIsBad() {
        Map<String, DenseSeries> series = new LinkedHashMap<>();
        series.put("kept", DATA);
        series.put("p".repeat(71), DATA);
        refused("prm", () -> meters(s -> s.setManyLc(series, CLIENT)));
        Map<String, DenseSeries> withNull = new HashMap<>();
        withNull.put("kept", DATA);
        withNull.put("other", null);
        refused("series of prm 'other'", () -> meters(s -> s.setManyLc(withNull, CLIENT)));
        Map<String, Object> duplicated = new LinkedHashMap<>();
        IrregularSeries twice = IrregularSeries.of(new Instant[]{JAN_1, JAN_1}, new double[]{1, 2});
        assertThrows(DuplicateTimestampException.class, () -> meters(s -> s.setManyLc(Map.of("kept", DATA, "other", twice), CLIENT)));
        assertEquals(indexed(STORED), meters(s -> s.getLc("kept", CLIENT)).get(0).series());
        assertEquals(List.of(), meters(s -> s.getLc("other", CLIENT)));
    }

    @Test
    void optionObjectsRefuseBadValues() {
        refused("versioningBy", () -> LoadCurveWrite.newVersion().by("year"));
        refused("versioningBy", () -> LoadCurveWrite.newVersion().by("prm", null));
        refused("version", () -> LoadCurveQuery.versions().version(-1));
        refused("combinedBy", () -> LoadCurveQuery.combined().combinedBy(List.of()));
        refused("combinedBy", () -> LoadCurveQuery.combined().combinedBy("prm", (String) null));
        refused("orderBy", () -> LoadCurveQuery.combined().orderBy(List.of()));
        refused("orderBy", () -> LoadCurveOrder.parse("-"));
        refused("combinedDelay", () -> LoadCurveQuery.combined().combinedDelay(Duration.ofHours(-1)));
        refused("end", () -> new TimeRange(JAN_1, JAN_1.minusSeconds(1)));
    }

    @Test
    void aStoreWithoutAttributesRefusesThem() {
        assertThrows(io.holcstore.store.InvalidKeyException.class, () -> meters(s -> s.setLc("kept", DATA, CLIENT,
                LoadCurveWrite.inPlace().withAttributes(SeriesKey.of("year", 2024)))));
        assertThrows(io.holcstore.store.InvalidKeyException.class, () -> meters(s -> s.setLc("kept", DATA, CLIENT,
                LoadCurveWrite.newVersion().by("prm", "year"))));
        assertEquals(indexed(STORED), meters(s -> s.getLc("kept", CLIENT)).get(0).series());
    }
}
