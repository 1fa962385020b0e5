package io.holcstore.rest.api;

import io.holcstore.series.IndexedSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.loadcurve.LoadCurveEntry;
import io.holcstore.store.loadcurve.MissingGroups;
import io.holcstore.store.loadcurve.TimeRange;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadCurveJsonTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void anEntryCarriesItsMetadataIndexAndValues() {
        IndexedSeries series = IndexedSeries.adopting(new long[]{T0.toEpochMilli(), T0.plusSeconds(90).toEpochMilli()},
                new double[]{1.5, Double.NaN}, PARIS);
        LoadCurveEntry entry = new LoadCurveEntry("m1", 4, 2, SeriesKey.of("year", 2024), T0, T0, series);
        StringWriter out = new StringWriter();
        LoadCurveJson.writeEntries(out, List.of(entry), PARIS);
        JsonArray array = Json.createReader(new StringReader(out.toString())).readArray();
        JsonObject json = array.getJsonObject(0);
        assertEquals("m1", json.getString("prm"));
        assertEquals(4, json.getInt("clientId"));
        assertEquals(2, json.getInt("version"));
        assertEquals(2024, json.getJsonObject("attrs").getInt("year"));
        assertEquals("2024-01-01T01:00:00+01:00", json.getString("createdAt"));
        assertEquals("Europe/Paris", json.getString("zone"));
        assertEquals(List.of("2024-01-01T01:00:00+01:00", "2024-01-01T01:01:30+01:00"),
                json.getJsonArray("index").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(1.5, json.getJsonArray("values").getJsonNumber(0).doubleValue());
        assertTrue(json.getJsonArray("values").isNull(1), "NaN is null");
    }

    @Test
    void holesAndGroups() {
        TimeRange range = new TimeRange(T0, T0.plusSeconds(3600));
        StringWriter holes = new StringWriter();
        LoadCurveJson.writeHoles(holes, Map.of("a", List.of(range)), ZoneId.of("UTC"));
        assertEquals("{\"a\":[{\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T01:00:00Z\"}]}", holes.toString());
        StringWriter groups = new StringWriter();
        LoadCurveJson.writeGroups(groups, new MissingGroups(new TreeMap<>(Map.of(range, List.of("a", "b"))), Map.of()), ZoneId.of("UTC"));
        assertEquals("{\"groups\":[{\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T01:00:00Z\",\"prms\":[\"a\",\"b\"]}],"
                + "\"available\":[]}", groups.toString());
    }
}
