package io.holcstore.rest.sync.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a 429's {@code Retry-After} header asks a client to wait: delay-seconds ({@code Retry-After: 120}) or an
 * HTTP-date ({@code Retry-After: Fri, 31 Dec 1999 23:59:59 GMT}), as RFC 9110 allows both. Only what it asks:
 * {@link BusyUpstreamPolicy} puts the floor under it, so that {@code Retry-After: 0} does not make a client hammer
 * its server, and the caps over it.
 */
public final class RetryAfter {
    /** Longer than any wait a policy takes, short enough not to overflow a {@code Duration} in nanoseconds. */
    private static final long MAX_SECONDS = 999_999_999L;

    private RetryAfter() {
    }

    /** The wait a {@code Retry-After} header's value asks, now; empty if it is absent (null) or unreadable. */
    public static Optional<Duration> parse(String value) {
        return value == null ? Optional.empty() : parse(value, Clock.systemUTC());
    }

    /**
     * The wait {@code value} asks: its seconds, or the time until its date (zero for a date past); empty for
     * anything else.
     */
    public static Optional<Duration> parse(String value, Clock clock) {
        String text = value.strip();
        if (text.matches("\\d{1,18}")) {
            return Optional.of(Duration.ofSeconds(Math.min(Long.parseLong(text), MAX_SECONDS)));
        }
        try {
            Duration until = Duration.between(clock.instant(), ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
