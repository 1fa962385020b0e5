package io.holcstore.rest.error;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One error answer: its HTTP status, its kind (a stable snake_case word clients can branch on, e.g.
 * {@code off_grid_timestamp}), a message for humans, and the culprit the error names, if any
 * ({@code timestamp}, {@code key}, {@code argument}, {@code localTime}, {@code limit}...).
 *
 * @param status   the HTTP status
 * @param kind     the {@code "error"} member
 * @param message  the {@code "message"} member
 * @param culprits further members, in order
 */
public record HttpError(int status, String kind, String message, Map<String, JsonValue> culprits) {

    /** The media type of every error body. */
    public static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    public HttpError {
        culprits = Collections.unmodifiableMap(new LinkedHashMap<>(culprits));
    }

    public static HttpError of(int status, String kind, String message) {
        return new HttpError(status, kind, message == null ? "" : message, Map.of());
    }

    /** Whether the server, not the request, is at fault. */
    public boolean serverSide() {
        return status >= 500;
    }

    /** {@code {"error": kind, "message": message, ...culprits}}. */
    public JsonObject body() {
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", kind).add("message", message);
        culprits.forEach(body::add);
        return body.build();
    }

    /** The answer, as a JSON text entity (no JSON provider needed on the server). */
    public Response toResponse() {
        return Response.status(status).type(JSON).entity(body().toString()).build();
    }
}
