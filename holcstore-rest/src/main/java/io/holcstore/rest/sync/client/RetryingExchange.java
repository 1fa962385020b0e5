package io.holcstore.rest.sync.client;

import io.holcstore.rest.sync.wire.SyncWireException;
import io.holcstore.sync.ChunkSourceException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one sync request until it succeeds, and reads its body as a stream: 429 waits {@code Retry-After} and tries
 * again without counting a failure (bounded by the total wait); 5xx answers and I/O errors (reading the body
 * included) are retried with exponential back-off up to the tries of the {@link RetryPolicy}; any other non-2xx
 * answer fails at once.
 *
 * <p>Written by hand rather than with MicroProfile Fault Tolerance: its {@code @Retry} cannot wait what a 429's
 * {@code Retry-After} says without counting that as a failed try, and it works only on CDI beans, while a puller
 * must also run in plain Java SE (tests, command-line tools).
 */
final class RetryingExchange {
    private static final Logger LOG = Logger.getLogger(RetryingExchange.class.getName());
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int ERROR_EXCERPT_BYTES = 300;

    private final HttpClient http;
    private final RetryPolicy policy;

    RetryingExchange(HttpClient http, RetryPolicy policy) {
        this.http = http;
        this.policy = policy;
    }

    /**
     * Sends {@code request} (again on each retry) and reads a 2xx body with {@code reader}, which is called afresh
     * on each try, so it must not keep what an earlier try read.
     *
     * @throws ChunkSourceException naming the method, URL and status (or I/O error) when the request fails for good,
     *                              or the body is not of its shape
     */
    <T> T send(HttpRequest request, Function<InputStream, T> reader) {
        int failedTries = 0;
        Duration waitedOnRetryAfter = Duration.ZERO;
        while (true) {
            String failure;
            Exception cause = null;
            try {
                HttpResponse<InputStream> response = http.send(request, BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return read(request, response, reader);
                }
                String answer = "answered " + status + excerpt(response.body());
                if (status == TOO_MANY_REQUESTS) {
                    Duration wait = retryAfter(response, failedTries);
                    waitedOnRetryAfter = waitedOnRetryAfter.plus(wait);
                    if (waitedOnRetryAfter.compareTo(policy.maxRetryAfterWait()) > 0) {
                        throw new ChunkSourceException(describe(request) + " " + answer + ": Retry-After waits would"
                                + " exceed " + policy.maxRetryAfterWait());
                    }
                    LOG.log(Level.INFO, "{0} answered 429: waiting {1} as Retry-After says",
                            new Object[] {describe(request), wait});
                    sleep(request, wait);
                    continue;
                }
                if (status < 500) {
                    throw new ChunkSourceException(describe(request) + " " + answer);
                }
                failure = answer;
            } catch (IOException | UncheckedIOException e) {
                failure = "failed: " + e;
                cause = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChunkSourceException(describe(request) + ": interrupted", e);
            }
            failedTries++;
            if (failedTries >= policy.maxTries()) {
                throw new ChunkSourceException(describe(request) + " " + failure + " (" + failedTries
                        + (failedTries == 1 ? " try)" : " tries)"), cause);
            }
            Duration backoff = policy.backoffAfter(failedTries);
            LOG.log(Level.WARNING, "{0} {1}; try {2} of {3} in {4}",
                    new Object[] {describe(request), failure, failedTries + 1, policy.maxTries(), backoff});
            sleep(request, backoff);
        }
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

    /** The seconds a 429 asks to wait; the current back-off if it gives none readable (e.g. an HTTP date). */
    private Duration retryAfter(HttpResponse<?> response, int failedTries) {
        OptionalLong seconds = response.headers().firstValue("Retry-After").map(String::strip)
                .filter(text -> text.matches("\\d{1,9}"))
                .map(text -> OptionalLong.of(Long.parseLong(text))).orElse(OptionalLong.empty());
        return seconds.isPresent() ? Duration.ofSeconds(seconds.getAsLong()) : policy.backoffAfter(failedTries + 1);
    }

    private static String excerpt(InputStream body) throws IOException {
        try (body) {
            byte[] start = body.readNBytes(ERROR_EXCERPT_BYTES);
            String text = new String(start, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "" : ": " + text + (start.length == ERROR_EXCERPT_BYTES ? "..." : "");
        }
    }

    private static void sleep(HttpRequest request, Duration wait) {
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
