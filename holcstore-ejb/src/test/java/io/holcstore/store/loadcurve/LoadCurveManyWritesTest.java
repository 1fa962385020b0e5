package io.holcstore.store.loadcurve;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.testing.LoadCurveStores;
import io.holcstore.testing.MeterCurve;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.YearCurve;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.holcstore.store.loadcurve.Curves.HOUR;
import static io.holcstore.store.loadcurve.Curves.JAN_1;
import static io.holcstore.store.loadcurve.Curves.dense;
import static io.holcstore.store.loadcurve.Curves.indexed;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * setManyLc of more curves than one statement batch holds, prms with different histories in one call: each prm gets
 * its own next version (versioning) or its version 0 replaced or created (in place), on PostgreSQL and H2.
 */
class LoadCurveManyWritesTest {
    private static final int CLIENT = 3;
    /** More than one JDBC batch of the store's writes, and not a multiple of it. */
    private static final int PRMS = 150;

    static Stream<Named<Supplier<LoadCurveStores>>> databases() {
        return Stream.of(Named.named("PostgreSQL", LoadCurveStores::new),
                Named.named("H2", () -> new LoadCurveStores(PostgresStores.h2Properties("loadcurve-many-writes"))));
    }

    private static String prm(int i) {
        return String.format("prm_%03d", i);
    }

    /** The curves of every prm, prm {@code i}'s values derived from {@code i} and {@code pass}. */
    private static Map<String, DenseSeries> curves(int pass) {
        Map<String, DenseSeries> curves = new LinkedHashMap<>();
        for (int i = 0; i < PRMS; i++) {
            curves.put(prm(i), dense(JAN_1, HOUR, pass * 1000 + i, i));
        }
        return curves;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void newVersionsOfManyPrmsFollowEachPrmsOwnHistory(Supplier<LoadCurveStores> database) {
        try (LoadCurveStores stores = database.get()) {
            stores.clearAll();
            // prm i already has i % 3 versions (none, 0, or 0 and 1); another client has one version of every prm.
            for (int pass = 0; pass < 2; pass++) {
                Map<String, DenseSeries> older = new LinkedHashMap<>();
                for (int i = 0; i < PRMS; i++) {
                    if (i % 3 > pass) {
                        older.put(prm(i), dense(JAN_1, HOUR, -1));
                    }
                }
                stores.run(MeterCurve.class, s -> s.setManyLc(older, CLIENT, LoadCurveWrite.newVersion()));
            }
            stores.run(MeterCurve.class, s -> s.setManyLc(curves(0), CLIENT + 1, LoadCurveWrite.newVersion()));

            Map<String, Integer> written = stores.inTransaction(MeterCurve.class, s -> s.setManyLc(curves(7), CLIENT,
                    LoadCurveWrite.newVersion()));

            Map<String, Integer> expected = new LinkedHashMap<>();
            for (int i = 0; i < PRMS; i++) {
                expected.put(prm(i), i % 3);
            }
            assertEquals(expected, written);
            Map<String, List<LoadCurveEntry>> read = stores.inTransaction(MeterCurve.class, s -> s.getManyLc(expected.keySet(), CLIENT));
            for (int i = 0; i < PRMS; i++) {
                LoadCurveEntry newest = read.get(prm(i)).get(0);
                assertEquals(i % 3, newest.version(), prm(i));
                assertEquals(indexed(curves(7).get(prm(i))), newest.series(), prm(i));
            }
            assertEquals((long) PRMS, (long) stores.inTransaction(MeterCurve.class, s -> s.count(CLIENT + 1)), "the other client untouched");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void inPlaceWritesOfManyPrmsReplaceTheVersionZeroThatExistsAndCreateTheOthers(Supplier<LoadCurveStores> database) {
        try (LoadCurveStores stores = database.get()) {
            stores.clearAll();
            Map<String, DenseSeries> everyOther = new LinkedHashMap<>();
            for (int i = 0; i < PRMS; i += 2) {
                everyOther.put(prm(i), curves(1).get(prm(i)));
            }
            stores.run(MeterCurve.class, s -> s.setManyLc(everyOther, CLIENT));
            Map<String, Instant> createdBefore = stores.inTransaction(MeterCurve.class, s -> s.getManyLc(everyOther.keySet(), CLIENT))
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0).createdAt()));

            Map<String, Integer> written = stores.inTransaction(MeterCurve.class, s -> s.setManyLc(curves(2), CLIENT));

            assertEquals(curves(2).keySet().stream().collect(Collectors.toMap(p -> p, p -> 0)), written);
            Map<String, List<LoadCurveEntry>> read = stores.inTransaction(MeterCurve.class,
                    s -> s.getManyLc(curves(2).keySet(), CLIENT, LoadCurveQuery.versions()));
            for (Map.Entry<String, DenseSeries> curve : curves(2).entrySet()) {
                List<LoadCurveEntry> rows = read.get(curve.getKey());
                assertEquals(1, rows.size(), curve.getKey());
                assertEquals(indexed(curve.getValue()), rows.get(0).series(), curve.getKey());
                if (createdBefore.containsKey(curve.getKey())) {
                    assertEquals(createdBefore.get(curve.getKey()), rows.get(0).createdAt(), "replaced, not recreated: " + curve.getKey());
                }
            }
            assertEquals((long) PRMS, (long) stores.inTransaction(MeterCurve.class, s -> s.count(CLIENT)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void versionsOfManyPrmsAreCountedWithinTheWritesVersioningGroup(Supplier<LoadCurveStores> database) {
        try (LoadCurveStores stores = database.get()) {
            stores.clearAll();
            Function<Integer, LoadCurveWrite> byYear = year -> LoadCurveWrite.newVersion().by("prm", "year")
                    .withAttributes(SeriesKey.of("year", year));
            stores.run(YearCurve.class, s -> s.setManyLc(curves(0), CLIENT, byYear.apply(2024)));
            stores.run(YearCurve.class, s -> s.setManyLc(curves(1), CLIENT, byYear.apply(2024)));

            Map<String, Integer> of2025 = stores.inTransaction(YearCurve.class, s -> s.setManyLc(curves(2), CLIENT, byYear.apply(2025)));
            Map<String, Integer> of2024 = stores.inTransaction(YearCurve.class, s -> s.setManyLc(curves(3), CLIENT, byYear.apply(2024)));
            Map<String, Integer> acrossYears = stores.inTransaction(YearCurve.class, s -> s.setManyLc(curves(4), CLIENT,
                    LoadCurveWrite.newVersion().by("prm").withAttributes(SeriesKey.of("year", 2025))));

            assertEquals(Map.of(0, PRMS), countByVersion(of2025));
            assertEquals(Map.of(2, PRMS), countByVersion(of2024));
            assertEquals(Map.of(3, PRMS), countByVersion(acrossYears), "the highest version of any year, plus one");
        }
    }

    private static Map<Integer, Integer> countByVersion(Map<String, Integer> versions) {
        return versions.values().stream().collect(Collectors.toMap(v -> v, v -> 1, Integer::sum));
    }
}
