package io.holcstore.rest.sync.wire;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Datetimes of the sync wire. Written exactly as the reference's server writes them (Django REST framework over
 * PostgreSQL): UTC with {@code Z}, microseconds as 6 digits, no fraction at all on a whole second
 * ({@code 2026-11-23T23:23:13.409524Z}, {@code 2025-06-01T12:00:00Z}), so that a Python client compares and
 * stores our {@code updated_at} as it would its own server's. Read as leniently as the reference reads them.
 */
public final class WireDatetimes {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int DATE_ONLY_LENGTH = "2000-01-01".length();
    /** The first and last instants the wire holds: the years 1 to 9999, as Python's {@code datetime}. */
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private WireDatetimes() {
    }

    /**
     * {@code instant} as the reference writes it. The wire holds microseconds, as the reference's database does;
     * nanoseconds below are dropped, which moves a {@code since} cursor earlier, never later (it is inclusive, so a
     * pull re-lists rather than skips).
     */
    public static String format(Instant instant) {
        String seconds = SECONDS.format(instant);
        int micros = instant.getNano() / 1_000;
        if (micros == 0) {
            return seconds + "Z";
        }
        return seconds + "." + Integer.toString(1_000_000 + micros).substring(1) + "Z";
    }

    /**
     * The instant of an ISO-8601 text: with {@code Z} or an offset ({@code 2026-11-24T00:23:13.424567+01:00}, as
     * the reference's client sends {@code since}), or naive ({@code 2000-01-01T00:00:00}, {@code 2000-01-01}) and
     * then read as UTC, as the reference reads it; within the years 1 to 9999 (UTC), all the reference's Python
     * {@code datetime} and our stores hold.
     *
     * @throws DateTimeParseException if it is none of these, or out of that range (an {@code Instant.MAX} stamp);
     *                                notably an offset whose {@code +} became a space (an unencoded {@code +} in a
     *                                query string), which the reference silently misreads
     */
    public static Instant parse(String text) {
        Instant instant;
        try {
            instant = parseAnyYear(text);
        } catch (DateTimeParseException e) {
            throw e;
        } catch (DateTimeException e) {
            throw new DateTimeParseException("'" + text + "' is not a datetime (" + e.getMessage() + ")", text, 0, e);
        }
        if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
            throw new DateTimeParseException("'" + text + "' lies outside the years 1 to 9999", text, 0);
        }
        return instant;
    }

    private static Instant parseAnyYear(String text) {
        if (text.length() == DATE_ONLY_LENGTH) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (text.endsWith("Z")) {
            // the form servers write (ours and the reference's): the plain instant parser, several times faster
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                // a form Instant.parse does not take (e.g. without seconds): the general parse below
            }
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
        if (parsed instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }
}
