package io.holcstore.rest.sync.client;

import java.net.URI;

/**
 * {@link UpstreamException.Failure#TIMEOUT}: the upstream gave no answer, or not all of it, in the time allowed (a read
 * timeout of the client, or a Fault Tolerance {@code @Timeout}). Worth retrying, like any
 * {@link UpstreamUnavailableException}; an application answers it with 504 rather than 502.
 */
public class UpstreamTimeoutException extends UpstreamUnavailableException {
    private static final long serialVersionUID = 1L;

    public UpstreamTimeoutException(String method, URI uri, String problem, Throwable cause) {
        super(Failure.TIMEOUT, method, uri, 0, problem, cause);
    }
}
