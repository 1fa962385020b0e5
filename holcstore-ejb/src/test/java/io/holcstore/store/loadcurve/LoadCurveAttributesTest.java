package io.holcstore.store.loadcurve;

import io.holcstore.series.DenseSeries;
import io.holcstore.series.IndexedSeries;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.jdbc.JpaLoadCurveStore;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.holcstore.store.loadcurve.Curves.HOUR;
import static io.holcstore.store.loadcurve.Curves.JAN_1;
import static io.holcstore.store.loadcurve.Curves.dense;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A store with an attribute field ({@code year}): the intent of the reference's tests_with_attributes, on PostgreSQL. */
class LoadCurveAttributesTest extends LoadCurveStoreTestBase {
    private static final int CLIENT = 1;
    private static final String PRM = "data_name";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DenseSeries DATA = dense(JAN_1, HOUR, 1, 2, 3);
    private static final DenseSeries DATA_TWICE = dense(JAN_1, HOUR, 2, 4, 6);

    private static LoadCurveWrite year(int year, String... versioningBy) {
        return LoadCurveWrite.newVersion().by(versioningBy).withAttributes(SeriesKey.of("year", year));
    }

    private static IndexedSeries paris(DenseSeries series) {
        return IndexedSeries.of(series, PARIS);
    }

    @Test
    void combinedByPrmAndYearGivesOneEntryPerYear() {
        years(s -> s.setLc(PRM, DATA, CLIENT, year(2024, "prm", "year")));
        years(s -> s.setLc(PRM, DATA, CLIENT, year(2025, "prm", "year")));
        LoadCurveQuery byYear = LoadCurveQuery.combined().combinedBy("prm", "year");
        assertEquals(2, years(s -> s.getLc(PRM, CLIENT, byYear)).size());
        Map<String, List<LoadCurveEntry>> many = years(s -> s.getManyLc(List.of(PRM), CLIENT, byYear));
        assertEquals(1, many.size());
        assertEquals(2, many.get(PRM).size());
        assertEquals(1, years(s -> s.getLc(PRM, CLIENT, LoadCurveQuery.combined().combinedBy("version"))).size(),
                "both rows are version 0");

        years(s -> s.setLc(PRM, DATA_TWICE, CLIENT, year(2024, "prm", "year")));
        List<LoadCurveEntry> newestFirst = years(s -> s.getLc(PRM, CLIENT, byYear.orderBy(LoadCurveOrder.desc("createdAt"))));
        assertEquals(2, newestFirst.size());
        LoadCurveEntry of2024 = newestFirst.stream().filter(e -> e.attributes().get("year").equals(2024)).findFirst().orElseThrow();
        assertEquals(paris(DATA_TWICE), of2024.series());
        assertEquals(1, of2024.version());
        assertEquals(PARIS, of2024.series().zone(), "rendered in the store zone");
    }

    @Test
    void versioningByPrmCountsAcrossYears() {
        years(s -> s.setLc(PRM, DATA, CLIENT, year(2024, "prm")));
        years(s -> s.setLc(PRM, DATA_TWICE, CLIENT, year(2025, "prm")));
        List<LoadCurveEntry> rows = years(s -> s.getLc(PRM, CLIENT, LoadCurveQuery.versions().orderBy(LoadCurveOrder.desc("createdAt"))));
        assertEquals(List.of(0, 1), rows.stream().map(LoadCurveEntry::version).sorted().toList());
        assertEquals(1, years(s -> s.getLc(PRM, CLIENT, LoadCurveQuery.combined().combinedBy("prm"))).size());
        assertEquals(2, years(s -> s.getLc(PRM, CLIENT, LoadCurveQuery.combined().combinedBy("prm", "year"))).size());
    }

    @Test
    void versioningByPrmAndYearCountsWithinEachYear() {
        years(s -> s.setLc(PRM, DATA, CLIENT, year(2024, "prm", "year")));
        years(s -> s.setLc(PRM, DATA_TWICE, CLIENT, year(2024, "prm", "year")));
        years(s -> s.setLc(PRM, DATA, CLIENT, year(2025, "prm", "year")));
        List<LoadCurveEntry> rows = years(s -> s.getLc(PRM, CLIENT, LoadCurveQuery.versions()));
        assertEquals(List.of(0, 0, 1), rows.stream().map(LoadCurveEntry::version).sorted().toList(), "two years share version 0");
        List<LoadCurveEntry> combined = years(s -> s.getLc(PRM, CLIENT, LoadCurveQuery.combined().combinedBy("prm", "year")));
        combined = combined.stream().sorted(Comparator.comparing(e -> (Integer) e.attributes().get("year"))).toList();
        assertEquals(paris(DATA_TWICE), combined.get(0).series());
        assertEquals(paris(DATA), combined.get(1).series());
    }

