package io.holcstore.rest.error;

import jakarta.ws.rs.core.Response;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns an {@link HttpError} into the response, logging server-side errors with their cause and the rest quietly. */
final class ErrorAnswers {
    private static final Logger LOG = Logger.getLogger(ErrorAnswers.class.getName());

    private ErrorAnswers() {
    }

    static Response answer(HttpError error, Throwable cause) {
        if (error.serverSide()) {
            LOG.log(Level.SEVERE, "HTTP " + error.status() + " " + error.kind() + ": " + error.message(), cause);
        } else if (LOG.isLoggable(Level.FINE)) {
            LOG.log(Level.FINE, "HTTP {0} {1}: {2}", new Object[] {error.status(), error.kind(), error.message()});
        }
        return error.toResponse();
    }
}
