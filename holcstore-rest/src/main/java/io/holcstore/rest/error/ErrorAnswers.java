package io.holcstore.rest.error;

import jakarta.ws.rs.core.Response;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns an {@link HttpError} into the response, logging server-side errors with their cause, another server's
 * failure (502, 504: the source of a pull) as one warning line, and the rest quietly.
 */
final class ErrorAnswers {
    private static final Logger LOG = Logger.getLogger(ErrorAnswers.class.getName());
    private static final int BAD_GATEWAY = 502;
    private static final int GATEWAY_TIMEOUT = 504;

    private ErrorAnswers() {
    }

    static Response answer(HttpError error, Throwable cause) {
        if (error.status() == BAD_GATEWAY || error.status() == GATEWAY_TIMEOUT) {
            LOG.log(Level.WARNING, "HTTP {0} {1}: {2}", new Object[] {error.status(), error.kind(), error.message()});
        } else if (error.serverSide()) {
            LOG.log(Level.SEVERE, "HTTP " + error.status() + " " + error.kind() + ": " + error.message(), cause);
        } else if (LOG.isLoggable(Level.FINE)) {
            LOG.log(Level.FINE, "HTTP {0} {1}: {2}", new Object[] {error.status(), error.kind(), error.message()});
        }
        return error.toResponse();
    }
}
