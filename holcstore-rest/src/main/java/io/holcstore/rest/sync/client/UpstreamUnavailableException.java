package io.holcstore.rest.sync.client;

import java.net.URI;

/**
 * {@link UpstreamException.Kind#UNAVAILABLE}: an I/O error or a 5xx answer, which a later try may not meet. A class of
 * its own so that MicroProfile Fault Tolerance can retry exactly these ({@code @Retry(retryOn = ...)}).
 */
public class UpstreamUnavailableException extends UpstreamException {
    private static final long serialVersionUID = 1L;

    public UpstreamUnavailableException(String method, URI uri, int status, String problem, Throwable cause) {
        super(Kind.UNAVAILABLE, method, uri, status, problem, cause);
    }
}
