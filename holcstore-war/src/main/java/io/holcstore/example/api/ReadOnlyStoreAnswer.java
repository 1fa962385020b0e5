package io.holcstore.example.api;

import io.holcstore.rest.error.HttpError;
import jakarta.ws.rs.core.Response;

/**
 * The answer to a write to a pull target's series API: 409 {@code {"error": "read_only_store", "message": ...,
 * "store": ...}}, the answer the library gives once a store is declared a pull target, so that clients see the same
 * whichever refuses first.
 */
final class ReadOnlyStoreAnswer {
    static final String KIND = "read_only_store";

    private ReadOnlyStoreAnswer() {
    }

    static Response of(String store, String method) {
        return HttpError.of(409, KIND, store + " is a pull target, fed only by pulls from its upstream: " + method
                + " of its series is refused").with("store", store).toResponse();
    }
}
