package io.holcstore.rest.sync.client;

import java.time.Duration;

/**
 * How hard a sync request is retried ({@link RetryingExchange}).
 *
 * @param maxTries          tries of one request on 5xx answers and I/O errors, at least 1 (1: no retry)
 * @param firstBackoff      the wait after the first failed try; doubled after each further one
 * @param maxBackoff        the longest wait between two failed tries
 * @param maxRetryAfterWait the most time one request may spend waiting on 429 {@code Retry-After}, in total; such
 *                          waits do not count as tries, so this is what bounds them
 */
public record RetryPolicy(int maxTries, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfterWait) {

    public RetryPolicy {
        if (maxTries < 1) {
            throw new IllegalArgumentException("maxTries must be at least 1, got " + maxTries);
        }
        requireNotNegative(firstBackoff, "firstBackoff");
        requireNotNegative(maxBackoff, "maxBackoff");
        requireNotNegative(maxRetryAfterWait, "maxRetryAfterWait");
    }

    /** 5 tries, back-off 1 s doubling up to 30 s, at most 5 minutes of {@code Retry-After} waits per request. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    /** The wait after failed try number {@code failedTries} (1 for the first). */
    Duration backoffAfter(int failedTries) {
        Duration wait = firstBackoff;
        for (int i = 1; i < failedTries && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private static void requireNotNegative(Duration duration, String name) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be a duration of at least zero, got " + duration);
        }
    }
}
