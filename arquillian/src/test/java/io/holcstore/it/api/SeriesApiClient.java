package io.holcstore.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.holcstore.it.support.JsonAnswers;
import io.holcstore.it.support.LoopbackExtension;
import io.holcstore.it.support.LoopbackHttp;

/** HTTP calls to one store's series API ({@code <base>/series...}), on 127.0.0.1 only. */
final class SeriesApiClient {
    static final String JSON = JsonAnswers.JSON;
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

    HttpResponse<String> put(String query, String contentType, String body) {
        return put(query, contentType, BodyPublishers.ofString(body));
    }

    HttpResponse<String> put(String query, String contentType, BodyPublisher body) {
        return send(request("series", query).header("Content-Type", contentType).PUT(body), BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String query, String accept) {
        return send(request(path, query).header("Accept", accept).GET(), BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String query) {
        return send(request(path, query).GET(), BodyHandlers.ofByteArray());
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
        return LoopbackHttp.send(http, request.build(), handler);
    }

    static JsonObject json(String text) {
        return JsonAnswers.json(text).asJsonObject();
    }

    /** The body of a 200 JSON answer, an object. */
    static JsonObject okJson(HttpResponse<String> response) {
        return JsonAnswers.okJson(response).asJsonObject();
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
