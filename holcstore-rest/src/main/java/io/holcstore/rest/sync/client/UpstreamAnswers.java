package io.holcstore.rest.sync.client;

import io.holcstore.rest.sync.wire.SyncWireException;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * What a failed sync request means for a pull, whatever client sent it (the JDK client of {@link HttpChunkSource} or
 * the MicroProfile REST Client): the one classification into the {@link UpstreamException} family. A 429 is
 * {@link UpstreamBusyException} (wait, ask again), a 5xx {@link UpstreamUnavailableException} (retry), any other status
 * a refusal ({@link UpstreamException.Failure#REFUSED}, fail at once); an I/O error is unavailable, or
 * {@link UpstreamTimeoutException} when a timeout caused it; a 2xx body the wire readers refuse is
 * {@link UpstreamException.Failure#MALFORMED_ANSWER}. Messages quote the start of an error answer's body, where
 * servers say why.
 */
public final class UpstreamAnswers {
    /** How much of an error body a message quotes. */
    public static final int EXCERPT_BYTES = 300;

    private static final int TOO_MANY_REQUESTS = 429;

    private UpstreamAnswers() {
    }

    /**
     * The failure a non-2xx answer means.
     *
     * @param method     the request's method
     * @param uri        the request's URL
     * @param status     the answer's status, not 2xx
     * @param excerpt    the start of its body, see {@link #excerpt}
     * @param retryAfter its {@code Retry-After} header, or null
     */
    public static UpstreamException failure(String method, URI uri, int status, String excerpt, String retryAfter) {
        return classified(method, uri, status, answered(status, excerpt), RetryAfter.parse(retryAfter).orElse(null));
    }

    /**
     * The failure a non-2xx answer means, its problem already worded.
     *
     * @param problem    what happened, e.g. {@code answered 503: <excerpt> (3 tries)}
     * @param retryAfter the wait a 429 asks for, or null
     */
    public static UpstreamException classified(String method, URI uri, int status, String problem, Duration retryAfter) {
        if (status == TOO_MANY_REQUESTS) {
            return new UpstreamBusyException(method, uri, problem, retryAfter);
        }
        if (status >= 500) {
            return new UpstreamUnavailableException(method, uri, status, problem, null);
        }
        return new UpstreamException(UpstreamException.Failure.REFUSED, method, uri, status, problem, null);
    }

    /**
     * The failure an I/O error means: {@link UpstreamTimeoutException} if a connect, read or whole-answer timeout
     * caused it (504 to a caller), {@link UpstreamUnavailableException} otherwise (502).
     *
     * @param after what follows the error in the message, e.g. {@code " (3 tries)"}; may be empty
     */
    public static UpstreamUnavailableException ioFailure(String method, URI uri, Exception failure, String after) {
        Throwable root = failure;
        Optional<Throwable> timeout = Optional.empty();
        for (Throwable cause = failure; cause != null && timeout.isEmpty(); cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
                timeout = Optional.of(cause);
            }
            root = cause;
        }
        return timeout.isPresent()
                ? new UpstreamTimeoutException(method, uri, "timed out: " + timeout.get().getMessage() + after, failure)
                : new UpstreamUnavailableException(method, uri, 0, "failed: " + root + after, failure);
    }

    /** A 2xx answer whose body the wire readers refused: not retried, a later try would read the same. */
    public static UpstreamException malformed(String method, URI uri, int status, SyncWireException refused) {
        return new UpstreamException(UpstreamException.Failure.MALFORMED_ANSWER, method, uri, status,
                "answered " + status + " with a body a pull cannot read: " + refused.getMessage(), refused);
    }

    /** {@code answered <status>: <excerpt>}, or without the excerpt when it is empty. */
    public static String answered(int status, String excerpt) {
        return "answered " + status + (excerpt.isEmpty() ? "" : ": " + excerpt);
    }

    /** The first {@value #EXCERPT_BYTES} bytes of an error body as text, "..." if cut; the stream is closed. */
    public static String excerpt(InputStream body) {
        if (body == null) {
            return "";
        }
        try (body) {
            byte[] start = body.readNBytes(EXCERPT_BYTES);
            String text = new String(start, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "" : text + (start.length == EXCERPT_BYTES ? "..." : "");
        } catch (IOException e) {
            return "(body unreadable: " + e.getMessage() + ")";
        }
    }
}
