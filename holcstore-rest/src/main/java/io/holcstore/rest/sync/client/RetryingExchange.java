package io.holcstore.rest.sync.client;

import io.holcstore.rest.sync.wire.SyncWireException;
import io.holcstore.sync.ChunkSourceException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one sync request until it succeeds, and reads its body as a stream, every wait bounded:
 * <ul>
 * <li>each try must get its answer, headers and whole body, within the request timeout ({@link DeadlineBody});</li>
 * <li>5xx answers and I/O errors (a timeout, a body cut short) are retried with exponential back-off up to the
 * tries of the {@link RetryPolicy};</li>
 * <li>429s are waited out as the policy's {@link BusyUpstreamPolicy} says, without counting a failed try;</li>
 * <li>the whole request, tries and waits included, ends within the policy's total time: a wait that would go past
 * it fails at once;</li>
 * <li>any other non-2xx answer fails at once.</li>
 * </ul>
 * Every failure is of the {@link UpstreamException} family, as {@link UpstreamAnswers} classifies it.
 *
 * <p>Written by hand rather than with MicroProfile Fault Tolerance: it works only on CDI beans, while a puller must
 * also run in plain Java SE (tests, command-line tools). Thread-safe, as the client it sends with.
 */
final class RetryingExchange {
    private static final Logger LOG = Logger.getLogger(RetryingExchange.class.getName());

    private final HttpClient http;
    private final RetryPolicy policy;
    private final Duration requestTimeout;

    /**
     * @param requestTimeout the most one try may take, from sending the request to the last byte of its answer
     */
    RetryingExchange(HttpClient http, RetryPolicy policy, Duration requestTimeout) {
        this.http = http;
        this.policy = policy;
        this.requestTimeout = requestTimeout;
    }

    /**
     * Sends {@code request} (again on each retry; its own timeout is replaced by each try's) and reads a 2xx body
     * with {@code reader}, which is called afresh on each try, so it must not keep what an earlier try read.
     *
     * @throws UpstreamException    naming the method, URL and status (if any) when the server refuses the request,
     *                              keeps failing it, keeps answering 429, does not answer in time, or answers a body
     *                              not of its shape
     * @throws ChunkSourceException when the thread is interrupted
     */
    <T> T send(HttpRequest request, Function<InputStream, T> reader) {
        long callDeadline = System.nanoTime() + policy.maxTotalTime().toNanos();
        BusyUpstreamPolicy.Waits busy = policy.busy().start();
        int failedTries = 0;
        while (true) {
            Function<String, UpstreamException> failed;
            try {
                HttpResponse<InputStream> response = sendOnce(request, callDeadline);
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return read(request, response, reader);
                }
                String answered = UpstreamAnswers.answered(status, UpstreamAnswers.excerpt(response.body()));
                Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null))
                        .orElse(null);
                failed = after -> UpstreamAnswers.classified(request.method(), request.uri(), status, answered + after,
                        retryAfter);
            } catch (IOException | UncheckedIOException e) {
                failed = after -> UpstreamAnswers.ioFailure(request.method(), request.uri(), e, after);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChunkSourceException(describe(request) + ": interrupted", e);
            }
            UpstreamException failure = failed.apply("");
            if (failure instanceof UpstreamBusyException answer) {
                Duration wait = busy.after(answer);
                LOG.log(Level.INFO, "{0} answered 429 ({1} of at most {2}): waiting {3}",
                        new Object[] {describe(request), busy.answers(), policy.busy().maxBusyAnswers(), wait});
                pause(request, failed, wait, callDeadline);
                continue;
            }
            if (!(failure instanceof UpstreamUnavailableException)) {
                throw failure;
            }
            failedTries++;
            if (failedTries >= policy.maxTries()) {
                throw failed.apply(" (" + failedTries + (failedTries == 1 ? " try)" : " tries)"));
            }
            Duration backoff = policy.backoffAfter(failedTries);
            LOG.log(Level.WARNING, "{0}; try {1} of {2} in {3}",
                    new Object[] {failure.getMessage(), failedTries + 1, policy.maxTries(), backoff});
            pause(request, failed, backoff, callDeadline);
        }
    }

    /** One try, its answer due within the request timeout and what is left of the request's total time. */
    private HttpResponse<InputStream> sendOnce(HttpRequest request, long callDeadline)
            throws IOException, InterruptedException {
        long now = System.nanoTime();
        long left = callDeadline - now;
        if (left <= 0) {
            throw new UpstreamTimeoutException(request.method(), request.uri(), "gave no answer within the "
                    + policy.maxTotalTime() + " a request may take, retries included", null);
        }
        Duration timeout = requestTimeout.toNanos() < left ? requestTimeout : Duration.ofNanos(left);
        HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build();
        return http.send(timed, DeadlineBody.handler(now + timeout.toNanos(), timeout));
    }

    private static <T> T read(HttpRequest request, HttpResponse<InputStream> response, Function<InputStream, T> reader) {
        try (InputStream body = response.body()) {
            return reader.apply(body);
        } catch (SyncWireException e) {
            throw UpstreamAnswers.malformed(request.method(), request.uri(), response.statusCode(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sleeps {@code wait}, or fails at once, as the failure that made it wait, if that would end past the request's
     * total time.
     */
    private void pause(HttpRequest request, Function<String, UpstreamException> failed, Duration wait, long callDeadline) {
        if (System.nanoTime() + wait.toNanos() - callDeadline > 0) {
            throw failed.apply("; waiting " + wait + " to try again would exceed the " + policy.maxTotalTime()
                    + " a request may take, retries included");
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChunkSourceException(describe(request) + ": interrupted while waiting to retry", e);
        }
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri();
    }
}
