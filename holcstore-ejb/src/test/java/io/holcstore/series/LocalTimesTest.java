package io.holcstore.series;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LocalTimesTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aLocalTimeNamingOneInstantIsThatInstant() {
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), LocalTimes.instantOf(LocalDateTime.parse("2025-01-01T01:00"), PARIS));
        assertEquals(Instant.parse("2025-03-30T01:00:00Z"), LocalTimes.instantOf(LocalDateTime.parse("2025-03-30T03:00"), PARIS));
    }

    @Test
    void aSkippedOrRepeatedLocalTimeIsNamed() {
        LocalDateTime gap = LocalDateTime.parse("2025-03-30T02:15");
        LocalDateTime overlap = LocalDateTime.parse("2025-10-26T02:15");

        assertEquals(gap, assertThrows(InvalidLocalTimeException.class, () -> LocalTimes.instantOf(gap, PARIS)).localTime());
        assertEquals(overlap, assertThrows(InvalidLocalTimeException.class, () -> LocalTimes.instantOf(overlap, PARIS)).localTime());
    }
}