    @Test
    void mixingVersioningGroupsNeverRepeatsAVersionOfOneYear() {
        years(s -> s.setLc(PRM, DATA, CLIENT, year(2024, "prm", "year")));      // 2024 v0
        years(s -> s.setLc(PRM, DATA, CLIENT, year(2025, "prm", "year")));      // 2025 v0
        years(s -> s.setLc(PRM, DATA, CLIENT, year(2025, "prm")));              // 2025 v1 (max over the prm is 0)
        assertEquals(java.util.OptionalInt.of(1), years(s -> s.setLc(PRM, DATA, CLIENT, year(2024, "prm", "year"))));
        assertEquals(java.util.OptionalInt.of(2), years(s -> s.setLc(PRM, DATA, CLIENT, year(2025, "prm"))));
    }

    @Test
    void inPlaceWritesKeepVersionZeroOfEachYear() {
        LoadCurveWrite of2024 = LoadCurveWrite.inPlace().withAttributes(SeriesKey.of("year", 2024));
        years(s -> s.setLc(PRM, DATA, CLIENT, of2024));
        years(s -> s.setLc(PRM, DATA, CLIENT, LoadCurveWrite.inPlace().withAttributes(SeriesKey.of("year", "2025"))));
        years(s -> s.setLc(PRM, DATA_TWICE, CLIENT, of2024));
        assertEquals(2L, (long) years(s -> s.count(CLIENT)));
        List<LoadCurveEntry> only2024 = years(s -> s.getLc(PRM, CLIENT, LoadCurveQuery.versions().filters(SeriesKey.of("year", 2024))));
        assertEquals(1, only2024.size());
        assertEquals(paris(DATA_TWICE), only2024.get(0).series());
        assertEquals(1L, (long) years(s -> s.count(CLIENT, SeriesKey.of("year", 2025))));
    }

    @Test
    void aWriteMustGiveEveryAttributeFieldAndOnlyThose() {
        InvalidKeyException missing = assertThrows(InvalidKeyException.class, () -> years(s -> s.setLc(PRM, DATA, CLIENT)));
        assertEquals(true, missing.getMessage().contains("year"), missing.getMessage());
        InvalidKeyException unknown = assertThrows(InvalidKeyException.class, () -> years(s -> s.setLc(PRM, DATA, CLIENT,
                LoadCurveWrite.inPlace().withAttributes(SeriesKey.of("year", 2024, "month", 1)))));
        assertEquals("month", unknown.field().orElseThrow());
        InvalidKeyException wrongType = assertThrows(InvalidKeyException.class, () -> years(s -> s.setLc(PRM, DATA, CLIENT,
                LoadCurveWrite.inPlace().withAttributes(SeriesKey.of("year", "last")))));
        assertEquals("year", wrongType.field().orElseThrow());
        InvalidKeyException versioningBy = assertThrows(InvalidKeyException.class, () -> years(s -> s.setLc(PRM, DATA, CLIENT,
                year(2024, "prm", "month"))));
        assertEquals("month", versioningBy.field().orElseThrow());
        assertEquals(0L, (long) years(s -> s.count(CLIENT)), "nothing written");
    }

    @Test
    void readsRefuseUnknownFieldNames() {
        years(s -> s.setLc(PRM, DATA, CLIENT, year(2024, "prm")));
        assertEquals("month", assertThrows(InvalidKeyException.class, () -> years(s -> s.getLc(PRM, CLIENT,
                LoadCurveQuery.combined().filters(SeriesKey.of("month", 1))))).field().orElseThrow());
        assertEquals("month", assertThrows(InvalidKeyException.class, () -> years(s -> s.getLc(PRM, CLIENT,
                LoadCurveQuery.combined().combinedBy("prm", "month")))).field().orElseThrow());
        assertEquals("colour", assertThrows(InvalidKeyException.class, () -> years(s -> s.getLc(PRM, CLIENT,
                LoadCurveQuery.combined().orderBy(LoadCurveOrder.desc("colour"))))).field().orElseThrow());
        assertEquals("month", assertThrows(InvalidKeyException.class, () -> years(s -> s.count(CLIENT, SeriesKey.of("month", 1))))
                .field().orElseThrow());
        assertEquals("month", assertThrows(InvalidKeyException.class, () -> years(s -> s.clearAll(SeriesKey.of("month", 1))))
                .field().orElseThrow());
        assertEquals(List.of("year"), years(JpaLoadCurveStore::attributeFields));
    }
}
