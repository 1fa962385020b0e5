package io.holcstore.rest.error;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;

/**
 * JAX-RS wraps what its entity providers throw in a {@link ProcessingException}: when a JSON error (JSON-P or
 * JSON-B) is behind it the request body was bad (400); anything else is the server's (500).
 */
public final class ProcessingErrors {

    private ProcessingErrors() {
    }

    public static HttpError of(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonException || cause instanceof JsonbException) {
                return HttpError.of(400, "malformed_body", cause.getMessage());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return HttpError.of(500, "server_error", e.getMessage());
    }
}
