package io.holcstore.rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.holcstore.series.InvalidLocalTimeException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

class TimestampsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void instantsWithAnOffsetAreTakenAsTheyAre() {
        Instant midnightParis = Instant.parse("2024-12-31T23:00:00Z");
        assertEquals(midnightParis, Timestamps.parse("2024-12-31T23:00:00Z", PARIS));
        assertEquals(midnightParis, Timestamps.parse("2025-01-01T00:00+01:00", PARIS));
        assertEquals(midnightParis, Timestamps.parse("2025-01-01T00:00:00+01:00[Europe/Paris]", ZoneId.of("UTC")));
    }

    @Test
    void localDateTimesAndDatesAreReadInTheStoreZone() {
        assertEquals(Instant.parse("2025-07-01T10:00:00Z"), Timestamps.parse("2025-07-01T12:00", PARIS));
        assertEquals(Instant.parse("2024-12-31T23:00:00Z"), Timestamps.parse("2025-01-01", PARIS));
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), Timestamps.parse(" 2025-01-01T00:00 ", ZoneId.of("UTC")));
    }

    @Test
    void localTimesTheZoneSkipsOrRepeatsAreRefusedNamingThem() {
        InvalidLocalTimeException gap = assertThrows(InvalidLocalTimeException.class,
                () -> Timestamps.parse("2025-03-30T02:30", PARIS));
        assertEquals(LocalDateTime.parse("2025-03-30T02:30"), gap.localTime());
        InvalidLocalTimeException overlap = assertThrows(InvalidLocalTimeException.class,
                () -> Timestamps.parse("2025-10-26T02:00", PARIS));
        assertEquals(LocalDateTime.parse("2025-10-26T02:00"), overlap.localTime());
        // With an offset the instant is unambiguous.
        assertEquals(Instant.parse("2025-10-26T00:00:00Z"), Timestamps.parse("2025-10-26T02:00+02:00", PARIS));
    }

    @Test
    void otherTextIsNotATimestamp() {
        for (String text : new String[] {"", "tomorrow", "2025-13-01T00:00", "2025-01-01 00:00", "1735689600", "2025-01-01T00:00+25:00"}) {
            assertThrows(DateTimeParseException.class, () -> Timestamps.parse(text, PARIS), text);
        }
    }

    @Test
    void formatsWithTheOffsetOfTheZone() {
        assertEquals("2025-01-01T00:00:00+01:00", Timestamps.format(Instant.parse("2024-12-31T23:00:00Z"), PARIS));
        assertEquals("2025-07-01T02:00:00+02:00", Timestamps.format(Instant.parse("2025-07-01T00:00:00Z"), PARIS));
        assertEquals("2024-12-31T23:00:00Z", Timestamps.format(Instant.parse("2024-12-31T23:00:00Z"), ZoneId.of("UTC")));
    }
}
