package io.holcstore.rest.sync.client.mp;

import io.holcstore.rest.sync.client.UpstreamBusyException;
import io.holcstore.rest.sync.client.UpstreamUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.util.function.Supplier;

/**
 * Runs one sync request (send it, read its body through the wire readers) under MicroProfile Fault Tolerance:
 * <ul>
 * <li>{@code @Timeout}: 2 minutes for the whole exchange, body included;</li>
 * <li>{@code @Retry}: up to 4 more tries, 1 s apart (± 0.5 s), of {@link UpstreamUnavailableException} (I/O errors,
 *     5xx) and timeouts; anything else fails at once: a refusal (4xx) will not change, a 429 is waited out by the
 *     caller ({@link RestClientChunkSource}) without counting as a failure, and a body the wire readers reject is no
 *     transient fault;</li>
 * <li>{@code @CircuitBreaker}: when half of the last 10 tries failed, calls fail at once
 *     ({@code CircuitBreakerOpenException}) for 5 minutes, then one trial call decides; so an upstream down for hours
 *     costs each timed pull one failed call, not a round of retries. Refusals and 429s count as successes: the
 *     upstream answered.</li>
 * </ul>
 * Every value can be changed through Fault Tolerance's own MicroProfile Config keys, e.g.
 * {@code io.holcstore.rest.sync.client.mp.GuardedSyncCalls/call/Retry/maxRetries=2} or
 * {@code .../call/CircuitBreaker/delay=60000}. Fault Tolerance 4.0 has no exponential back-off, hence the fixed delay
 * with jitter. Every duration is in milliseconds, the annotations' default unit: Payara 6 compares
 * {@code maxDuration} with {@code delay} ignoring their units, and refuses the deployment when a bound given in
 * minutes looks smaller than one given in milliseconds. Its metrics ({@code ft_invocations_total}, {@code ft_retry_retries_total},
 * {@code ft_circuitbreaker_opened_total}... with {@code method="io.holcstore.rest.sync.client.mp.GuardedSyncCalls.call"})
 * appear in the server's {@code /metrics}.
 *
 * <p>One circuit for every upstream of the application, as Fault Tolerance keeps one per method: an application
 * pulling from several upstreams that must fail independently subclasses this bean once per upstream.
 */
@ApplicationScoped
public class GuardedSyncCalls {

    /**
     * Runs {@code exchange} under the policies above.
     *
     * @return what it returns
     * @throws UpstreamUnavailableException when every try failed so; the last failure
     * @throws TimeoutException            when the last try timed out
     * @throws org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException when the circuit is open
     */
    @Timeout(120_000)
    @Retry(maxRetries = 4, delay = 1000, jitter = 500, maxDuration = 900_000,
            retryOn = {UpstreamUnavailableException.class, TimeoutException.class},
            abortOn = UpstreamBusyException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 300_000, successThreshold = 1,
            failOn = {UpstreamUnavailableException.class, TimeoutException.class})
    public <T> T call(Supplier<T> exchange) {
        return exchange.get();
    }
}
