package io.holcstore.rest.sync.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

class WireDatetimesTest {
    private static final Instant ROW_4 = Instant.parse("2026-11-23T23:23:13.424567Z");

    @Test
    void writesUtcWithSixDigitMicroseconds() {
        assertEquals("2026-11-23T23:23:13.424567Z", WireDatetimes.format(ROW_4));
        assertEquals("2026-11-23T23:23:13.000120Z", WireDatetimes.format(Instant.parse("2026-11-23T23:23:13.000120Z")));
        assertEquals("2026-11-23T23:23:13.500000Z", WireDatetimes.format(Instant.parse("2026-11-23T23:23:13.5Z")));
    }

    @Test
    void writesNoFractionOnAWholeSecond() {
        assertEquals("2025-06-01T12:00:00Z", WireDatetimes.format(Instant.parse("2025-06-01T12:00:00Z")));
    }

    @Test
    void dropsNanosecondsBelowTheMicrosecond() {
        assertEquals("2026-11-23T23:23:13.424567Z", WireDatetimes.format(Instant.parse("2026-11-23T23:23:13.424567999Z")));
        assertEquals("2025-06-01T12:00:00Z", WireDatetimes.format(Instant.parse("2025-06-01T12:00:00.000000999Z")));
    }

    @Test
    void writesParisMonthStartsOf2024AsTheReference() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertEquals("2023-12-31T23:00:00Z", WireDatetimes.format(LocalDate.of(2024, 1, 1).atStartOfDay(paris).toInstant()));
        assertEquals("2024-03-31T22:00:00Z", WireDatetimes.format(LocalDate.of(2024, 4, 1).atStartOfDay(paris).toInstant()));
        assertEquals("2024-10-31T23:00:00Z", WireDatetimes.format(LocalDate.of(2024, 11, 1).atStartOfDay(paris).toInstant()));
    }

    @Test
    void readsTheZAndOffsetFormsOfOneInstantAlike() {
        // captures 04 and 05: the same since, written with Z and with +01:00 (as Python's isoformat)
        assertEquals(ROW_4, WireDatetimes.parse("2026-11-23T23:23:13.424567Z"));
        assertEquals(ROW_4, WireDatetimes.parse("2026-11-24T00:23:13.424567+01:00"));
        assertEquals(ROW_4, WireDatetimes.parse("2026-11-23T23:23:13.424567+00:00"));
        assertEquals(Instant.parse("1999-12-31T23:00:00Z"), WireDatetimes.parse("2000-01-01T00:00:00+01:00"));
    }

    @Test
    void readsNaiveDateTimesAndDatesAsUtc() {
        // capture 07: since=2000-01-01, read as UTC by the reference
        assertEquals(Instant.parse("2000-01-01T00:00:00Z"), WireDatetimes.parse("2000-01-01"));
        assertEquals(Instant.parse("2026-11-24T00:23:13.424567Z"), WireDatetimes.parse("2026-11-24T00:23:13.424567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T23:23:13.409524Z", "2025-06-01T12:00:00Z", "2024-12-31T23:00:00Z"})
    void rewritesWhatTheReferenceWrote(String text) {
        assertEquals(text, WireDatetimes.format(WireDatetimes.parse(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-11-24T00:23:13.424567 01:00", // capture 06: an unencoded '+' decoded to a space; the reference misreads it
        "notadate", "", "2026-13-01T00:00:00Z", "2026-11-24 00:23:13Z"})
    void refusesWhatIsNotIso8601(String text) {
        assertThrows(DateTimeParseException.class, () -> WireDatetimes.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "+1000000000-12-31T23:59:59.999999999Z", // Instant.MAX
        "-1000000000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "0000-12-31T23:59:59.999999Z",
        "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "+999999999-12-31T23:59:59"})
    void refusesWhatLiesOutsideTheYears1To9999(String text) {
        DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> WireDatetimes.parse(text));
        assertEquals(text, e.getParsedString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z"})
    void readsTheFirstAndLastInstantsOfTheRange(String text) {
        assertEquals(text, WireDatetimes.format(WireDatetimes.parse(text)));
    }
}
