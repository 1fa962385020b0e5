package io.holcstore.rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

class SeriesJsonWriterTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DenseSeries SERIES = DenseSeries.of(Instant.parse("2024-12-31T23:00:00Z"), Duration.ofHours(1), PARIS,
            1.5, Double.NaN, -2, 1e20, Double.POSITIVE_INFINITY);

    @Test
    void oneObjectWithTypedAttrsAndNullForMissing() {
        StringWriter out = new StringWriter();
        SeriesJsonWriter.write(out, SeriesKey.of("version", 1, "kind", "load"), SERIES, PARIS);
        JsonObject json = Json.createReader(new StringReader(out.toString())).readObject();
        assertEquals(Json.createReader(new StringReader("""
                {"attrs": {"kind": "load", "version": 1}, "start": "2025-01-01T00:00:00+01:00", "step": "PT1H",
                 "zone": "Europe/Paris", "values": [1.5, null, -2.0, 1.0E20, null]}""")).readObject(), json);
        assertEquals(-1, out.toString().indexOf('\n'), "one line, for NDJSON");
    }

    @Test
    void renderedInTheZoneAsked() {
        StringWriter out = new StringWriter();
        SeriesJsonWriter.write(out, SeriesKey.of("day", LocalDate.of(2025, 1, 1), "meter", 12L), SERIES, ZoneId.of("UTC"));
        JsonObject json = Json.createReader(new StringReader(out.toString())).readObject();
        assertEquals("2024-12-31T23:00:00Z", json.getString("start"));
        assertEquals("UTC", json.getString("zone"));
        assertEquals("2025-01-01", json.getJsonObject("attrs").getString("day"));
        assertEquals(12, json.getJsonObject("attrs").getInt("meter"));
    }

    @Test
    void writesSeveralObjectsToOneWriter() {
        StringWriter out = new StringWriter();
        SeriesJsonWriter.write(out, SeriesKey.of("kind", "a"), SERIES, PARIS);
        out.write('\n');
        SeriesJsonWriter.write(out, SeriesKey.of("kind", "b"), SERIES, PARIS);
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length);
        assertEquals("b", Json.createReader(new StringReader(lines[1])).readObject().getJsonObject("attrs").getString("kind"));
    }
}
