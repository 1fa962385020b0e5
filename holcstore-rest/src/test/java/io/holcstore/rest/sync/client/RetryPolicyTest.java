package io.holcstore.rest.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.holcstore.store.InvalidArgumentException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** The bounds a policy puts on waits, its checks, and what a {@code Retry-After} asks. */
class RetryPolicyTest {
    private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(8),
            Duration.ofMinutes(1));

    @Test
    void backOffDoublesUpToItsMaximum() {
        assertEquals(Duration.ofSeconds(1), POLICY.backoffAfter(1));
        assertEquals(Duration.ofSeconds(4), POLICY.backoffAfter(3));
        assertEquals(Duration.ofSeconds(8), POLICY.backoffAfter(40));
    }

    @Test
    void aTotalWaitOn429sGivesTheDefault429sWithinIt() {
        assertEquals(new BusyUpstreamPolicy(BusyUpstreamPolicy.DEFAULT_MAX_BUSY_ANSWERS, Duration.ofSeconds(1),
                Duration.ofMinutes(1), Duration.ofMinutes(1)), POLICY.busy());
        assertEquals(new BusyUpstreamPolicy(BusyUpstreamPolicy.DEFAULT_MAX_BUSY_ANSWERS, Duration.ZERO, Duration.ZERO,
                Duration.ZERO), new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO).busy(),
                "no wait allowed: the floor cannot exceed it");
        assertEquals(BusyUpstreamPolicy.defaults(), RetryPolicy.defaults().busy());
    }

    @Test
    void badBoundsAreRefusedNamingTheirArgument() {
        Duration s = Duration.ofSeconds(1);
        assertEquals("maxTries", refused(() -> new RetryPolicy(0, s, s, s)));
        assertEquals("firstBackoff", refused(() -> new RetryPolicy(1, s.negated(), s, s)));
        assertEquals("maxBackoff", refused(() -> new RetryPolicy(1, s, null, s)));
        assertEquals("maxBackoff", refused(() -> new RetryPolicy(1, s.multipliedBy(2), s, s)));
        assertEquals("maxRetryAfterWait", refused(() -> new RetryPolicy(1, s, s, s.negated())));
        assertEquals("busy", refused(() -> POLICY.withBusy(null)));
        assertEquals("maxTotalTime", refused(() -> POLICY.withMaxTotalTime(Duration.ZERO)));
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", clock));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Sat, 05 Dec 2026 10:01:30 GMT", clock));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Fri, 04 Dec 2026 10:00:00 GMT", clock), "a date past");
        assertEquals(Optional.empty(), RetryAfter.parse("soon", clock));
        assertEquals(Optional.empty(), RetryAfter.parse("-5", clock));
    }

    private static String refused(Runnable construction) {
        return assertThrows(InvalidArgumentException.class, construction::run).argument();
    }
}
