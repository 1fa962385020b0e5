package io.holcstore.it.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import io.holcstore.it.support.LoopbackHttp;
import io.holcstore.store.SeriesKey;

/**
 * Reads a sync server's chunks over HTTP with plain JSON, independently of the client under test: its whole
 * {@code updates/} listing (following {@code next}), and the blobs of {@code pack/}. The ITs compare two stores
 * through what their servers answer, so that every chunk's {@code updated_at}, {@code is_deleted} and blob count.
 */
final class SyncListing {
    /** Before any chunk was written. */
    static final Instant SINCE_EVER = Instant.parse("2000-01-01T00:00:00Z");
    private static final int PAGE = 500;
    private static final int PACK = 500;

    /** One chunk as listed and packed; the blob base64 as served. */
    record ListedChunk(String dtype, Instant startTs, Instant updatedAt, boolean deleted, String blob) {
    }

    private final HttpClient http;

    SyncListing(HttpClient http) {
        this.http = http;
    }

    /** The listing entries changed at or after {@code since} under {@code filter}, in the server's order. */
    List<JsonObject> updates(URI syncBase, Instant since, SeriesKey filter) {
        StringJoiner query = new StringJoiner("&");
        query.add("since=" + encode(since.toString())).add("limit=" + PAGE);
        filter.fields().forEach((name, value) -> query.add(encode(name) + "=" + encode(String.valueOf(value))));
        List<JsonObject> entries = new ArrayList<>();
        for (URI page = syncBase.resolve("updates/?" + query); page != null; ) {
            JsonObject body = json(send(HttpRequest.newBuilder(page).GET())).asJsonObject();
            body.getJsonArray("results").forEach(result -> entries.add(result.asJsonObject()));
            page = body.isNull("next") ? null : URI.create(body.getString("next"));
        }
        return entries;
    }

    /** Every chunk the server lists, tombstones included, with its blob, by {@link #ref}. */
    SortedMap<String, ListedChunk> chunks(URI syncBase) {
        List<JsonObject> listed = updates(syncBase, SINCE_EVER, SeriesKey.all());
        SortedMap<String, ListedChunk> chunks = new TreeMap<>();
        for (int from = 0; from < listed.size(); from += PACK) {
            List<JsonObject> slice = listed.subList(from, Math.min(listed.size(), from + PACK));
            JsonArrayBuilder request = Json.createArrayBuilder();
            slice.forEach(request::add);
            JsonArray packed = json(send(HttpRequest.newBuilder(syncBase.resolve("pack/"))
                    .header("Content-Type", "application/json").POST(BodyPublishers.ofString(request.build().toString()))))
                    .asJsonArray();
            assertEquals(slice.size(), packed.size(), "one packed chunk per entry asked");
            for (int i = 0; i < slice.size(); i++) {
                JsonObject entry = slice.get(i);
                ListedChunk chunk = new ListedChunk(entry.getString("dtype"), Instant.parse(entry.getString("start_ts")),
                        Instant.parse(entry.getString("updated_at")), entry.getBoolean("is_deleted"),
                        packed.getJsonObject(i).getString("blob"));
                assertTrue(chunks.put(ref(entry), chunk) == null, () -> "listed twice: " + entry);
            }
        }
        return chunks;
    }

    /** A chunk's identity in a listing entry: its attrs sorted by name, and its index. */
    static String ref(JsonObject entry) {
        StringJoiner ref = new StringJoiner(",", "{", "}#" + entry.getInt("chunk_index"));
        new TreeMap<>(entry.getJsonObject("attrs")).forEach((name, value) -> ref.add(name + "=" + value));
        return ref.toString();
    }

    private String send(HttpRequest.Builder request) {
        HttpResponse<String> response = LoopbackHttp.send(http, request.header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), () -> response.request().method() + " " + response.uri() + ": " + response.body());
        return response.body();
    }

    private static JsonStructure json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
