package io.holcstore.rest.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.StoreSettings;
import io.holcstore.rest.error.BodyTooLargeException;
import io.holcstore.rest.error.MalformedBodyException;
import io.holcstore.rest.http.BodyLimit;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.InvalidLocalTimeException;
import io.holcstore.series.IrregularSeries;
import io.holcstore.series.Series;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

class JsonSeriesReaderTest {
    static final StoreSettings HOURLY_PARIS =
            new StoreSettings(ChunkAxis.YEAR_MONTH, Duration.ofHours(1), ZoneId.of("Europe/Paris"), true);

    private static Series read(String json) {
        return new JsonSeriesReader(HOURLY_PARIS).read(body(json));
    }

    static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String malformed(String json) {
        return assertThrows(MalformedBodyException.class, () -> read(json), json).getMessage();
    }

    @Test
    void aDenseBodyStartsAtItsInstantOnTheStoreStep() {
        DenseSeries series = assertInstanceOf(DenseSeries.class, read("{\"start\": \"2025-01-01T00:00\", \"values\": [1.5, null, -2, 1e3]}"));
        assertEquals(Instant.parse("2024-12-31T23:00:00Z"), series.start());
        assertEquals(Duration.ofHours(1), series.step());
        assertArrayEquals(new double[] {1.5, Double.NaN, -2, 1000}, series.values());
    }

    @Test
    void anIrregularBodyTakesInstantsAndLocalTimes() {
        IrregularSeries series = assertInstanceOf(IrregularSeries.class,
                read("{\"values\": [1, null], \"index\": [\"2025-01-01T00:00Z\", \"2025-01-01T02:00\"]}"));
        assertEquals(2, series.size());
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), series.instantAt(0));
        assertEquals(Instant.parse("2025-01-01T01:00:00Z"), series.instantAt(1));
        assertTrue(Double.isNaN(series.valueAt(1)));
    }

    @Test
    void nanAndInfinityAreNotJson() {
        assertTrue(malformed("{\"start\": \"2025-01-01T00:00\", \"values\": [1, NaN]}").contains("not valid JSON"));
        malformed("{\"start\": \"2025-01-01T00:00\", \"values\": [Infinity]}");
        malformed("{\"start\": \"2025-01-01T00:00\", \"values\": [-Infinity]}");
        assertTrue(malformed("{\"start\": \"2025-01-01T00:00\", \"values\": [1e400]}").contains("values[0]"));
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedSayingWhere() {
        assertTrue(malformed("{\"start\": \"2025-01-01T00:00\", \"values\": [1, \"2\"]}").contains("values[1] must be a number or null, got a string"));
        malformed("{\"start\": \"2025-01-01T00:00\", \"values\": [true]}");
        malformed("{\"start\": \"2025-01-01T00:00\", \"values\": [[1]]}");
        malformed("{\"start\": \"2025-01-01T00:00\", \"values\": {\"a\": 1}}");
        malformed("{\"start\": \"2025-01-01T00:00\", \"values\": 1}");
        assertTrue(malformed("{\"start\": 1735689600, \"values\": []}").contains("start must be an ISO-8601 string"));
        assertTrue(malformed("{\"index\": [\"2025-01-01T00:00Z\", 3], \"values\": [1, 2]}").contains("index[1]"));
        assertTrue(malformed("{\"start\": \"1 January\", \"values\": []}").contains("'1 January'"));
    }

    @Test
    void theShapeIsChecked() {
        assertTrue(malformed("{\"start\": \"2025-01-01T00:00\"}").contains("no \"values\""));
        malformed("{\"values\": [1]}");
        malformed("{\"start\": \"2025-01-01T00:00\", \"index\": [\"2025-01-01T00:00\"], \"values\": [1]}");
        assertTrue(malformed("{\"start\": \"2025-01-01T00:00\", \"values\": [1], \"unit\": \"kW\"}").contains("unknown member \"unit\""));
        assertTrue(malformed("{\"start\": \"2025-01-01T00:00\", \"values\": [1], \"values\": [2]}").contains("twice"));
        assertTrue(malformed("{\"index\": [\"2025-01-01T00:00Z\"], \"values\": [1, 2]}").contains("1 timestamps but \"values\" has 2"));
        malformed("[1, 2]");
        malformed("\"text\"");
        malformed("");
        malformed("{\"start\": \"2025-01-01T00:00\", \"values\": [1]} {}");
        malformed("{\"start\": \"2025-01-01T00:00\", \"values\": [1,]}");
        malformed("{\"start\": \"2025-01-01T00:00\", \"values\": [1");
    }

    @Test
    void aLocalTimeTheZoneSkipsIsNamed() {
        InvalidLocalTimeException e = assertThrows(InvalidLocalTimeException.class,
                () -> read("{\"index\": [\"2025-03-30T01:00\", \"2025-03-30T02:00\"], \"values\": [1, 2]}"));
        assertEquals("2025-03-30T02:00", e.localTime().toString());
    }

    @Test
    void aBodyOverTheCapIsRefusedWhileItIsParsed() {
        StringBuilder json = new StringBuilder("{\"start\": \"2025-01-01T00:00\", \"values\": [0");
        json.append(", 1.25".repeat(10_000)).append("]}");
        InputStream capped = new BodyLimit(1000).limit(body(json.toString()), -1);
        BodyTooLargeException e = assertThrows(BodyTooLargeException.class, () -> new JsonSeriesReader(HOURLY_PARIS).read(capped));
        assertEquals(1000, e.limit());
        assertEquals(10_001, assertInstanceOf(DenseSeries.class, read(json.toString())).size());
    }
}
