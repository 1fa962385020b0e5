package io.holcstore.rest.export;

import static io.holcstore.rest.export.ExportZips.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.series.IrregularSeries;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.loadcurve.LoadCurveQuery;
import io.holcstore.store.loadcurve.LoadCurveWrite;
import io.holcstore.testing.LoadCurveStores;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.YearCurve;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A load-curve store exported and read back with {@code java.util.zip}, on PostgreSQL: combined curves (newest version
 * first, older ones filling its gaps) or every stored version, the keys of each in the summary, one client, chosen
 * prms, and bad queries.
 */
class LoadCurveStoreExportTest {
    private static final String UNIT = "holcstore-rest-test";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2024-06-01T00:30:00Z");

    private static LoadCurveStores db;

    @BeforeAll
    static void openDatabase() {
        db = new LoadCurveStores(UNIT, PostgresStores.jdbcProperties());
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @BeforeEach
    void writeCurves() {
        db.clearAll();
        LoadCurveWrite newVersion = LoadCurveWrite.newVersion().withAttributes(SeriesKey.of("year", 2024));
        db.run(YearCurve.class, store -> {
            store.setLc("prm-b", IrregularSeries.of(new Instant[]{T0, T1}, new double[]{1, 2}), 7, newVersion);
            store.setLc("prm-b", IrregularSeries.of(new Instant[]{T0, T1}, new double[]{10, Double.NaN}), 7, newVersion);
            store.setLc("prm-a", IrregularSeries.of(new Instant[]{T1}, new double[]{5}), 7, newVersion);
            store.setLc("prm-a", IrregularSeries.of(new Instant[]{T1}, new double[]{99}), 8, newVersion);
        });
    }

    private static Map<String, String> export(List<String> prms, int client, LoadCurveQuery query) {
        return db.inTransaction(YearCurve.class, store -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                LoadCurveStoreExport.write(store, prms, client, query, PARIS, out);
                return ExportZips.read(out.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void combinedCurvesOfOneClientInPrmOrderWithTheirKeys() {
        Map<String, String> files = export(List.of(), 7, LoadCurveQuery.combined());

        assertEquals(List.of("export_serie_0.csv", "export_serie_1.csv", "content_summary.csv"), List.copyOf(files.keySet()));
        assertEquals(List.of(";data", "2024-06-01T02:30:00+02:00;5.0"), lines(files, "export_serie_0.csv"));
        assertEquals(List.of(";data", "2024-06-01T02:00:00+02:00;10.0", "2024-06-01T02:30:00+02:00;2.0"),
                lines(files, "export_serie_1.csv"));
        List<String> summary = lines(files, "content_summary.csv");
        assertEquals(";filename;prm;clientId;version;year", summary.get(0));
        assertEquals("0;export_serie_0.csv;prm-a;7;0;2024", summary.get(1));
        assertTrue(summary.get(2).startsWith("1;export_serie_1.csv;prm-b;7;"), summary.get(2));
    }

    @Test
    void everyStoredVersionOfTheChosenPrms() {
        Map<String, String> files = export(List.of("prm-b"), 7, LoadCurveQuery.versions());

        assertEquals(List.of(";filename;prm;clientId;version;year", "0;export_serie_0.csv;prm-b;7;1;2024",
                "1;export_serie_1.csv;prm-b;7;0;2024"), lines(files, "content_summary.csv"));
        assertEquals(List.of(";data", "2024-06-01T02:00:00+02:00;10.0", "2024-06-01T02:30:00+02:00;"),
                lines(files, "export_serie_0.csv"));
        assertEquals(Map.of("content_summary.csv", ";filename;prm;clientId;version;year\n"),
                export(List.of("prm-z"), 7, LoadCurveQuery.combined()));
    }

    @Test
    void anUnknownFilterFieldIsATypedErrorBeforeAnythingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(InvalidKeyException.class, () -> db.inTransaction(YearCurve.class, store -> {
            try {
                return LoadCurveStoreExport.write(store, List.of(), 7,
                        LoadCurveQuery.combined().filters(SeriesKey.of("colour", "red")), PARIS, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        assertEquals(0, out.size());
    }
}
