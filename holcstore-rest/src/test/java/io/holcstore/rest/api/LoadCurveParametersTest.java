package io.holcstore.rest.api;

import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.loadcurve.LoadCurveOrder;
import io.holcstore.store.loadcurve.LoadCurveQuery;
import io.holcstore.store.loadcurve.LoadCurveWrite;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoadCurveParametersTest {
    private static final Set<String> READ_MANY = Set.of("client", "prm", "version", "combined", "combinedBy", "orderBy",
            "combinedDelay", "tz");

    private static Map<String, List<String>> query(String... namesAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.computeIfAbsent(namesAndValues[i], k -> new java.util.ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return parameters;
    }

    private static String refused(Map<String, List<String>> parameters, Set<String> taken) {
        return assertThrows(InvalidArgumentException.class, () -> {
            LoadCurveParameters parsed = LoadCurveParameters.parse(parameters, taken);
            parsed.client();
            parsed.query();
            parsed.write();
            parsed.zone(ZoneId.of("UTC"));
        }).argument();
    }

    @Test
    void aReadWithEveryOption() {
        LoadCurveParameters parsed = LoadCurveParameters.parse(query("client", "3", "prm", "a", "prm", "b", "combined", "true",
                "version", "2", "combinedBy", "prm", "combinedBy", "year", "orderBy", "-createdAt", "combinedDelay", "P1D",
                "year", "2024", "tz", "Europe/Paris"), READ_MANY);
        assertEquals(3, parsed.client());
        assertEquals(List.of("a", "b"), parsed.all("prm"));
        LoadCurveQuery expected = LoadCurveQuery.combined().version(2).combinedBy("prm", "year")
                .orderBy(LoadCurveOrder.desc("createdAt")).combinedDelay(Duration.ofDays(1)).filters(SeriesKey.of("year", "2024"));
        assertEquals(expected, parsed.query());
        assertEquals(ZoneId.of("Europe/Paris"), parsed.zone(ZoneId.of("UTC")));
    }

    @Test
    void defaultsAreTheStoresDefaults() {
        LoadCurveParameters parsed = LoadCurveParameters.parse(query("client", "1"), READ_MANY);
        assertEquals(LoadCurveQuery.combined(), parsed.query());
        assertEquals(ZoneId.of("UTC"), parsed.zone(ZoneId.of("UTC")));
        LoadCurveParameters write = LoadCurveParameters.parse(query("client", "1"), Set.of("client", "versioning", "versioningBy"));
        assertEquals(LoadCurveWrite.inPlace(), write.write());
    }

    @Test
    void aVersionedWrite() {
        LoadCurveParameters parsed = LoadCurveParameters.parse(query("client", "1", "versioning", "true", "versioningBy", "prm",
                "versioningBy", "year", "year", "2024"), Set.of("client", "versioning", "versioningBy"));
        assertEquals(LoadCurveWrite.newVersion().by("prm", "year").withAttributes(SeriesKey.of("year", "2024")), parsed.write());
    }

    @Test
    void searchBounds() {
        LoadCurveParameters parsed = LoadCurveParameters.parse(query("from", "2024-01-01T00:00", "to", "2024-01-02T00:00Z",
                "freq", "PT30M"), Set.of("from", "to", "freq"));
        assertEquals(Instant.parse("2023-12-31T23:00:00Z"), parsed.instant("from", ZoneId.of("Europe/Paris")));
        assertEquals(Instant.parse("2024-01-02T00:00:00Z"), parsed.instant("to", ZoneId.of("Europe/Paris")));
        assertEquals(Duration.ofMinutes(30), parsed.duration("freq").orElseThrow());
    }

    @Test
    void badParametersAreNamed() {
        assertEquals("client", refused(query(), READ_MANY));
        assertEquals("client", refused(query("client", "one"), READ_MANY));
        assertEquals("client", refused(query("client", "1", "client", "2"), READ_MANY));
        assertEquals("version", refused(query("client", "1", "version", "x"), READ_MANY));
        assertEquals("version", refused(query("client", "1", "version", "-1"), READ_MANY));
        assertEquals("combined", refused(query("client", "1", "combined", "yes"), READ_MANY));
        assertEquals("combinedDelay", refused(query("client", "1", "combinedDelay", "1 day"), READ_MANY));
        assertEquals("tz", refused(query("client", "1", "tz", "Mars/Base"), READ_MANY));
        assertEquals("freq", refused(query("client", "1", "freq", "PT1H"), READ_MANY));
        assertEquals("year", refused(query("client", "1", "year", "2024", "year", "2025"), READ_MANY));
        assertEquals("versioningBy", refused(query("client", "1", "versioning", "true", "versioningBy", "year"),
                Set.of("client", "versioning", "versioningBy")));
        assertEquals("from", assertThrows(InvalidArgumentException.class, () -> LoadCurveParameters.parse(query("from", "yesterday"),
                Set.of("from")).instant("from", ZoneId.of("UTC"))).argument());
    }
}
