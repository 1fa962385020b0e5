package io.holcstore.rest.sync.client;

import java.time.Duration;

/**
 * How long a request answered 429 Too Many Requests is waited out and asked again. Such waits do not count as failed
 * tries (the upstream is up, only throttling), so they need bounds of their own: at most {@code maxBusyAnswers} 429s
 * per request and {@code maxTotalWait} of waiting in all; a single wait of more than {@code maxWait} fails at once
 * (an upstream asking to come back in an hour is better reported than slept on); and never less than
 * {@code minWait}, whatever {@code Retry-After} says ({@code Retry-After: 0} does not mean hammer).
 *
 * @param maxBusyAnswers the most 429 answers one request may get, at least 0 (0: the first 429 fails)
 * @param minWait        the least wait after a 429, also the wait when {@code Retry-After} is absent or unreadable
 * @param maxWait        the longest single wait allowed
 * @param maxTotalWait   the most time one request may spend waiting on 429s
 */
public record BusyUpstreamPolicy(int maxBusyAnswers, Duration minWait, Duration maxWait, Duration maxTotalWait) {

    public BusyUpstreamPolicy {
        if (maxBusyAnswers < 0) {
            throw new IllegalArgumentException("maxBusyAnswers must be at least 0, got " + maxBusyAnswers);
        }
        requireNotNegative(minWait, "minWait");
        requireNotNegative(maxWait, "maxWait");
        requireNotNegative(maxTotalWait, "maxTotalWait");
        if (minWait.compareTo(maxWait) > 0) {
            throw new IllegalArgumentException("minWait " + minWait + " is longer than maxWait " + maxWait);
        }
    }

    /** 10 answers, waits of 1 s to 2 min, 5 min in all. */
    public static BusyUpstreamPolicy defaults() {
        return new BusyUpstreamPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(2), Duration.ofMinutes(5));
    }

    /** The waits of one request: call {@link Waits#after} on each 429 it gets. */
    public Waits start() {
        return new Waits();
    }

    private static void requireNotNegative(Duration duration, String name) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be a duration of at least zero, got " + duration);
        }
    }

    /** The 429s one request got so far. Not thread-safe: one per request. */
    public final class Waits {
        private int answers;
        private Duration waited = Duration.ZERO;

        private Waits() {
        }

        /**
         * How long to wait before asking again after {@code busy}: its {@code Retry-After}, at least
         * {@link #minWait()}.
         *
         * @throws UpstreamBusyException naming the request and the bound it would pass, when it may not ask again
         */
        public Duration after(UpstreamBusyException busy) {
            answers++;
            Duration wait = busy.retryAfter().filter(asked -> asked.compareTo(minWait) > 0).orElse(minWait);
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

        private UpstreamBusyException exhausted(UpstreamBusyException busy, String problem) {
            UpstreamBusyException failure = new UpstreamBusyException(busy.method(), busy.uri(), problem,
                    busy.retryAfter().orElse(null));
            failure.addSuppressed(busy);
            return failure;
        }
    }
}
