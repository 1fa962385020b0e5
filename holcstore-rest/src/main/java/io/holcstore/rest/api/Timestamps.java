package io.holcstore.rest.api;

import io.holcstore.series.LocalTimes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * ISO-8601 timestamps as HTTP clients send and read them. An instant with an offset ({@code 2025-01-01T00:00Z},
 * {@code 2025-01-01T00:00+01:00}, optionally {@code [Europe/Paris]}) is taken as is; a local date-time
 * ({@code 2025-01-01T00:00}) or a date (its midnight) is read in the store zone, by the store's own rule, so that
 * a time the zone skips or repeats is refused here exactly as the store refuses it in a written series.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * The instant {@code text} names.
     *
     * @throws DateTimeParseException if it is not an ISO-8601 date, date-time or instant
     * @throws io.holcstore.series.InvalidLocalTimeException naming a local date-time the zone skips or repeats
     */
    public static Instant parse(String text, ZoneId zone) {
        String trimmed = text.strip();
        if (trimmed.length() == 10) {
            return resolve(LocalDate.parse(trimmed).atStartOfDay(), zone);
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(trimmed, ZonedDateTime::from, LocalDateTime::from);
        if (parsed instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        return resolve((LocalDateTime) parsed, zone);
    }

    /** {@code instant} as ISO-8601 with the offset of {@code zone} at that instant: {@code 2025-01-01T00:00:00+01:00}. */
    public static String format(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /** The core's one rule for local times: a gap or an overlap is an error naming it. */
    private static Instant resolve(LocalDateTime local, ZoneId zone) {
        return LocalTimes.instantOf(local, zone);
    }
}
