package io.holcstore.rest.sync.client;

import io.holcstore.store.InvalidArgumentException;

import java.time.Duration;

/**
 * How a request answered 429 Too Many Requests is waited out and asked again, by either transport
 * ({@link RetryingExchange} for the JDK client, {@code RestClientChunkSource} around Fault Tolerance). Such waits do
 * not count as failed tries (the upstream is up, only throttling), so they need bounds of their own: at most
 * {@code maxBusyAnswers} 429s per request and {@code maxTotalWait} of waiting in all; a single wait of more than
 * {@code maxWait} fails at once (an upstream asking to come back in an hour is better reported than slept on). And a
 * floor: the n-th 429 of a request waits at least {@code minWait} doubled n-1 times (capped at {@code maxWait}),
 * whatever {@code Retry-After} says, so {@code Retry-After: 0} does not mean hammer.
 *
 * @param maxBusyAnswers the most 429 answers one request may get, at least 0 (0: the first 429 fails)
 * @param minWait        the least wait after a request's first 429, also its wait when {@code Retry-After} is absent
 *                       or unreadable; doubled after each further 429
 * @param maxWait        the longest single wait allowed, at least {@code minWait}
 * @param maxTotalWait   the most time one request may spend waiting on 429s
 */
public record BusyUpstreamPolicy(int maxBusyAnswers, Duration minWait, Duration maxWait, Duration maxTotalWait) {
    /** 429 answers one request takes by default. */
    public static final int DEFAULT_MAX_BUSY_ANSWERS = 10;

    /** @throws InvalidArgumentException naming the component that is missing or out of range */
    public BusyUpstreamPolicy {
        if (maxBusyAnswers < 0) {
            throw new InvalidArgumentException("maxBusyAnswers", "must be at least 0, got " + maxBusyAnswers);
        }
        requireNotNegative(minWait, "minWait");
        requireNotNegative(maxWait, "maxWait");
        requireNotNegative(maxTotalWait, "maxTotalWait");
        if (minWait.compareTo(maxWait) > 0) {
            throw new InvalidArgumentException("maxWait", "must be at least minWait (" + minWait + "), got " + maxWait);
        }
    }

    /** {@value #DEFAULT_MAX_BUSY_ANSWERS} answers, waits of 1 s (doubling) to 2 min, 5 min in all. */
    public static BusyUpstreamPolicy defaults() {
        return new BusyUpstreamPolicy(DEFAULT_MAX_BUSY_ANSWERS, Duration.ofSeconds(1), Duration.ofMinutes(2),
                Duration.ofMinutes(5));
    }

    /**
     * The defaults, but at most {@code maxTotalWait} of waits in all (and so no single wait longer): what a
     * {@link RetryPolicy} given only its total wait on 429s takes.
     */
    public static BusyUpstreamPolicy within(Duration maxTotalWait) {
        requireNotNegative(maxTotalWait, "maxRetryAfterWait");
        BusyUpstreamPolicy defaults = defaults();
        Duration maxWait = min(defaults.maxWait, maxTotalWait);
        return new BusyUpstreamPolicy(DEFAULT_MAX_BUSY_ANSWERS, min(defaults.minWait, maxWait), maxWait, maxTotalWait);
    }

    /**
     * No wait at all: the first 429 fails, carrying its {@code Retry-After}, for a client whose caller waits 429s out
     * under its own policy (a transport nested in another must not spend a second budget).
     */
    public static BusyUpstreamPolicy none() {
        return new BusyUpstreamPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** The waits of one request: call {@link Waits#after} on each 429 it gets. */
    public Waits start() {
        return new Waits();
    }

    /** The floor under the wait after a request's {@code answers}-th 429 (1 for the first). */
    Duration floor(int answers) {
        return doubled(minWait, maxWait, answers);
    }

    /** {@code first} doubled {@code times - 1} times, at most {@code max}: the n-th wait of an exponential back-off. */
    static Duration doubled(Duration first, Duration max, int times) {
        Duration wait = first;
        for (int i = 1; i < times && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return min(wait, max);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static void requireNotNegative(Duration duration, String name) {
        InvalidArgumentException.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new InvalidArgumentException(name, "must be a duration of at least zero, got " + duration);
        }
    }

    /** The 429s one request got so far. Not thread-safe: one per request. */
    public final class Waits {
        private int answers;
        private Duration waited = Duration.ZERO;

        private Waits() {
        }

        /**
         * How long to wait before asking again after {@code busy}: its {@code Retry-After}, at least the floor for
         * this request's number of 429s.
         *
         * @throws UpstreamBusyException naming the request and the bound it would pass, when it may not ask again
         */
        public Duration after(UpstreamBusyException busy) {
            answers++;
            Duration floor = floor(answers);
            Duration wait = busy.retryAfter().filter(asked -> asked.compareTo(floor) > 0).orElse(floor);
            if (answers > maxBusyAnswers) {
                throw exhausted(busy, "answered 429 " + answers + " times, more than the " + maxBusyAnswers + " allowed");
            }
            if (wait.compareTo(maxWait) > 0) {
                throw exhausted(busy, "answered 429 asking to wait " + wait + ", longer than the " + maxWait + " allowed");
            }
            if (waited.plus(wait).compareTo(maxTotalWait) > 0) {
                throw exhausted(busy, "answered 429 again: waiting " + wait + " more would pass the " + maxTotalWait
                        + " of waits allowed");
            }
            waited = waited.plus(wait);
            return wait;
        }

        /** How many 429s this request got so far. */
        public int answers() {
            return answers;
        }

        private UpstreamBusyException exhausted(UpstreamBusyException busy, String problem) {
            UpstreamBusyException failure = new UpstreamBusyException(busy.method(), busy.uri(), problem,
                    busy.retryAfter().orElse(null));
            failure.addSuppressed(busy);
            return failure;
        }
    }
}
