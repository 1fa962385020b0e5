package io.holcstore.rest.sync.client;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * {@link UpstreamException.Failure#BUSY}: the upstream answered 429 Too Many Requests. Thrown by one try so that the
 * caller waits as {@link BusyUpstreamPolicy} says and asks again, without counting a failure (a class of its own so
 * that Fault Tolerance neither retries it nor counts it against a circuit breaker); also thrown, as the final
 * failure, once that policy's budget is spent.
 */
public class UpstreamBusyException extends UpstreamException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * @param retryAfter the wait the answer's {@code Retry-After} asks for (whole seconds), or null if it gave none
     *                   readable (absent, or an HTTP date)
     */
    public UpstreamBusyException(String method, URI uri, String problem, Duration retryAfter) {
        super(Failure.BUSY, method, uri, 429, problem, null);
        this.retryAfter = retryAfter;
    }

    /** The wait the upstream asked for; empty if it named none readable. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
