package io.holcstore.rest.export;

import static io.holcstore.rest.export.ExportZips.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.InvalidWindowException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.TypedKeyStore;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The chunk store's export read back with {@code java.util.zip}, on PostgreSQL: the store's series as stored, every
 * line of a Paris DST day, missing values, exact values, the summary, partial keys and bad filters.
 */
class ChunkStoreExportTest {
    /** This module's unit (src/test/resources/META-INF/persistence.xml): the two stores read here. */
    private static final String UNIT = "holcstore-rest-test";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Duration HOUR = Duration.ofHours(1);
    /** From Saturday 2024-03-30 00:00 Paris, 72 hours over the spring change (a 23-hour Sunday). */
    private static final Instant SPRING = ZonedDateTime.of(2024, 3, 30, 0, 0, 0, 0, PARIS).toInstant();
    private static final Instant AUTUMN = ZonedDateTime.of(2024, 10, 27, 0, 0, 0, 0, PARIS).toInstant();

    private static PostgresStores db;
    private double[] springValues;

    @BeforeAll
    static void openDatabase() {
        db = new PostgresStores(UNIT);
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @BeforeEach
    void writeSeries() {
        db.clear(YearParisStore.class);
        db.clear(TypedKeyStore.class);
        Random random = new Random(3);
        springValues = new double[72];
        for (int i = 0; i < springValues.length; i++) {
            // Full-precision values, and a few missing ones inside the series.
            springValues[i] = i % 10 == 5 ? Double.NaN : random.nextGaussian() * 1e3;
        }
        db.run(YearParisStore.class, store -> {
            store.setTs(SeriesKey.of("version", 1, "kind", "a"), DenseSeries.of(SPRING, HOUR, PARIS, springValues));
            store.setTs(SeriesKey.of("version", 2, "kind", "a"), DenseSeries.of(AUTUMN, HOUR, PARIS, 0.1, 0.2, 0.3));
            store.setTs(SeriesKey.of("version", 1, "kind", "b;c"), DenseSeries.of(AUTUMN, HOUR, PARIS, new double[25]));
        });
    }

    private static byte[] export(SeriesKey filter, Instant start, Instant end) {
        return db.inTransaction(YearParisStore.class, store -> zip(store, filter, start, end, PARIS));
    }

    private static byte[] zip(TimeseriesChunkStore store, SeriesKey filter, Instant start, Instant end, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChunkStoreExport.write(store, filter, start, end, zone, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The lines the series' file must hold, formatted by the JDK here. */
    private static List<String> expectedLines(Instant start, double[] values, ZoneId zone) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        List<String> lines = new ArrayList<>(List.of(";data"));
        for (int i = 0; i < values.length; i++) {
            lines.add(iso.format(start.plus(HOUR.multipliedBy(i)).atZone(zone)) + ";");
        }
        return lines;
    }

    @Test
    void everySeriesOrderedByKeyWithTheSummaryLast() throws IOException {
        Map<String, String> files = ExportZips.read(export(SeriesKey.all(), null, null));

        assertEquals(List.of("export_serie_0.csv", "export_serie_1.csv", "export_serie_2.csv", "content_summary.csv"),
                List.copyOf(files.keySet()));
        assertEquals(";filename;kind;version\n"
                        + "0;export_serie_0.csv;a;1\n"
                        + "1;export_serie_1.csv;a;2\n"
                        + "2;export_serie_2.csv;\"b;c\";1\n",
                files.get("content_summary.csv"), "key columns sorted by name, series ordered by key");
        assertEquals(List.of(";data", "2024-10-27T00:00:00+02:00;0.1", "2024-10-27T01:00:00+02:00;0.2",
                "2024-10-27T02:00:00+02:00;0.3"), lines(files, "export_serie_1.csv"));
    }

    @Test
    void everyLineOfTheDstWeekendWithExactValuesAndEmptyMissingOnes() throws IOException {
        List<String> lines = lines(ExportZips.read(export(SeriesKey.of("version", 1, "kind", "a"), null, null)), "export_serie_0.csv");

        List<String> expected = expectedLines(SPRING, springValues, PARIS);
        assertEquals(expected.size(), lines.size());
        assertEquals(";data", lines.get(0));
        for (int i = 0; i < springValues.length; i++) {
            String line = lines.get(i + 1);
            String instant = line.substring(0, line.indexOf(';'));
            String value = line.substring(line.indexOf(';') + 1);
            assertEquals(expected.get(i + 1), instant + ";", "line " + (i + 1));
            if (Double.isNaN(springValues[i])) {
                assertEquals("", value, "a missing value is an empty field, line " + (i + 1));
            } else {
                assertEquals(Double.doubleToRawLongBits(springValues[i]), Double.doubleToRawLongBits(Double.parseDouble(value)),
                        "the value reads back exactly, line " + (i + 1));
            }
        }
        assertEquals("2024-03-31T01:00:00+01:00;" + lines.get(26).substring(26), lines.get(26));
        assertEquals("2024-03-31T03:00:00+02:00;" + lines.get(27).substring(26), lines.get(27), "02:00 does not exist");
    }

    @Test
    void theAutumnDayHasTwentyFiveLines() throws IOException {
        List<String> lines = lines(ExportZips.read(export(SeriesKey.of("kind", "b;c"), null, null)), "export_serie_0.csv");
        assertEquals(26, lines.size());
        assertEquals(List.of("2024-10-27T02:00:00+02:00;0.0", "2024-10-27T02:00:00+01:00;0.0"), lines.subList(3, 5));
        assertEquals("2024-10-27T23:00:00+01:00;0.0", lines.get(25));
    }

    @Test
    void partialKeysSelectAndAWindowCuts() throws IOException {
        Map<String, String> kindA = ExportZips.read(export(SeriesKey.of("kind", "a"), null, null));
        assertEquals(";filename;kind;version\n0;export_serie_0.csv;a;1\n1;export_serie_1.csv;a;2\n", kindA.get("content_summary.csv"));

        Map<String, String> versionOne = ExportZips.read(export(SeriesKey.of("version", "1"), null, null));
        assertEquals(";filename;kind;version\n0;export_serie_0.csv;a;1\n1;export_serie_1.csv;\"b;c\";1\n",
                versionOne.get("content_summary.csv"), "values as text are read as the field's type");

        Instant from = ZonedDateTime.of(2024, 10, 27, 2, 0, 0, 0, PARIS).toInstant();
        Map<String, String> window = ExportZips.read(export(SeriesKey.of("version", 2), from, from.plus(Duration.ofDays(1))));
        assertEquals(List.of(";data", "2024-10-27T02:00:00+02:00;0.3"), lines(window, "export_serie_0.csv"));
    }

    @Test
    void instantsInAnotherZone() throws IOException {
        byte[] zip = db.inTransaction(YearParisStore.class, store -> zip(store, SeriesKey.of("version", 2), null, null, ZoneId.of("UTC")));
        assertEquals(List.of(";data", "2024-10-26T22:00:00+00:00;0.1", "2024-10-26T23:00:00+00:00;0.2",
                "2024-10-27T00:00:00+00:00;0.3"), lines(ExportZips.read(zip), "export_serie_0.csv"));
    }

    @Test
    void nothingSelectedIsTheSummaryHeaderAlone() throws IOException {
        Map<String, String> files = ExportZips.read(export(SeriesKey.of("kind", "none"), null, null));
        assertEquals(Map.of("content_summary.csv", ";filename;kind;version\n"), files);
    }

    @Test
    void anUnknownKeyOrABadValueIsATypedErrorBeforeAnythingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvalidKeyException unknown = assertThrows(InvalidKeyException.class, () -> db.run(YearParisStore.class,
                store -> exportTo(store, SeriesKey.of("versoin", 1), out)));
        assertEquals("versoin", unknown.field().orElseThrow());
        InvalidKeyException badValue = assertThrows(InvalidKeyException.class, () -> db.run(YearParisStore.class,
                store -> exportTo(store, SeriesKey.of("version", "one"), out)));
        assertEquals("version", badValue.field().orElseThrow());
        assertThrows(InvalidWindowException.class, () -> db.run(YearParisStore.class, store -> {
            try {
                ChunkStoreExport.write(store, SeriesKey.all(), AUTUMN, SPRING, PARIS, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        assertEquals(0, out.size());
    }

    private static void exportTo(TimeseriesChunkStore store, SeriesKey filter, ByteArrayOutputStream out) {
        try {
            ChunkStoreExport.write(store, filter, null, null, PARIS, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void typedKeysAsText() throws IOException {
        ZoneId utc = ZoneId.of("UTC");
        db.run(TypedKeyStore.class, store -> store.setTs(
                SeriesKey.of("day", LocalDate.of(2025, 1, 31), "mode", TypedKeyStore.Mode.FAST, "level", TypedKeyStore.Mode.SLOW,
                        "meter", 12345678901L),
                DenseSeries.of(Instant.parse("2025-01-31T23:00:00Z"), HOUR, utc, 1.5, 2.5)));
        byte[] zip = db.inTransaction(TypedKeyStore.class, store -> zip(store, SeriesKey.all(), null, null, utc));

        Map<String, String> files = ExportZips.read(zip);
        assertEquals(";filename;day;level;meter;mode\n0;export_serie_0.csv;2025-01-31;SLOW;12345678901;FAST\n",
                files.get("content_summary.csv"));
        assertEquals(List.of(";data", "2025-01-31T23:00:00+00:00;1.5", "2025-02-01T00:00:00+00:00;2.5"),
                lines(files, "export_serie_0.csv"), "a series over two monthly chunks is one file");
    }
}
