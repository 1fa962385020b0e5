package io.holcstore.rest.sync.client;

import java.net.URI;

/**
 * {@link UpstreamException.Failure#UNAVAILABLE}: an I/O error or a 5xx answer, which a later try may not meet; or, as
 * {@link UpstreamTimeoutException}, no answer in time. A class of its own so that MicroProfile Fault Tolerance can
 * retry exactly these ({@code @Retry(retryOn = ...)}).
 */
public class UpstreamUnavailableException extends UpstreamException {
    private static final long serialVersionUID = 1L;

    public UpstreamUnavailableException(String method, URI uri, int status, String problem, Throwable cause) {
        this(Failure.UNAVAILABLE, method, uri, status, problem, cause);
    }

    /** For {@link UpstreamTimeoutException}: a failure worth retrying, of another kind. */
    protected UpstreamUnavailableException(Failure failure, String method, URI uri, int status, String problem, Throwable cause) {
        super(failure, method, uri, status, problem, cause);
    }
}
