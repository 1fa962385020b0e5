package io.holcstore.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/** What the HTTP tests check of every JSON answer of HoLcStore's resources, and how they build query strings. */
public final class JsonAnswers {
    public static final String JSON = "application/json";

    private JsonAnswers() {
    }

    /** {@code name=value&...}, each URL-encoded. */
    public static String query(String... namesAndValues) {
        StringJoiner query = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    public static JsonStructure json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    /** The body of a 200 JSON answer. */
    public static JsonStructure okJson(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), () -> response.uri() + ": " + response.body());
        assertMediaType(JSON, response);
        return json(response.body());
    }

    /** The JSON error body of a response with that status and kind; it always has a message. */
    public static JsonObject error(HttpResponse<String> response, int status, String kind) {
        assertEquals(status, response.statusCode(), () -> response.request().method() + " " + response.uri() + ": " + response.body());
        assertMediaType(JSON, response);
        JsonObject body = json(response.body()).asJsonObject();
        assertEquals(kind, body.getString("error"), response.body());
        assertTrue(!body.getString("message").isBlank(), response.body());
        return body;
    }

    public static void assertMediaType(String expected, HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith(expected), () -> "Content-Type " + type + ", expected " + expected);
    }
}
