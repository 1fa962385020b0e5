package io.holcstore.it.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.StringJoiner;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import io.holcstore.it.support.LoopbackExtension;

/** HTTP calls of the sync server test, to 127.0.0.1 only: absolute URIs (the server's own links) or paths under a base. */
final class SyncHttp {
    static final String JSON = "application/json";

    private final HttpClient http;
    private final URI base;

    /** @param base e.g. {@code http://127.0.0.1:8080/sync-server/api/} */
    SyncHttp(HttpClient http, URI base) {
        assertEquals(LoopbackExtension.LOOPBACK, base.getHost());
        this.http = http;
        this.base = base;
    }

    /** {@code name=value&...}, each URL-encoded. */
    static String query(String... namesAndValues) {
        StringJoiner query = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    URI resolve(String pathAndQuery) {
        return base.resolve(pathAndQuery);
    }

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /** {@code method} with a JSON body; GET included, as the reference's client sends its pack requests. */
    HttpResponse<String> send(String method, URI uri, String jsonBody) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", JSON).method(method, BodyPublishers.ofString(jsonBody)));
    }

    HttpResponse<String> put(URI uri, String jsonBody) {
        return send("PUT", uri, jsonBody);
    }

    HttpResponse<String> delete(URI uri) {
        return send(HttpRequest.newBuilder(uri).DELETE());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        assertEquals(LoopbackExtension.LOOPBACK, built.uri().getHost(), "tests talk to 127.0.0.1 only");
        try {
            HttpResponse<String> response = http.send(built, BodyHandlers.ofString());
            assertEquals(LoopbackExtension.LOOPBACK, response.uri().getHost(), "no redirect away from loopback");
            return response;
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed: " + built, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static JsonStructure json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    /** The body of a 200 JSON answer. */
    static JsonStructure okJson(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), () -> response.uri() + ": " + response.body());
        assertJson(response);
        return json(response.body());
    }

    /** The JSON error body of a response with that status and kind. */
    static JsonObject error(HttpResponse<String> response, int status, String kind) {
        assertEquals(status, response.statusCode(), () -> response.request().method() + " " + response.uri() + ": " + response.body());
        assertJson(response);
        JsonObject body = json(response.body()).asJsonObject();
        assertEquals(kind, body.getString("error"), response.body());
        assertTrue(!body.getString("message").isBlank(), response.body());
        return body;
    }

    private static void assertJson(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith(JSON), () -> "Content-Type " + type + ", expected " + JSON);
    }
}
