package io.holcstore.it.loadcurve;

import static io.holcstore.it.support.JsonAnswers.JSON;
import static io.holcstore.it.support.JsonAnswers.error;
import static io.holcstore.it.support.JsonAnswers.json;
import static io.holcstore.it.support.JsonAnswers.okJson;
import static io.holcstore.it.support.JsonAnswers.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.it.TestDeployments;
import io.holcstore.it.support.LoopbackHttp;

/**
 * The load-curve HTTP API of holcstore-rest over real HTTP, on Payara Micro against PostgreSQL: a store bound by
 * subclassing {@code LoadCurveResource} at {@code /api/stores/curves}, its writes, combined and per-version reads, NDJSON
 * reads of many, counts, deletes, holes and groups; concurrent versioned writes through the container; and every bad
 * request answered with a 4xx JSON error, nothing written. One deployment (one Micro) for the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoadCurveApiIT {
    private static final String NDJSON = "application/x-ndjson";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.war("curves-api")
                .entities(ApiCurve.class)
                .classes(ApiCurveStoreBean.class, ApiCurveResource.class)
                .restLibrary()
                .jaxrs()
                .build();
    }

    @ArquillianResource
    private URL base;

    private HttpClient http;
    private URI curves;

    @BeforeEach
    void clear() throws Exception {
        http = LoopbackHttp.client(base);
        curves = base.toURI().resolve("api/stores/curves/");
        for (int client : new int[]{1, 2}) {
            assertEquals(200, send("DELETE", "curves", query("client", String.valueOf(client)), null, null).statusCode());
        }
    }

    private HttpResponse<String> send(String method, String path, String query, String type, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(curves.resolve(path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return LoopbackHttp.send(http, request.build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String prm, String query, String body) {
        return send("PUT", "curves/" + prm, query, JSON, body);
    }

    private JsonArray entries(String prm, String query) {
        return okJson(send("GET", "curves/" + prm, query, null, null)).asJsonArray();
    }

    private long count(int client) {
        return okJson(send("GET", "count", query("client", String.valueOf(client)), null, null)).asJsonObject().getJsonNumber("count")
                .longValue();
    }

    private static List<Double> values(JsonObject entry) {
        return entry.getJsonArray("values").stream()
                .map(v -> v.getValueType() == JsonValue.ValueType.NULL ? Double.NaN : ((jakarta.json.JsonNumber) v).doubleValue())
                .toList();
    }

    @Test
    void versionsAreWrittenCombinedAndReadOneByOne() {
        String meter = query("client", "1", "source", "meter");
        HttpResponse<String> first = put("PRM01", meter, "{\"index\": [\"2025-01-01T00:00\", \"2025-01-01T00:30\", \"2025-01-01T01:00\"],"
                + " \"values\": [1.5, 2.5, 3.5]}");
        assertEquals(json("{\"prm\": \"PRM01\", \"version\": 0}"), okJson(first));
        assertEquals(json("{\"prm\": \"PRM01\", \"version\": 1}"), okJson(put("PRM01", meter + "&versioning=true",
                "{\"start\": \"2025-01-01T00:30\", \"step\": \"PT30M\", \"values\": [20, null]}")));

        JsonArray combined = entries("PRM01", meter);
        assertEquals(1, combined.size());
        JsonObject newest = combined.getJsonObject(0);
        assertEquals(1, newest.getInt("version"));
        assertEquals(json("{\"source\": \"meter\"}"), newest.getJsonObject("attrs"));
        assertEquals("Europe/Paris", newest.getString("zone"));
        assertEquals("2025-01-01T00:00:00+01:00", newest.getJsonArray("index").getString(0));
        assertEquals(List.of(1.5, 20.0, 3.5), values(newest));

        JsonArray each = entries("PRM01", query("client", "1", "combined", "false", "tz", "UTC"));
        assertEquals(List.of(1, 0), each.stream().map(e -> e.asJsonObject().getInt("version")).toList());
        assertEquals("2024-12-31T23:30:00Z", each.getJsonObject(0).getJsonArray("index").getString(0));
        assertEquals(List.of(1.5, 2.5, 3.5), values(entries("PRM01", query("client", "1", "version", "0")).getJsonObject(0)));
        assertEquals(0, entries("PRM01", query("client", "2")).size(), "another client");

        // In place again: version 0 replaced, createdAt kept.
        String created = entries("PRM01", query("client", "1", "version", "0")).getJsonObject(0).getString("createdAt");
        assertEquals(json("{\"prm\": \"PRM01\", \"version\": 0}"), okJson(put("PRM01", meter,
                "{\"index\": [\"2025-01-01T00:00\"], \"values\": [9]}")));
        JsonObject replaced = entries("PRM01", query("client", "1", "version", "0")).getJsonObject(0);
        assertEquals(List.of(9.0), values(replaced));
        assertEquals(created, replaced.getString("createdAt"));
        assertEquals(2, count(1));
    }

    @Test
    void manyCurvesStreamAsNdjsonAndAreCountedSearchedAndDeleted() {
        put("A", query("client", "1", "source", "meter"), "{\"index\": [\"2025-01-01T00:00\", \"2025-01-01T01:00\"], \"values\": [1, 2]}");
        HttpResponse<String> csv = send("PUT", "curves/B", query("client", "1", "source", "estimate"), "text/csv",
                "2025-01-01T02:00;4\n2025-01-01T02:30;\n");
        assertEquals(200, csv.statusCode(), csv.body());

        HttpResponse<String> many = send("GET", "curves", query("client", "1", "prm", "B", "prm", "absent", "prm", "A"), null, null);
        assertEquals(200, many.statusCode(), many.body());
        assertTrue(many.headers().firstValue("Content-Type").orElse("").startsWith(NDJSON));
        List<String> prms = many.body().lines().map(line -> json(line).asJsonObject().getString("prm")).toList();
        assertEquals(List.of("A", "B"), prms, "prm order; an absent prm has no line");
        assertEquals(List.of("A", "B"), send("GET", "curves", query("client", "1"), null, null).body().lines()
                .map(line -> json(line).asJsonObject().getString("prm")).toList(), "every prm of the client");
        assertEquals(1, okJson(send("GET", "count", query("client", "1", "source", "estimate"), null, null)).asJsonObject().getInt("count"));

        JsonObject holes = okJson(send("GET", "holes", query("client", "1", "from", "2025-01-01T00:00", "to", "2025-01-01T03:00",
                "freq", "PT1H", "prm", "A", "prm", "absent"), null, null)).asJsonObject();
        assertEquals(json("[{\"start\": \"2025-01-01T02:00:00+01:00\", \"end\": \"2025-01-01T03:00:00+01:00\"}]"), holes.get("A"));
        assertEquals(json("[{\"start\": \"2025-01-01T00:00:00+01:00\", \"end\": \"2025-01-01T03:00:00+01:00\"}]"), holes.get("absent"));

        JsonObject groups = okJson(send("GET", "groups", query("client", "1", "from", "2025-01-01T00:00", "to", "2025-01-01T03:00",
                "freq", "PT30M", "prm", "A", "prm", "B", "prm", "absent"), null, null)).asJsonObject();
        assertEquals(json("[{\"start\": \"2025-01-01T00:00:00+01:00\", \"end\": \"2025-01-01T03:00:00+01:00\", \"prms\": [\"B\", \"absent\"]},"
                + " {\"start\": \"2025-01-01T01:00:00+01:00\", \"end\": \"2025-01-01T03:00:00+01:00\", \"prms\": [\"A\"]}]"), groups.get("groups"));
        assertEquals(json("[\"A\", \"B\"]"), groups.get("available"));

        assertEquals(json("{\"deleted\": 1}"), okJson(send("DELETE", "curves/A", query("client", "1"), null, null)));
        assertEquals(json("{\"deleted\": 1}"), okJson(send("DELETE", "curves", query("client", "1", "source", "estimate"), null, null)));
        assertEquals(0, count(1));
    }

    @Test
    void concurrentVersionedWritesGetDistinctVersions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Integer>>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    List<Integer> versions = new ArrayList<>();
                    for (int w = 0; w < 5; w++) {
                        HttpResponse<String> written = put("SHARED", query("client", "2", "source", "meter", "versioning", "true"),
                                "{\"index\": [\"2025-01-01T00:00\"], \"values\": [" + (thread * 10 + w) + "]}");
                        versions.add(okJson(written).asJsonObject().getInt("version"));
                    }
                    return versions;
                }));
            }
            List<Integer> versions = new ArrayList<>();
            for (Future<List<Integer>> writer : writers) {
                versions.addAll(writer.get());
            }
            assertEquals(IntStream.range(0, 20).boxed().toList(), versions.stream().sorted().toList());
            assertEquals(20, count(2));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badRequestsAreNamedAndWriteNothing() {
        put("KEPT", query("client", "1", "source", "meter"), "{\"index\": [\"2025-01-01T00:00\"], \"values\": [1]}");
        String body = "{\"index\": [\"2025-01-01T00:00\"], \"values\": [5]}";
        assertEquals("client", error(put("KEPT", query("source", "meter"), body), 400, "invalid_argument").getString("argument"));
        assertEquals("client", error(put("KEPT", query("client", "x", "source", "meter"), body), 400, "invalid_argument")
                .getString("argument"));
        assertEquals("colour", error(put("KEPT", query("client", "1", "source", "meter", "colour", "red"), body), 400, "invalid_key")
                .getString("field"));
        assertEquals("source", error(put("KEPT", query("client", "1"), body), 400, "invalid_key").getString("field"));
        assertEquals("prm", error(put("P".repeat(71), query("client", "1", "source", "meter"), body), 400, "invalid_argument")
                .getString("argument"));
        assertEquals("versioningBy", error(put("KEPT", query("client", "1", "source", "meter", "versioning", "true",
                "versioningBy", "source"), body), 400, "invalid_argument").getString("argument"));
        error(put("KEPT", query("client", "1", "source", "meter"), "{\"start\": \"2025-01-01T00:00\", \"values\": [5]}"),
                400, "malformed_body");
        error(put("KEPT", query("client", "1", "source", "meter"), "{\"index\": [\"2025-01-01T00:00\"], \"values\": [5"), 400,
                "malformed_body");
        assertEquals("version", error(send("GET", "curves/KEPT", query("client", "1", "version", "-1"), null, null), 400,
                "invalid_argument").getString("argument"));
        assertEquals("colour", error(send("GET", "curves", query("client", "1", "orderBy", "-colour"), null, null), 400,
                "invalid_key").getString("field"));
        assertEquals("freq", error(send("GET", "holes", query("client", "1", "from", "2025-01-01", "to", "2025-01-02"), null, null),
                400, "invalid_argument").getString("argument"));
        assertEquals(json("{\"prm\": \"KEPT\", \"version\": null}"), okJson(put("KEPT", query("client", "1", "source", "meter"),
                "{\"index\": [\"2025-01-01T00:00\"], \"values\": [null]}")), "a curve without value writes nothing");

        JsonArray kept = entries("KEPT", query("client", "1"));
        assertEquals(1, kept.size());
        assertEquals(List.of(1.0), values(kept.getJsonObject(0)));
        assertEquals(0, kept.getJsonObject(0).getInt("version"));
        assertEquals(1, count(1));
    }
}
