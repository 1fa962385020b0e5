package io.holcstore.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

import java.util.Map;

class FrameworkErrorsTest {

    @Test
    void jaxRsStatusesKeepTheirStatusAndGetAKind() {
        assertEquals("unsupported_media_type", WebApplicationErrors.kind(415));
        assertEquals("not_acceptable", WebApplicationErrors.kind(406));
        assertEquals("method_not_allowed", WebApplicationErrors.kind(405));
        assertEquals("not_found", WebApplicationErrors.kind(404));
        assertEquals("bad_request", WebApplicationErrors.kind(400));
        assertEquals("http_429", WebApplicationErrors.kind(429));
        assertEquals("server_error", WebApplicationErrors.kind(503));
    }

    @Test
    void aProcessingErrorCausedByBadJsonIs400() throws Exception {
        JsonbException bound;
        try (var jsonb = JsonbBuilder.create()) {
            bound = org.junit.jupiter.api.Assertions.assertThrows(JsonbException.class,
                    () -> jsonb.fromJson("{\"a\": NaN}", Map.class));
        }
        HttpError error = ProcessingErrors.of(new ProcessingException("reading the entity failed", bound));
        assertEquals(400, error.status());
        assertEquals("malformed_body", error.kind());
        assertEquals(400, ProcessingErrors.of(new ProcessingException(new JsonException("bad token"))).status());
    }

    @Test
    void otherProcessingErrorsAreTheServers() {
        HttpError error = ProcessingErrors.of(new ProcessingException("no writer", new IllegalStateException()));
        assertEquals(500, error.status());
        assertEquals("server_error", error.kind());
    }
}
