package io.holcstore.rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.series.InvalidLocalTimeException;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.InvalidWindowException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

class SeriesQueryTest {
    private static final List<String> FIELDS = List.of("kind", "version");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Set<String> READ = Set.of(SeriesQuery.START, SeriesQuery.END, SeriesQuery.TZ);

    private static SeriesQuery query(Set<String> taken, String... namesAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return SeriesQuery.parse(parameters, FIELDS, taken);
    }

    @Test
    void keyFieldsBecomeTheKeyAsText() {
        SeriesQuery query = query(Set.of(SeriesQuery.MODE), "version", "1", "kind", "load", "mode", "update");
        assertEquals(SeriesKey.of("version", "1", "kind", "load"), query.seriesKey());
        assertEquals(WriteMode.UPDATE, query.mode());
        assertEquals(SeriesKey.of("kind", "load"), query(READ, "kind", "load").filter());
        assertEquals(SeriesKey.all(), query(READ).filter());
    }

    @Test
    void anUnknownParameterIsRefusedNamingIt() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> query(READ, "kind", "a", "versoin", "1"));
        assertEquals("versoin", e.argument());
        assertTrue(e.getMessage().contains("[kind, version]"), e.getMessage());
    }

    @Test
    void aReservedParameterTheRequestDoesNotTakeIsRefused() {
        assertEquals("mode", assertThrows(InvalidArgumentException.class, () -> query(READ, "mode", "update")).argument());
        assertEquals("start", assertThrows(InvalidArgumentException.class,
                () -> query(Set.of(SeriesQuery.MODE), "start", "2025-01-01")).argument());
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> SeriesQuery.parse(Map.of("kind", List.of("a", "b")), FIELDS, READ));
        assertEquals("kind", e.argument());
    }

    @Test
    void oneSeriesNeedsEveryKeyField() {
        InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> query(READ, "kind", "load").seriesKey());
        assertTrue(e.getMessage().contains("missing [version]"), e.getMessage());
        assertThrows(InvalidKeyException.class, () -> query(Set.of()).nonEmptyFilter());
        assertEquals(SeriesKey.of("version", "2"), query(Set.of(), "version", "2").nonEmptyFilter());
    }

    @Test
    void modeIsInsertByDefaultAndOneOfThree() {
        assertEquals(WriteMode.INSERT, query(Set.of(SeriesQuery.MODE)).mode());
        assertEquals(WriteMode.REPLACE, query(Set.of(SeriesQuery.MODE), "mode", "REPLACE").mode());
        assertEquals("mode", assertThrows(InvalidArgumentException.class,
                () -> query(Set.of(SeriesQuery.MODE), "mode", "upsert").mode()).argument());
    }

    @Test
    void windowBoundsAreInstantsOrLocalTimesOfTheStoreZone() {
        ReadRange range = query(READ, "start", "2025-01-01T00:00", "end", "2025-01-02T00:00 01:00").range(PARIS);
        assertEquals(Instant.parse("2024-12-31T23:00:00Z"), range.start());
        assertEquals(Instant.parse("2025-01-01T23:00:00Z"), range.end(), "an unencoded '+' arrives as a space");
        ReadRange open = query(READ).range(PARIS);
        assertNull(open.start());
        assertNull(open.end());
    }

    @Test
    void badWindowsAreRefusedNamingTheParameter() {
        assertEquals("start", assertThrows(InvalidArgumentException.class,
                () -> query(READ, "start", "yesterday").range(PARIS)).argument());
        assertThrows(InvalidWindowException.class,
                () -> query(READ, "start", "2025-02-01", "end", "2025-01-01").range(PARIS));
        assertThrows(InvalidLocalTimeException.class, () -> query(READ, "end", "2025-03-30T02:00").range(PARIS));
    }

    @Test
    void tzPicksTheRenderingZone() {
        assertEquals(PARIS, query(READ).zone(PARIS));
        assertEquals(ZoneId.of("UTC"), query(READ, "tz", "UTC").zone(PARIS));
        assertEquals("tz", assertThrows(InvalidArgumentException.class, () -> query(READ, "tz", "Mars/Olympus").zone(PARIS)).argument());
    }
}
