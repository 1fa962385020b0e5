package io.holcstore.rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.holcstore.series.IndexedSeries;
import io.holcstore.series.IrregularSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesEntry;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;

/** A series of a store of whole series as JSON and CSV: what is read can be written back as is. */
class TimeseriesJsonWriterTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant[] INSTANTS = {Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-07-01T10:30:00.250Z"),
            Instant.parse("2025-07-02T00:00:00Z")};
    private static final IndexedSeries SERIES = IndexedSeries.of(
            IrregularSeries.of(INSTANTS, new double[] {1.5, Double.NaN, Double.POSITIVE_INFINITY}), PARIS);
    private static final TimeseriesEntry ENTRY = new TimeseriesEntry(SeriesKey.of("site", "lyon", "year", 2025), SERIES);

    private static JsonObject json(TimeseriesEntry entry, ZoneId zone) {
        StringWriter out = new StringWriter();
        TimeseriesJsonWriter.write(out, entry, zone);
        return Json.createReader(new StringReader(out.toString())).readObject();
    }

    @Test
    void attrsZoneIndexAndValuesWithNullForMissingAndInfinite() {
        JsonObject object = json(ENTRY, PARIS);
        assertEquals(Json.createObjectBuilder().add("site", "lyon").add("year", 2025).build(), object.getJsonObject("attrs"));
        assertEquals("Europe/Paris", object.getString("zone"));
        assertEquals(Json.createArrayBuilder().add("2025-01-01T01:00:00+01:00").add("2025-07-01T12:30:00.25+02:00")
                .add("2025-07-02T02:00:00+02:00").build(), object.getJsonArray("index"));
        assertEquals(1.5, object.getJsonArray("values").getJsonNumber(0).doubleValue());
        assertEquals(JsonValue.NULL, object.getJsonArray("values").get(1));
        assertEquals(JsonValue.NULL, object.getJsonArray("values").get(2));
    }

    @Test
    void instantsAreRenderedInTheZoneAsked() {
        assertEquals("2025-01-01T00:00:00Z", json(ENTRY, ZoneId.of("UTC")).getJsonArray("index").getString(0));
    }

    @Test
    void theObjectReadsBackAsTheSameSeries() {
        String body = json(ENTRY, PARIS).toString();
        IrregularSeries read = assertInstanceOf(IrregularSeries.class,
                new JsonSeriesReader(null, PARIS).read(JsonSeriesReaderTest.body(body.replaceFirst("\"attrs\":\\{[^}]*},", "")
                        .replaceFirst("\"zone\":\"[^\"]*\",", ""))));
        IndexedSeries back = IndexedSeries.of(read, PARIS);
        assertEquals(SERIES.epochMillis().length, back.size());
        assertEquals(INSTANTS[1], back.instantAt(1));
        assertEquals(1.5, back.valueAt(0));
    }

    @Test
    void csvLinesAreTheOnesAPutTakes() throws IOException {
        StringWriter out = new StringWriter();
        TimeseriesCsvWriter.write(out, SERIES, PARIS);
        assertEquals("2025-01-01T01:00:00+01:00;1.5\n2025-07-01T12:30:00.25+02:00;\n2025-07-02T02:00:00+02:00;\n", out.toString());
        IrregularSeries read = new CsvSeriesReader(PARIS).read(JsonSeriesReaderTest.body(out.toString()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(INSTANTS[2], read.instantAt(2));
    }
}
