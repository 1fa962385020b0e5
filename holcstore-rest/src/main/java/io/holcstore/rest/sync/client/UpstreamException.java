package io.holcstore.rest.sync.client;

import io.holcstore.Culprit;
import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.sync.ChunkSourceException;

import java.net.URI;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A sync request to an upstream server failed for good, whichever transport sent it: the message names the method,
 * the URL and the status (or the I/O error), the culprits {@link Culprit#URL} and {@link Culprit#STATUS} name them
 * for the HTTP layer (members {@code url} and {@code status} of the error body), its kind is
 * {@link ErrorKind#UPSTREAM_TIMEOUT} (504) for {@link Failure#TIMEOUT} and {@link ErrorKind#UPSTREAM_FAILED} (502)
 * otherwise, and {@link #failure()} says what a caller can do about it. Subclasses exist only where a fault-tolerance
 * layer must tell failures apart by class: {@link UpstreamUnavailableException} (worth retrying;
 * {@link UpstreamTimeoutException} among them), {@link UpstreamBusyException} (429, wait and ask again); a refusal
 * (4xx) is this class itself, which no retry matches. {@link UpstreamAnswers} says which one an answer is.
 */
public class UpstreamException extends ChunkSourceException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Failure {
        /** Unreachable, an I/O error, a 5xx answer, or a circuit breaker open after repeated such failures. */
        UNAVAILABLE,
        /** A 4xx answer other than 429: the request is wrong for this server (bad URL, filter, credentials). */
        REFUSED,
        /** 429 Too Many Requests, waited out no longer (budget spent, or a wait longer than allowed). */
        BUSY,
        /** No answer within the time allowed. */
        TIMEOUT,
        /** A 2xx answer whose body a pull cannot use. */
        MALFORMED_ANSWER
    }

    private final Failure failure;
    private final String method;
    private final URI uri;
    private final int status;

    /**
     * @param failure what went wrong
     * @param method  the HTTP method, e.g. {@code GET}
     * @param uri     the URL asked
     * @param status  the HTTP status answered, or 0 if none was (I/O error, timeout)
     * @param problem what happened, e.g. {@code answered 503: <body excerpt>}
     * @param cause   the underlying exception, or null
     */
    public UpstreamException(Failure failure, String method, URI uri, int status, String problem, Throwable cause) {
        super(failure == Failure.TIMEOUT ? ErrorKind.UPSTREAM_TIMEOUT : ErrorKind.UPSTREAM_FAILED,
                method + " " + uri + " " + problem,
                Culprits.of(Culprit.URL, uri == null ? null : uri.toString()).and(Culprit.STATUS, status == 0 ? null : status),
                cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.method = method;
        this.uri = uri;
        this.status = status;
    }

    /** What went wrong, finer than {@link #kind()}: whether a retry, a wait or a fix can help. */
    public Failure failure() {
        return failure;
    }

    /** The HTTP method of the failed request. */
    public String method() {
        return method;
    }

    /** The URL of the failed request. */
    public URI uri() {
        return uri;
    }

    /** The HTTP status the upstream answered; empty if it gave none (I/O error, timeout). */
    public OptionalInt status() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }
}
