package io.holcstore.rest.sync.client;

import io.holcstore.store.InvalidArgumentException;

import java.time.Duration;

/**
 * How hard a sync request is retried ({@link RetryingExchange}), and the bounds that keep a client from hanging or
 * flooding its upstream: every wait is bounded, alone and in total.
 *
 * @param maxTries          tries of one request on 5xx answers and I/O errors (a timeout included), at least 1 (1: no
 *                          retry)
 * @param firstBackoff      the wait after the first failed try; doubled after each further one
 * @param maxBackoff        the longest wait between two failed tries, at least {@code firstBackoff}
 * @param maxRetryAfterWait the most time one request may spend waiting on 429 answers, in total
 * @param maxTooManyRequests the most 429 answers one request takes before it fails, at least 0 (0: the first 429
 *                          fails). A 429 does not count as a failed try, so this is what bounds how often a client
 *                          asks a server that keeps answering 429; and each 429 waits at least the back-off for its
 *                          number ({@link #tooManyRequestsWait}), whatever {@code Retry-After} says: a
 *                          {@code Retry-After: 0} does not make the client hammer the server
 * @param maxTotalTime      the most time one request may take, tries, answers, bodies and waits included, at least
 *                          1 ms: a request that cannot succeed within it fails
 */
public record RetryPolicy(int maxTries, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfterWait,
                          int maxTooManyRequests, Duration maxTotalTime) {
    /** 429 answers one request takes by default. */
    public static final int DEFAULT_MAX_TOO_MANY_REQUESTS = 10;
    /** The default bound on one request, retries and waits included. */
    public static final Duration DEFAULT_MAX_TOTAL_TIME = Duration.ofMinutes(15);

    public RetryPolicy {
        if (maxTries < 1) {
            throw new InvalidArgumentException("maxTries", "must be at least 1, got " + maxTries);
        }
        requireNotNegative(firstBackoff, "firstBackoff");
        requireNotNegative(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(firstBackoff) < 0) {
            throw new InvalidArgumentException("maxBackoff", "must be at least firstBackoff (" + firstBackoff + "), got "
                    + maxBackoff);
        }
        requireNotNegative(maxRetryAfterWait, "maxRetryAfterWait");
        if (maxTooManyRequests < 0) {
            throw new InvalidArgumentException("maxTooManyRequests", "must be at least 0, got " + maxTooManyRequests);
        }
        requireNotNegative(maxTotalTime, "maxTotalTime");
        if (maxTotalTime.toMillis() < 1) {
            throw new InvalidArgumentException("maxTotalTime", "must be at least 1 ms, got " + maxTotalTime);
        }
    }

    /**
     * A policy taking {@value #DEFAULT_MAX_TOO_MANY_REQUESTS} 429 answers per request, each request bounded by
     * {@link #DEFAULT_MAX_TOTAL_TIME}.
     */
    public RetryPolicy(int maxTries, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfterWait) {
        this(maxTries, firstBackoff, maxBackoff, maxRetryAfterWait, DEFAULT_MAX_TOO_MANY_REQUESTS, DEFAULT_MAX_TOTAL_TIME);
    }

    /**
     * 5 tries, back-off 1 s doubling up to 30 s, at most {@value #DEFAULT_MAX_TOO_MANY_REQUESTS} 429s and 5 minutes
     * of their waits per request, each request done within {@link #DEFAULT_MAX_TOTAL_TIME}.
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    /** This policy with another bound on 429 answers. */
    public RetryPolicy withTooManyRequests(int maxAnswers, Duration maxWait) {
        return new RetryPolicy(maxTries, firstBackoff, maxBackoff, maxWait, maxAnswers, maxTotalTime);
    }

    /** This policy with another bound on one request, retries and waits included. */
    public RetryPolicy withMaxTotalTime(Duration maxTime) {
        return new RetryPolicy(maxTries, firstBackoff, maxBackoff, maxRetryAfterWait, maxTooManyRequests, maxTime);
    }

    /** The wait after failed try number {@code failedTries} (1 for the first). */
    public Duration backoffAfter(int failedTries) {
        Duration wait = firstBackoff;
        for (int i = 1; i < failedTries && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /**
     * The wait after the {@code answers}-th 429 of a request (1 for the first): what the server asks, but never less
     * than the back-off after that many failed tries, which grows with each 429.
     *
     * @param retryAfter what the answer's {@code Retry-After} asks; null if it asks nothing readable
     */
    public Duration tooManyRequestsWait(int answers, Duration retryAfter) {
        Duration floor = backoffAfter(answers);
        return retryAfter == null || retryAfter.compareTo(floor) < 0 ? floor : retryAfter;
    }

    private static void requireNotNegative(Duration duration, String name) {
        InvalidArgumentException.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new InvalidArgumentException(name, "must be a duration of at least zero, got " + duration);
        }
    }
}
