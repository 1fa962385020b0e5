package io.holcstore.rest.sync.client;

import io.holcstore.rest.sync.wire.SyncWireException;
import io.holcstore.sync.ChunkSourceException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * <li>a 429 waits what {@code Retry-After} asks, but at least the back-off for its number, without counting a
 * failed try; the 429s of one request are bounded in number and in total wait;</li>
 * <li>the whole request, tries and waits included, ends within the policy's total time: a wait that would go past
 * it fails at once;</li>
 * <li>any other non-2xx answer fails at once ({@link UpstreamStatusException}).</li>
 * </ul>
 *
 * <p>Written by hand rather than with MicroProfile Fault Tolerance: its {@code @Retry} cannot wait what a 429's
 * {@code Retry-After} says without counting that as a failed try, and it works only on CDI beans, while a puller
 * must also run in plain Java SE (tests, command-line tools). Thread-safe, as the client it sends with.
 */
final class RetryingExchange {
    private static final Logger LOG = Logger.getLogger(RetryingExchange.class.getName());
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int ERROR_EXCERPT_BYTES = 300;

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
     * @throws UpstreamStatusException naming the method, URL and status when the server refuses the request, or
     *                                 keeps failing it
     * @throws ChunkSourceException    naming the method and URL when the request fails for good otherwise (I/O
     *                                 errors, timeouts, too many 429s, the total time spent), or the body is not of
     *                                 its shape
     */
    <T> T send(HttpRequest request, Function<InputStream, T> reader) {
        long callDeadline = System.nanoTime() + policy.maxTotalTime().toNanos();
        int failedTries = 0;
        int tooManyRequests = 0;
        Duration waitedOnTooMany = Duration.ZERO;
        while (true) {
            String failure;
            int failedStatus = 0;
            Exception cause = null;
            try {
                HttpResponse<InputStream> response = sendOnce(request, callDeadline);
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return read(request, response, reader);
                }
                String answer = "answered " + status + excerpt(response.body());
                if (status == TOO_MANY_REQUESTS) {
                    tooManyRequests++;
                    waitedOnTooMany = waitOnTooManyRequests(request, response, answer, tooManyRequests, waitedOnTooMany,
                            callDeadline);
                    continue;
                }
                if (status < 500) {
                    throw new UpstreamStatusException(describe(request) + " " + answer, status);
                }
                failure = answer;
                failedStatus = status;
            } catch (IOException | UncheckedIOException e) {
                failure = "failed: " + e + (e.getCause() == null ? "" : " (" + e.getCause() + ")");
                cause = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChunkSourceException(describe(request) + ": interrupted", e);
            }
            failedTries++;
            if (failedTries >= policy.maxTries()) {
                String message = describe(request) + " " + failure + " (" + failedTries + (failedTries == 1 ? " try)" : " tries)");
                throw failedStatus != 0 ? new UpstreamStatusException(message, failedStatus)
                        : new ChunkSourceException(message, cause);
            }
            Duration backoff = policy.backoffAfter(failedTries);
            LOG.log(Level.WARNING, "{0} {1}; try {2} of {3} in {4}",
                    new Object[] {describe(request), failure, failedTries + 1, policy.maxTries(), backoff});
            pause(request, failure, backoff, callDeadline);
        }
    }

    /** One try, its answer due within the request timeout and what is left of the request's total time. */
    private HttpResponse<InputStream> sendOnce(HttpRequest request, long callDeadline)
            throws IOException, InterruptedException {
        long now = System.nanoTime();
        long left = callDeadline - now;
        if (left <= 0) {
            throw new ChunkSourceException(describe(request) + ": no answer within the " + policy.maxTotalTime()
                    + " a request may take, retries included");
        }
        Duration timeout = requestTimeout.toNanos() < left ? requestTimeout : Duration.ofNanos(left);
        HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build();
        return http.send(timed, DeadlineBody.handler(now + timeout.toNanos(), timeout));
    }

    /**
     * Waits as the {@code answers}-th 429 of the request asks, within the policy's bounds.
     *
     * @return the time waited on 429s so far, this wait included
     */
    private Duration waitOnTooManyRequests(HttpRequest request, HttpResponse<?> response, String answer, int answers,
                                           Duration waitedBefore, long callDeadline) {
        if (answers > policy.maxTooManyRequests()) {
            throw new UpstreamStatusException(describe(request) + " " + answer + ": " + answers + " answers 429, over"
                    + " the " + policy.maxTooManyRequests() + " a request takes", TOO_MANY_REQUESTS);
        }
        Duration wait = policy.tooManyRequestsWait(answers, RetryAfter.of(response.headers()).orElse(null));
        Duration waited = waitedBefore.plus(wait);
        if (waited.compareTo(policy.maxRetryAfterWait()) > 0) {
            throw new UpstreamStatusException(describe(request) + " " + answer + ": waiting " + wait + " more would"
                    + " exceed the " + policy.maxRetryAfterWait() + " a request may wait on 429s", TOO_MANY_REQUESTS);
        }
        LOG.log(Level.INFO, "{0} answered 429 ({1} of at most {2}): waiting {3}",
                new Object[] {describe(request), answers, policy.maxTooManyRequests(), wait});
        pause(request, answer, wait, callDeadline);
        return waited;
    }

    private static <T> T read(HttpRequest request, HttpResponse<InputStream> response, Function<InputStream, T> reader) {
        try (InputStream body = response.body()) {
            return reader.apply(body);
        } catch (SyncWireException e) {
            throw new ChunkSourceException(describe(request) + " answered " + response.statusCode()
                    + " with a body a pull cannot read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of an error answer's body, for the message; what cannot be read in time is left out. */
    private static String excerpt(InputStream body) {
        try (body) {
            byte[] start = body.readNBytes(ERROR_EXCERPT_BYTES);
            String text = new String(start, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "" : ": " + text + (start.length == ERROR_EXCERPT_BYTES ? "..." : "");
        } catch (IOException e) {
            return " (its body unreadable: " + e.getMessage() + ")";
        }
    }

    /** Sleeps {@code wait}, or fails at once if that would end past the request's total time. */
    private void pause(HttpRequest request, String after, Duration wait, long callDeadline) {
        if (System.nanoTime() + wait.toNanos() - callDeadline > 0) {
            throw new ChunkSourceException(describe(request) + " " + after + "; waiting " + wait + " to try again would"
                    + " exceed the " + policy.maxTotalTime() + " a request may take, retries included");
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
