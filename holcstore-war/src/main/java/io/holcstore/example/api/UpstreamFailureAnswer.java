package io.holcstore.example.api;

import io.holcstore.rest.error.HttpError;
import io.holcstore.rest.sync.client.UpstreamException;
import io.holcstore.sync.ChunkSourceException;
import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answer to a pull its upstream failed: 504 {@code upstream_timeout} when it did not answer in time, 502
 * {@code upstream_failed} otherwise, with the message naming the request and, as members, the {@code url} and the
 * {@code status} it answered (absent when it gave none). The server is not at fault, so no stack trace is logged.
 */
final class UpstreamFailureAnswer {
    private static final Logger LOG = Logger.getLogger(UpstreamFailureAnswer.class.getName());

    private UpstreamFailureAnswer() {
    }

    static Response of(ChunkSourceException failure) {
        LOG.log(Level.WARNING, "mirror pull failed: {0}", failure.getMessage());
        if (!(failure instanceof UpstreamException upstream)) {
            return HttpError.of(502, "upstream_failed", failure.getMessage()).toResponse();
        }
        boolean timeout = upstream.failure() == UpstreamException.Failure.TIMEOUT;
        HttpError error = HttpError.of(timeout ? 504 : 502, timeout ? "upstream_timeout" : "upstream_failed",
                failure.getMessage()).with("url", upstream.uri().toString());
        if (upstream.status().isPresent()) {
            error = error.with("status", Json.createValue(upstream.status().getAsInt()));
        }
        return error.toResponse();
    }
}
