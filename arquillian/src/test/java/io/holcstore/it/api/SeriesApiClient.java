package io.holcstore.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import io.holcstore.it.support.LoopbackExtension;

/** HTTP calls to one store's series API ({@code <base>/series...}), on 127.0.0.1 only. */
final class SeriesApiClient {
    static final String JSON = "application/json";
    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    private final HttpClient http;
    private final URI store;

    /** @param store the store's base, e.g. {@code http://127.0.0.1:8080/series-api/api/stores/sync/} */
    SeriesApiClient(HttpClient http, URI store) {
        assertEquals(LoopbackExtension.LOOPBACK, store.getHost());
        this.http = http;
        this.store = store;
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

    HttpResponse<String> put(String query, String contentType, String body) {
        return put(query, contentType, BodyPublishers.ofString(body));
    }

    HttpResponse<String> put(String query, String contentType, BodyPublisher body) {
        return send(request("series", query).header("Content-Type", contentType).PUT(body), BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String query, String accept) {
        return send(request(path, query).header("Accept", accept).GET(), BodyHandlers.ofString());
    }

    HttpResponse<Stream<String>> getLines(String query) {
        return send(request("series/many", query).header("Accept", NDJSON).GET(), BodyHandlers.ofLines());
    }

    HttpResponse<String> delete(String query) {
        return send(request("series", query).DELETE(), BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String query) {
        return send(request(path, query).method(method, BodyPublishers.noBody()), BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String query) {
        URI uri = store.resolve(query.isEmpty() ? path : path + "?" + query);
        assertEquals(LoopbackExtension.LOOPBACK, uri.getHost());
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, BodyHandler<T> handler) {
        try {
            HttpResponse<T> response = http.send(request.build(), handler);
            assertEquals(LoopbackExtension.LOOPBACK, response.uri().getHost(), "no redirect away from loopback");
            return response;
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed: " + request.build(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** The body of a 200 JSON answer. */
    static JsonObject okJson(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        assertMediaType(JSON, response);
        return json(response.body());
    }

    /** The JSON error body of a response with that status and kind. */
    static JsonObject error(HttpResponse<String> response, int status, String kind) {
        assertEquals(status, response.statusCode(), () -> response.request().method() + " " + response.uri() + ": " + response.body());
        assertMediaType(JSON, response);
        JsonObject body = json(response.body());
        assertEquals(kind, body.getString("error"), response.body());
        assertTrue(!body.getString("message").isBlank(), response.body());
        return body;
    }

    static void assertMediaType(String expected, HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith(expected), () -> "Content-Type " + type + ", expected " + expected);
    }

    /** The values of a rendered series, null as NaN. */
    static double[] values(JsonObject series) {
        JsonArray values = series.getJsonArray("values");
        double[] result = new double[values.size()];
        for (int i = 0; i < result.length; i++) {
            JsonValue value = values.get(i);
            result[i] = value.getValueType() == JsonValue.ValueType.NULL ? Double.NaN : values.getJsonNumber(i).doubleValue();
        }
        return result;
    }
}
