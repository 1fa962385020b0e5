package io.holcstore.rest.sync.client;

import io.holcstore.store.InvalidArgumentException;

import java.time.Duration;

/**
 * How hard {@link HttpChunkSource} retries a sync request ({@link RetryingExchange}), and the bounds that keep it
 * from hanging or flooding its upstream: every wait is bounded, alone and in total. Its 429s are waited out as its
 * {@link BusyUpstreamPolicy} says, the same policy the container transport applies.
 *
 * @param maxTries     tries of one request on 5xx answers and I/O errors (a timeout included), at least 1 (1: no
 *                     retry)
 * @param firstBackoff the wait after the first failed try; doubled after each further one
 * @param maxBackoff   the longest wait between two failed tries, at least {@code firstBackoff}
 * @param busy         how 429 answers are waited out: they do not count as failed tries, so this is what bounds how
 *                     often a client asks a server that keeps answering 429
 * @param maxTotalTime the most time one request may take, tries, answers, bodies and waits included, at least 1 ms:
 *                     a request that cannot succeed within it fails
 */
public record RetryPolicy(int maxTries, Duration firstBackoff, Duration maxBackoff, BusyUpstreamPolicy busy,
                          Duration maxTotalTime) {
    /** The default bound on one request, retries and waits included. */
    public static final Duration DEFAULT_MAX_TOTAL_TIME = Duration.ofMinutes(15);

    /** @throws InvalidArgumentException naming the component that is missing or out of range */
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
        InvalidArgumentException.requireNonNull(busy, "busy");
        requireNotNegative(maxTotalTime, "maxTotalTime");
        if (maxTotalTime.toMillis() < 1) {
            throw new InvalidArgumentException("maxTotalTime", "must be at least 1 ms, got " + maxTotalTime);
        }
    }

    /**
     * A policy waiting out 429s as {@link BusyUpstreamPolicy#within} {@code maxRetryAfterWait} says, each request
     * bounded by {@link #DEFAULT_MAX_TOTAL_TIME}.
     */
    public RetryPolicy(int maxTries, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfterWait) {
        this(maxTries, firstBackoff, maxBackoff, BusyUpstreamPolicy.within(maxRetryAfterWait), DEFAULT_MAX_TOTAL_TIME);
    }

    /**
     * 5 tries, back-off 1 s doubling up to 30 s, 429s as {@link BusyUpstreamPolicy#defaults()}, each request done
     * within {@link #DEFAULT_MAX_TOTAL_TIME}.
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), BusyUpstreamPolicy.defaults(),
                DEFAULT_MAX_TOTAL_TIME);
    }

    /** This policy with another way of waiting out 429s. */
    public RetryPolicy withBusy(BusyUpstreamPolicy policy) {
        return new RetryPolicy(maxTries, firstBackoff, maxBackoff, policy, maxTotalTime);
    }

    /** This policy with another bound on one request, retries and waits included. */
    public RetryPolicy withMaxTotalTime(Duration maxTime) {
        return new RetryPolicy(maxTries, firstBackoff, maxBackoff, busy, maxTime);
    }

    /** The wait after failed try number {@code failedTries} (1 for the first). */
    public Duration backoffAfter(int failedTries) {
        return BusyUpstreamPolicy.doubled(firstBackoff, maxBackoff, failedTries);
    }

    private static void requireNotNegative(Duration duration, String name) {
        BusyUpstreamPolicy.requireNotNegative(duration, name);
    }
}
