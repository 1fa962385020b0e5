package io.holcstore.rest.export;

import static io.holcstore.rest.export.ExportZips.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.series.DenseSeries;
import io.holcstore.series.IndexedSeries;
import io.holcstore.series.IrregularSeries;
import io.holcstore.store.InvalidKeyException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/** The zip's layout, the CSV of a series and the summary, written from series built here (no store). */
class SeriesZipExportTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static Map<String, Object> keys(Object... namesAndValues) {
        Map<String, Object> keys = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            keys.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return keys;
    }

    private static Map<String, String> export(List<String> columns, ExportedSeries... series) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(series.length, SeriesZipExport.write(out, columns, List.of(series).iterator()).series());
        return ExportZips.read(out.toByteArray());
    }

    @Test
    void oneFilePerSeriesThenTheSummaryAsTheReferenceNamesThem() throws IOException {
        DenseSeries hourly = DenseSeries.of(Instant.parse("2020-01-01T00:00:00Z"), Duration.ofHours(1), 1, 2, 3);
        Map<String, String> files = export(List.of("year", "kind"),
                ExportedSeries.of(keys("year", 2020, "kind", "a"), hourly, UTC),
                ExportedSeries.of(keys("kind", "b", "year", 2020), hourly, UTC));

        assertEquals(List.of("export_serie_0.csv", "export_serie_1.csv", "content_summary.csv"), List.copyOf(files.keySet()));
        assertEquals(";data\n2020-01-01T00:00:00+00:00;1.0\n2020-01-01T01:00:00+00:00;2.0\n2020-01-01T02:00:00+00:00;3.0\n",
                files.get("export_serie_0.csv"), "UTC with a numeric offset, as pandas writes it");
        assertEquals(";filename;year;kind\n0;export_serie_0.csv;2020;a\n1;export_serie_1.csv;2020;b\n",
                files.get("content_summary.csv"), "the reference's summary, key columns in the order given");
    }

    @Test
    void everyPointOfADstDayInParisWithItsOffset() throws IOException {
        // 2024-03-31 in Paris: 23 hours, 02:00 skipped. 2024-10-27: 25 hours, 02:00 twice.
        DenseSeries spring = DenseSeries.of(Instant.parse("2024-03-30T23:00:00Z"), Duration.ofHours(1), PARIS, new double[23]);
        DenseSeries autumn = DenseSeries.of(Instant.parse("2024-10-26T22:00:00Z"), Duration.ofHours(1), PARIS, new double[25]);
        Map<String, String> files = export(List.of("day"),
                ExportedSeries.of(keys("day", "spring"), spring, PARIS), ExportedSeries.of(keys("day", "autumn"), autumn, PARIS));

        List<String> springLines = lines(files, "export_serie_0.csv");
        assertEquals(24, springLines.size());
        assertEquals(List.of(";data", "2024-03-31T00:00:00+01:00;0.0", "2024-03-31T01:00:00+01:00;0.0",
                "2024-03-31T03:00:00+02:00;0.0", "2024-03-31T04:00:00+02:00;0.0"), springLines.subList(0, 5));
        assertEquals("2024-03-31T23:00:00+02:00;0.0", springLines.get(23));

        List<String> autumnLines = lines(files, "export_serie_1.csv");
        assertEquals(26, autumnLines.size());
        assertEquals(List.of("2024-10-27T01:00:00+02:00;0.0", "2024-10-27T02:00:00+02:00;0.0",
                "2024-10-27T02:00:00+01:00;0.0", "2024-10-27T03:00:00+01:00;0.0"), autumnLines.subList(2, 6));
        assertEquals("2024-10-27T23:00:00+01:00;0.0", autumnLines.get(25));
    }

    @Test
    void aMissingValueIsAnEmptyField() throws IOException {
        DenseSeries gaps = DenseSeries.of(Instant.parse("2025-01-01T00:00:00Z"), Duration.ofMinutes(30), Double.NaN, 1.25, Double.NaN, -4);
        Map<String, String> files = export(List.of("k"), ExportedSeries.of(keys("k", 1), gaps, UTC));
        assertEquals(List.of(";data", "2025-01-01T00:00:00+00:00;", "2025-01-01T00:30:00+00:00;1.25",
                "2025-01-01T01:00:00+00:00;", "2025-01-01T01:30:00+00:00;-4.0"), lines(files, "export_serie_0.csv"));
    }

    @Test
    void anIrregularSeriesInItsOwnOrderWithFractionsOfSeconds() throws IOException {
        IrregularSeries irregular = IrregularSeries.of(new Instant[] {Instant.parse("2025-07-01T10:00:00.5Z"),
                Instant.parse("2025-07-01T09:00:00.000000123Z"), Instant.parse("2025-01-01T00:00:00Z")}, new double[] {1, 2, 3});
        Map<String, String> files = export(List.of("k"), ExportedSeries.of(keys("k", "x"), irregular, PARIS));
        assertEquals(List.of(";data", "2025-07-01T12:00:00.5+02:00;1.0", "2025-07-01T11:00:00.000000123+02:00;2.0",
                "2025-01-01T01:00:00+01:00;3.0"), lines(files, "export_serie_0.csv"));
    }

    @Test
    void anIndexedSeriesInItsOwnZoneToTheMillisecond() throws IOException {
        IndexedSeries indexed = IndexedSeries.adopting(new long[] {Instant.parse("1969-12-31T23:59:59.250Z").toEpochMilli(),
                Instant.parse("2024-10-27T00:30:00Z").toEpochMilli(), Instant.parse("2024-10-27T01:30:00.001Z").toEpochMilli()},
                new double[] {0.5, Double.NaN, 2}, PARIS);
        Map<String, String> files = export(List.of("prm"), ExportedSeries.of(keys("prm", "30001234567890"), indexed));
        assertEquals(List.of(";data", "1970-01-01T00:59:59.25+01:00;0.5", "2024-10-27T02:30:00+02:00;",
                "2024-10-27T02:30:00.001+01:00;2.0"), lines(files, "export_serie_0.csv"));
    }

    @Test
    void summaryValuesAsTextQuotedWhenTheyHoldASeparatorAQuoteOrALineBreak() throws IOException {
        DenseSeries one = DenseSeries.of(Instant.parse("2025-01-01T00:00:00Z"), Duration.ofHours(1), 1);
        Map<String, String> files = export(List.of("day", "mode", "label"),
                ExportedSeries.of(keys("day", LocalDate.of(2025, 3, 30), "mode", Thread.State.NEW, "label", "a;b"), one, UTC),
                ExportedSeries.of(keys("day", LocalDate.of(2025, 3, 31), "mode", Thread.State.BLOCKED, "label", "say \"hi\"\nbye"), one, UTC),
                ExportedSeries.of(keys("day", LocalDate.of(2025, 4, 1), "mode", Thread.State.BLOCKED, "label", "été"), one, UTC));
        assertEquals(";filename;day;mode;label\n"
                        + "0;export_serie_0.csv;2025-03-30;NEW;\"a;b\"\n"
                        + "1;export_serie_1.csv;2025-03-31;BLOCKED;\"say \"\"hi\"\"\nbye\"\n"
                        + "2;export_serie_2.csv;2025-04-01;BLOCKED;été\n",
                files.get("content_summary.csv"));
    }

    @Test
    void anEmptyExportIsTheSummaryHeaderAlone() throws IOException {
        Map<String, String> files = export(List.of("version", "kind"));
        assertEquals(Map.of("content_summary.csv", ";filename;version;kind\n"), files);
    }

    @Test
    void aSeriesWhoseKeysAreNotTheColumnsIsAnErrorNamingTheKeyAndWritesNothingOfIt() throws IOException {
        DenseSeries one = DenseSeries.of(Instant.parse("2025-01-01T00:00:00Z"), Duration.ofHours(1), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SeriesZipExport zip = SeriesZipExport.to(out, List.of("version", "kind"));
        zip.add(ExportedSeries.of(keys("version", 1, "kind", "a"), one, UTC));

        InvalidKeyException missing = assertThrows(InvalidKeyException.class,
                () -> zip.add(ExportedSeries.of(keys("version", 2), one, UTC)));
        assertEquals("kind", missing.field().orElseThrow());
        InvalidKeyException extra = assertThrows(InvalidKeyException.class,
                () -> zip.add(ExportedSeries.of(keys("version", 2, "kind", "b", "unit", "kW"), one, UTC)));
        assertEquals("unit", extra.field().orElseThrow());

        zip.add(ExportedSeries.of(keys("version", 3, "kind", "c"), one, UTC));
        assertEquals("kind", assertThrows(InvalidKeyException.class,
                () -> SeriesZipExport.to(new ByteArrayOutputStream(), List.of("kind", "version", "kind"))).field().orElseThrow());
        assertEquals(2, zip.finish().series());
        Map<String, String> files = ExportZips.read(out.toByteArray());
        assertEquals(List.of("export_serie_0.csv", "export_serie_1.csv", "content_summary.csv"), List.copyOf(files.keySet()));
        assertEquals(";filename;version;kind\n0;export_serie_0.csv;1;a\n1;export_serie_1.csv;3;c\n", files.get("content_summary.csv"));
        assertThrows(IllegalStateException.class, zip::finish);
    }

    @Test
    void anExportLeftUnfinishedIsNoValidZip() throws IOException {
        // Values of full precision, so that the series' compressed file outgrows the export's buffer and reaches the stream.
        double[] values = new java.util.Random(7).doubles(20_000).toArray();
        DenseSeries large = DenseSeries.of(Instant.parse("2025-01-01T00:00:00Z"), Duration.ofMinutes(15), values);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SeriesZipExport zip = SeriesZipExport.to(out, List.of("k"));
        assertEquals(0, out.size(), "nothing is written before the first series");
        zip.add(ExportedSeries.of(keys("k", 1), large, UTC));
        // A failure here: finish() is not called.
        assertTrue(out.size() > 0);
        Path file = Files.createTempFile("cut-export", ".zip");
        try {
            Files.write(file, out.toByteArray());
            assertThrows(ZipException.class, () -> new ZipFile(file.toFile()).close(), "no central directory");
        } finally {
            Files.delete(file);
        }
        List<String> found = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                found.add(entry.getName());
                in.readAllBytes();
            }
        } catch (EOFException | ZipException e) {
            found.add("cut");
        }
        assertFalse(found.contains(ExportLayout.SUMMARY_ENTRY), "no summary: " + found);
    }

    @Test
    void seriesAreWrittenFromADenseSeriesStartAndStep() {
        DenseSeries quarter = DenseSeries.of(Instant.parse("2025-01-01T00:00:00.250Z"), Duration.ofMillis(900_500), 1, 2, 3, 4, 5);
        ExportedSeries exported = ExportedSeries.of(keys(), quarter, UTC);
        for (int i = 0; i < quarter.size(); i++) {
            Instant expected = quarter.instantAt(i);
            assertEquals(expected.getEpochSecond(), exported.epochSecondAt(i), "point " + i);
            assertEquals(expected.getNano(), exported.nanoAt(i), "point " + i);
        }
    }

    @Test
    void writeTakesAnyIteratorAndReportsWhatItWrote() throws IOException {
        DenseSeries one = DenseSeries.of(Instant.parse("2025-01-01T00:00:00Z"), Duration.ofHours(1), 7.5);
        Iterator<ExportedSeries> three = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> ExportedSeries.of(keys("i", i), one, UTC)).iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportTotals totals = SeriesZipExport.write(out, List.of("i"), three);
        assertEquals(3, totals.series());
        Map<String, String> files = ExportZips.read(out.toByteArray());
        assertEquals(4, files.size());
        assertEquals(files.values().stream().mapToLong(text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum(),
                totals.csvBytes(), "the CSV of every file, summary included");
    }
}
