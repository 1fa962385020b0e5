package io.holcstore.rest.export;

import static io.holcstore.rest.export.ExportZips.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.holcstore.series.IrregularSeries;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.SeriesKey;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.SiteParisSeries;
import io.holcstore.testing.TimeseriesStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A store of whole series exported and read back with {@code java.util.zip}, on PostgreSQL: irregular instants as
 * stored, across a DST change, missing values kept, typed keys in the summary, partial keys and bad filters.
 */
class TimeseriesStoreExportTest {
    private static final String UNIT = "holcstore-rest-test";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static TimeseriesStores db;

    @BeforeAll
    static void openDatabase() {
        db = new TimeseriesStores(UNIT, PostgresStores.jdbcProperties());
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @BeforeEach
    void writeSeries() {
        db.empty(SiteParisSeries.class);
        db.inTransaction(SiteParisSeries.class, store -> {
            // Irregular, over the autumn change in Paris (02:30 local happens twice), with a missing value inside.
            store.setTs(SeriesKey.of("site", "north", "day", LocalDate.of(2024, 10, 27)), IrregularSeries.of(
                    new Instant[]{Instant.parse("2024-10-27T00:30:00Z"), Instant.parse("2024-10-27T01:30:00Z"),
                            Instant.parse("2024-10-26T22:00:00Z"), Instant.parse("2024-10-27T00:31:15.250Z")},
                    new double[]{2.5, -1e-7, 1, Double.NaN}));
            store.setTs(SeriesKey.of("site", "south", "day", LocalDate.of(2024, 1, 1)), IrregularSeries.of(
                    new Instant[]{Instant.parse("2024-01-01T12:00:00Z")}, new double[]{42}));
            return null;
        });
    }

    private static Map<String, String> export(SeriesKey filter, ZoneId zone) {
        return db.inTransaction(SiteParisSeries.class, store -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ExportTotals totals = TimeseriesStoreExport.write(store, filter, zone, out);
                assertEquals(store.count(filter), totals.series());
                return ExportZips.read(out.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void everySeriesIsOneFileOfItsOwnInstantsInKeyOrderOfFieldNamesAndTheSummaryComesLast() {
        Map<String, String> files = export(SeriesKey.all(), PARIS);

        assertEquals(List.of("export_serie_0.csv", "export_serie_1.csv", "content_summary.csv"), List.copyOf(files.keySet()));
        assertEquals(List.of(";data", "2024-10-27T00:00:00+02:00;1.0", "2024-10-27T02:30:00+02:00;2.5",
                "2024-10-27T02:31:15.250+02:00;", "2024-10-27T02:30:00+01:00;-1.0E-7"), lines(files, "export_serie_1.csv"));
        assertEquals(List.of(";data", "2024-01-01T13:00:00+01:00;42.0"), lines(files, "export_serie_0.csv"));
        assertEquals(List.of(";filename;day;site", "0;export_serie_0.csv;2024-01-01;south",
                "1;export_serie_1.csv;2024-10-27;north"), lines(files, "content_summary.csv"));
    }

    @Test
    void aPartialFilterSelectsAndAnotherZoneRenders() {
        Map<String, String> files = export(SeriesKey.of("site", "south"), ZoneId.of("UTC"));

        assertEquals(List.of(";data", "2024-01-01T12:00:00+00:00;42.0"), lines(files, "export_serie_0.csv"));
        assertEquals(List.of(";filename;day;site", "0;export_serie_0.csv;2024-01-01;south"), lines(files, "content_summary.csv"));
        assertEquals(Map.of("content_summary.csv", ";filename;day;site\n"), export(SeriesKey.of("site", "west"), PARIS));
    }

    @Test
    void anUnknownKeyFieldIsATypedErrorBeforeAnythingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> db.inTransaction(SiteParisSeries.class,
                store -> {
                    try {
                        return TimeseriesStoreExport.write(store, SeriesKey.of("colour", "red"), PARIS, out);
                    } catch (IOException io) {
                        throw new UncheckedIOException(io);
                    }
                }));
        assertEquals(0, out.size());
        assertEquals(true, e.getMessage().contains("colour"), e.getMessage());
    }
}
