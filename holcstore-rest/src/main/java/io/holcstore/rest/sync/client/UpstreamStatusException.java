package io.holcstore.rest.sync.client;

import io.holcstore.sync.ChunkSourceException;

/**
 * The upstream answered a request with a status that ends it: a 4xx (other than 429), or a 5xx once the tries are
 * spent. The message names the method, the URL, the status and the start of the answer; {@link #status()} lets a
 * caller act on the status (a 405 to a POSTed pack: the reference's server, which takes a GET with a body).
 */
public class UpstreamStatusException extends ChunkSourceException {
    private static final long serialVersionUID = 1L;

    private final int status;

    UpstreamStatusException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }
}
