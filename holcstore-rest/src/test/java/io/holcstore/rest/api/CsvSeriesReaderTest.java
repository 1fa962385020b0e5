package io.holcstore.rest.api;

import static io.holcstore.rest.api.JsonSeriesReaderTest.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.rest.error.BodyTooLargeException;
import io.holcstore.rest.error.MalformedBodyException;
import io.holcstore.rest.http.BodyLimit;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.InvalidLocalTimeException;
import io.holcstore.series.IrregularSeries;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

class CsvSeriesReaderTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static IrregularSeries read(String csv) {
        return new CsvSeriesReader(PARIS).read(body(csv), StandardCharsets.UTF_8);
    }

    private static String malformed(String csv) {
        return assertThrows(MalformedBodyException.class, () -> read(csv), csv).getMessage();
    }

    @Test
    void onePointPerLineAnEmptyValueIsMissing() {
        IrregularSeries series = read("2025-01-01T00:00+01:00;1.5\r\n2025-01-01T01:00;\n\n2025-01-01T02:00 ; -3e2 \n");
        assertEquals(3, series.size());
        assertEquals(Instant.parse("2024-12-31T23:00:00Z"), series.instantAt(0));
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), series.instantAt(1));
        assertEquals(1.5, series.valueAt(0));
        assertTrue(Double.isNaN(series.valueAt(1)));
        assertEquals(-300, series.valueAt(2));
        assertEquals(0, read("").size());
    }

    @Test
    void aLineThatIsNotAPointIsNamed() {
        assertTrue(malformed("2025-01-01T00:00;1\n2025-01-01T01:00,2\n").startsWith("line 2: expected"));
        assertTrue(malformed("2025-01-01T00:00;1;2\n").startsWith("line 1"));
        assertTrue(malformed("timestamp;value\n2025-01-01T00:00;1\n").contains("'timestamp' is not an ISO-8601"));
        assertTrue(malformed("2025-01-01T00:00;NaN\n").contains("'NaN' is not a decimal number"));
        malformed("2025-01-01T00:00;Infinity\n");
        malformed("2025-01-01T00:00;1,5\n");
        malformed("2025-01-01T00:00;0x10\n");
        assertTrue(malformed("\n\n2025-01-01T00:00;1e999\n").startsWith("line 3"));
    }

    @Test
    void aLocalTimeTheZoneRepeatsIsNamed() {
        InvalidLocalTimeException e = assertThrows(InvalidLocalTimeException.class, () -> read("2025-10-26T02:00;1\n"));
        assertEquals("2025-10-26T02:00", e.localTime().toString());
    }

    @Test
    void aBodyOverTheCapIsRefused() {
        String csv = "2025-01-01T00:00;1\n".repeat(100);
        assertThrows(BodyTooLargeException.class,
                () -> new CsvSeriesReader(PARIS).read(new BodyLimit(500).limit(body(csv), -1), StandardCharsets.UTF_8));
    }

    @Test
    void whatTheCsvWriterWritesReadsBack() throws IOException {
        DenseSeries series = DenseSeries.of(Instant.parse("2025-03-30T00:00:00Z"), Duration.ofHours(1), PARIS,
                1.5, Double.NaN, 1e20, -0.1, 2);
        StringWriter csv = new StringWriter();
        SeriesCsvWriter.write(csv, series, PARIS);
        assertEquals("""
                2025-03-30T01:00:00+01:00;1.5
                2025-03-30T03:00:00+02:00;
                2025-03-30T04:00:00+02:00;1.0E20
                2025-03-30T05:00:00+02:00;-0.1
                2025-03-30T06:00:00+02:00;2.0
                """, csv.toString());
        IrregularSeries back = read(csv.toString());
        for (int i = 0; i < series.size(); i++) {
            assertEquals(series.instantAt(i), back.instantAt(i));
            assertEquals(series.valueAt(i), back.valueAt(i));
        }
    }
}
